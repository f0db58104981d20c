/**
 * Property tests: random payloads with random disclosable paths round-trip through issuing, a
 * presentation of a random subset and processing (checked here and by @sd-jwt/core); random
 * mutations of the disclosures or the KB-JWT never yield a verified key binding, nor throw.
 */
import { SDJwtInstance } from '@sd-jwt/core';
import { digest, ES256 } from '@sd-jwt/crypto-nodejs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonPath } from '../json/types';
import { importKeyText } from '../keys/import';
import { issueSdJwt } from './issue';
import { verifyKeyBinding } from './key-binding';
import { parseSdJwt } from './parse';
import { addKeyBinding, dropDisclosures } from './present';
import { processSdJwt } from './process';

let issuer: { publicKey: JsonWebKey; privateKey: JsonWebKey };
let holder: { publicKey: JsonWebKey; privateKey: JsonWebKey };
let issuerKey: CryptoKey;
let holderKey: CryptoKey;
let oracle: SDJwtInstance<Record<string, unknown>>;

beforeAll(async () => {
  [issuer, holder] = await Promise.all([ES256.generateKeyPair(), ES256.generateKeyPair()]);
  issuerKey = (
    await importKeyText(JSON.stringify(issuer.privateKey), { alg: 'ES256', usage: 'sign' })
  ).cryptoKey;
  holderKey = (
    await importKeyText(JSON.stringify(holder.privateKey), { alg: 'ES256', usage: 'sign' })
  ).cryptoKey;
  oracle = new SDJwtInstance({
    verifier: await ES256.getVerifier(issuer.publicKey),
    kbVerifier: await ES256.getVerifier(holder.publicKey),
    hasher: digest,
  });
});

const RESERVED = new Set(['_sd', '...', '_sd_alg', 'cnf']);
const key = fc.string({ maxLength: 6 }).filter((k) => !RESERVED.has(k));
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    ),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
})).value;
const payload = fc
  .dictionary(key, value, { minKeys: 1, maxKeys: 6 })
  .map((claims) => JSON.parse(JSON.stringify(claims)) as Record<string, unknown>);

/** Every member and element path of a JSON value. */
function pathsOf(node: unknown, path: JsonPath = []): JsonPath[] {
  if (Array.isArray(node))
    return node.flatMap((item, i) => [[...path, i], ...pathsOf(item, [...path, i])]);
  if (node !== null && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => [[...path, k], ...pathsOf(v, [...path, k])]);
  return [];
}

/** The payload without the claims at `dropped` (and everything inside them). */
function prune(node: unknown, dropped: ReadonlySet<string>, path: JsonPath = []): unknown {
  const gone = (at: JsonPath) => dropped.has(JSON.stringify(at));
  if (Array.isArray(node)) {
    return node.flatMap((item, i) =>
      gone([...path, i]) ? [] : [prune(item, dropped, [...path, i])],
    );
  }
  if (node !== null && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node)
        .filter(([k]) => !gone([...path, k]))
        .map(([k, v]) => [k, prune(v, dropped, [...path, k])]),
    );
  }
  return node;
}

const scenario = payload.chain((claims) => {
  const paths = pathsOf(claims);
  return fc.record({
    claims: fc.constant(claims),
    disclosable: fc.subarray(paths, { maxLength: Math.min(8, paths.length) }),
    dropMask: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    decoys: fc.nat({ max: 3 }),
  });
});

describe('SD-JWT properties', () => {
  it('round-trips random payloads: issue, present a random subset, process (here and in @sd-jwt/core)', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ claims, disclosable, dropMask, decoys }) => {
        const full = { ...claims, cnf: { jwk: holder.publicKey } };
        const issued = await issueSdJwt({
          header: { alg: 'ES256' },
          payload: full,
          disclosable,
          decoys,
          key: issuerKey,
        });
        expect(issued.ok).toBe(true);
        if (!issued.ok) return;
        const parsed = parseSdJwt(issued.sdJwt);
        const drop = disclosable.map((_, i) => i).filter((i) => dropMask[i]);
        const presentation = await dropDisclosures(parsed, await processSdJwt(parsed), drop);
        const bound = await addKeyBinding({
          sdJwt: presentation.sdJwt,
          issuerPayload: parsed.issuerPayload,
          holderKey,
          alg: 'ES256',
          aud: 'v',
          nonce: 'n',
        });
        const expected = prune(full, new Set(drop.map((i) => JSON.stringify(disclosable[i]))));
        const presented = parseSdJwt(bound.token);
        const processed = await processSdJwt(presented);
        expect(processed.findings).toEqual([]);
        expect(processed.disclosedPayload).toEqual(expected);
        expect((await verifyKeyBinding(presented)).status).toBe('verified');
        // @sd-jwt/core 0.19.0 leaves out a disclosed claim whose name is "" (it tests the name
        // for truthiness), so the oracle sees only payloads without one.
        if (!JSON.stringify(full).includes('"":')) {
          const { payload } = await oracle.verify(bound.token, { keyBindingNonce: 'n' });
          expect(payload).toEqual(expected);
        }
      }),
      { numRuns: 60, seed: 20251101 },
    );
  });

  it('never verifies the key binding of a presentation whose disclosures or KB-JWT were changed, and never throws', async () => {
    const claims = {
      given_name: 'Erika',
      address: { country: 'DE', locality: 'Köln' },
      list: [1, 2, 3],
      cnf: { jwk: holder.publicKey },
    };
    const issued = await issueSdJwt({
      header: { alg: 'ES256' },
      payload: claims,
      disclosable: [['given_name'], ['address'], ['address', 'country'], ['list', 1]],
      decoys: 2,
      key: issuerKey,
    });
    if (!issued.ok) throw new Error('issue failed');
    const { token } = await addKeyBinding({
      sdJwt: issued.sdJwt,
      issuerPayload: issued.signedPayload,
      holderKey,
      alg: 'ES256',
      aud: 'v',
      nonce: 'n',
    });
    const from = issued.jws.length + 1;
    const alphabet = fc.constantFrom(
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_~.='.split(''),
    );
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: alphabet }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char: alphabet }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), char: alphabet }),
      fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), char: alphabet }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        let text = token;
        for (const { kind, at, char } of edits) {
          const i = from + (at % (text.length - from));
          if (kind === 'replace') text = text.slice(0, i) + char + text.slice(i + 1);
          if (kind === 'insert') text = text.slice(0, i) + char + text.slice(i);
          if (kind === 'delete') text = text.slice(0, i) + text.slice(i + 1);
          if (kind === 'swap') {
            const parts = text.split('~');
            const a = 1 + (at % (parts.length - 1));
            const b = 1 + ((at >> 3) % (parts.length - 1));
            [parts[a], parts[b]] = [parts[b]!, parts[a]!];
            text = parts.join('~');
          }
        }
        fc.pre(text !== token);
        const parsed = parseSdJwt(text);
        await processSdJwt(parsed);
        expect((await verifyKeyBinding(parsed)).status).not.toBe('verified');
      }),
      { numRuns: 400, seed: 9901 },
    );
  });
});
