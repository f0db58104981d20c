/** "How it's made" for a JWE: RFC 7516 §5.1's steps carry the token's real values. */
import { describe, expect, it } from 'vitest';
import { decryptJwe } from './decrypt';
import { encryptJwe } from './encrypt';
import { jweSteps } from './explain';
import { parseJwe } from './parse';
import { jweKey, jweVector, passwords } from './__fixtures__';
import { utf8, vectorKeyText } from './__tests__/tokens';

describe('jweSteps', () => {
  it('RFC 7516 A.3 (A128KW, A128CBC-HS256): the printed CEK, AAD, ciphertext and tag, in step order', async () => {
    const vector = jweVector('RFC7516-A.3');
    const parsed = parseJwe(vector.compact!);
    const result = await decryptJwe(parsed, vectorKeyText(vector));
    if (result.status !== 'decrypted') throw new Error(JSON.stringify(result));
    const steps = jweSteps(parsed, result.values)!;
    expect(steps.steps.map((step) => [step.id, step.rfcSteps])).toEqual([
      ['mode', [1]],
      ['cek', [2]],
      ['encrypted-key', [4, 7]],
      ['iv', [9, 10]],
      ['protected-header', [12, 13]],
      ['aad', [14]],
      ['encrypt', [15, 16, 17]],
      ['serialize', [19]],
    ]);
    const byId = Object.fromEntries(steps.steps.map((step) => [step.id, step.values]));
    expect(byId.cek!.cek).toMatchObject({ base64url: vector.cek_b64, byteLength: 32 });
    expect(byId.aad!.aad).toMatchObject({ byteLength: vector.aad_ascii!.length });
    expect(byId.encrypt!.ciphertext).toMatchObject({ base64url: vector.ciphertext_b64 });
    expect(byId.encrypt!.tag).toMatchObject({ base64url: vector.tag_b64 });
    // RFC 7518 §5.2.2.1: AL of a 51-octet AAD is 408 bits.
    expect(byId.encrypt!.al).toMatchObject({ hex: '0000000000000198' });
    expect(byId.serialize!.compact).toBe(vector.compact);
  });

  it('ECDH-ES+A128KW shows Z and the Concat KDF inputs; PBES2 its salt and count', async () => {
    const ecdh = await encryptJwe({
      protectedHeader: '{"alg":"ECDH-ES+A128KW","enc":"A128GCM","apu":"QWxpY2U"}',
      plaintext: utf8('x'),
      key: jweKey('p256').spki,
    });
    if (ecdh.status !== 'encrypted') throw new Error(JSON.stringify(ecdh));
    const agreement = jweSteps(parseJwe(ecdh.token), ecdh.values)!.steps.find(
      (step) => step.id === 'key-agreement',
    )!;
    expect(agreement.values).toMatchObject({
      crv: 'P-256',
      algorithmId: 'ECDH-ES+A128KW',
      keyDataLen: 128,
      apu: { base64url: 'QWxpY2U' },
      z: { byteLength: 32 },
      kek: { byteLength: 16 },
    });
    const pbes2 = await encryptJwe({
      protectedHeader: '{"alg":"PBES2-HS256+A128KW","enc":"A128GCM"}',
      plaintext: utf8('x'),
      key: passwords.strong,
    });
    if (pbes2.status !== 'encrypted') throw new Error(JSON.stringify(pbes2));
    const step = jweSteps(parseJwe(pbes2.token), pbes2.values)!.steps.find(
      (entry) => entry.id === 'pbes2',
    )!;
    expect(step.values).toMatchObject({
      p2c: 10000,
      hash: 'SHA-256',
      salt: { byteLength: 'PBES2-HS256+A128KW'.length + 1 + 16 },
    });
  });
});
