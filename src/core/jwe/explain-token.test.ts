/**
 * "How it's made" for a JWE not yet decrypted: the steps carry what the token's own text says
 * (RFC 7516 §7.1), and the CEK and what derives from it are unknown, never made up.
 */
import { describe, expect, it } from 'vitest';
import { decryptJwe } from './decrypt';
import { jweSteps, tokenValues, type JweStep } from './explain';
import { parseJwe } from './parse';
import { jweVector } from './__fixtures__';
import { vectorKeyText } from './__tests__/tokens';

const byId = (steps: readonly JweStep[]) =>
  Object.fromEntries(steps.map((step) => [step.id, step]));

describe('jweSteps with the token values only', () => {
  it('RFC 7516 A.3 (A128KW, A128CBC-HS256): the printed IV, AAD, ciphertext and tag; the CEK and its halves unknown', () => {
    const vector = jweVector('RFC7516-A.3');
    const parsed = parseJwe(vector.compact!);
    const steps = jweSteps(parsed, tokenValues(parsed)!)!;
    expect(steps.cekKnown).toBe(false);
    const step = byId(steps.steps);
    expect(step.cek!.unknown).toEqual(['cek']);
    expect(step.cek!.values).toEqual({});
    expect(step['encrypted-key']!.values.encryptedKey).toMatchObject({
      base64url: vector.encrypted_key_b64,
    });
    expect(step.iv!.values.iv).toMatchObject({ base64url: vector.iv_b64 });
    expect(step.aad!.values.aad).toMatchObject({ byteLength: vector.aad_ascii!.length });
    expect(step.encrypt!.values).toMatchObject({
      ciphertext: { base64url: vector.ciphertext_b64 },
      tag: { base64url: vector.tag_b64 },
      // RFC 7518 §5.2.2.1: AL of a 51-octet AAD is 408 bits; it needs no key.
      al: { hex: '0000000000000198' },
    });
    expect(step.encrypt!.unknown).toEqual(['macKey', 'encKey']);
    expect(step.encrypt!.values.macKey).toBeUndefined();
    expect(step.serialize!.values.compact).toBe(vector.compact);
  });

  it('every value the token alone gives is the value its decryption shows (RFC 7520 §5.4, §5.3, §5.6)', async () => {
    for (const id of ['RFC7520-5.4', 'RFC7520-5.3', 'RFC7520-5.6', 'RFC7516-A.1']) {
      const vector = jweVector(id);
      const parsed = parseJwe(vector.compact!);
      const before = jweSteps(parsed, tokenValues(parsed)!)!;
      const result = await decryptJwe(parsed, vectorKeyText(vector));
      if (result.status !== 'decrypted') throw new Error(`${id}: ${JSON.stringify(result)}`);
      const after = jweSteps(parsed, result.values)!;
      expect(after.cekKnown, id).toBe(true);
      expect(
        after.steps.every((step) => step.unknown === undefined),
        id,
      ).toBe(true);
      expect(
        before.steps.map((step) => step.id),
        id,
      ).toEqual(after.steps.map((step) => step.id));
      const decrypted = byId(after.steps);
      for (const step of before.steps) {
        expect(decrypted[step.id]!.values, `${id} ${step.id}`).toMatchObject(step.values);
        for (const name of step.unknown ?? []) {
          expect(step.values[name], `${id} ${step.id} ${name}`).toBeUndefined();
          expect(decrypted[step.id]!.values[name], `${id} ${step.id} ${name}`).toBeDefined();
        }
      }
      expect(byId(after.steps).cek!.values.cek, id).toMatchObject({ base64url: vector.cek_b64 });
    }
  });

  it('ECDH-ES+A128KW (RFC 7520 §5.4): curve and Concat KDF inputs shown, Z and the KEK unknown', () => {
    const parsed = parseJwe(jweVector('RFC7520-5.4').compact!);
    const agreement = byId(jweSteps(parsed, tokenValues(parsed)!)!.steps)['key-agreement']!;
    expect(agreement.values).toMatchObject({
      crv: 'P-384',
      algorithmId: 'ECDH-ES+A128KW',
      keyDataLen: 128,
    });
    expect(agreement.unknown).toEqual(['z', 'kek']);
  });

  it('PBES2 (RFC 7520 §5.3): salt input and count shown, the derived key unknown', () => {
    const parsed = parseJwe(jweVector('RFC7520-5.3').compact!);
    const pbes2 = byId(jweSteps(parsed, tokenValues(parsed)!)!.steps).pbes2!;
    expect(pbes2.values).toMatchObject({ p2c: 8192, hash: 'SHA-512' });
    expect(pbes2.unknown).toEqual(['kek']);
  });

  it('a token with a part that does not decode has no token values', () => {
    const vector = jweVector('RFC7516-A.3');
    const [header, key, , ciphertext, tag] = vector.compact!.split('.');
    expect(tokenValues(parseJwe([header, key, '!!', ciphertext, tag].join('.')))).toBeUndefined();
  });
});
