import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import { key } from '../__fixtures__';
import { parseCompact } from '../jws/parse';
import { verifyWithCandidates } from '../jws/verify-candidates';
import { importKeyText } from './import';
import { selectJwks } from './jwk-select';

/**
 * JWK Set selection against jose's createLocalJWKSet, the reference: the same keys fit, a
 * single fit is used, and where jose raises ERR_JWKS_MULTIPLE_MATCHING_KEYS every fit is a
 * candidate here, tried by verifyWithCandidates. Extra key types come from Node's crypto.
 */
const publicJwk = (object: KeyObject) => object.export({ format: 'jwk' }) as jose.JWK;
const ed448 = publicJwk(generateKeyPairSync('ed448').publicKey);
const x25519 = publicJwk(generateKeyPairSync('x25519').publicKey);

async function signWith(name: string, alg: string, kid?: string): Promise<string> {
  return new jose.SignJWT({ sub: 'alice' })
    .setProtectedHeader({ alg, ...(kid !== undefined ? { kid } : {}) })
    .sign(await jose.importPKCS8(key(name).pkcs8, alg));
}

/** jose's answer for a set and a token: the one key used ('x' or 'n'), 'none' or 'multiple'. */
async function joseChoice(set: { keys: jose.JWK[] }, token: string): Promise<string> {
  try {
    const { key: chosen } = await jose.compactVerify(token, jose.createLocalJWKSet(set), {});
    const jwk = await jose.exportJWK(chosen as CryptoKey);
    return String(jwk.x ?? jwk.n);
  } catch (error) {
    if (error instanceof jose.errors.JWKSMultipleMatchingKeys) return 'multiple';
    if (error instanceof jose.errors.JWKSNoMatchingKey) return 'none';
    // The one key that fits did not verify: jose found exactly one.
    if (error instanceof jose.errors.JWSSignatureVerificationFailed) return 'one, not verified';
    throw error;
  }
}

/** The public key material of a JWK, as joseChoice reports it. */
const material = (jwk: Readonly<Record<string, unknown>> | undefined) => String(jwk?.x ?? jwk?.n);

describe('a JWK Set with several fitting keys', () => {
  const set = {
    keys: [
      { ...key('rsa2048').publicJwk, kid: 'dup' },
      { ...key('rsa2048b').publicJwk, kid: 'dup' },
    ],
  };

  it('a duplicated kid: jose raises ERR_JWKS_MULTIPLE_MATCHING_KEYS; both are candidates, and the one that verifies is named', async () => {
    const token = await signWith('rsa2048b', 'RS256', 'dup');
    expect(await joseChoice(set, token)).toBe('multiple');
    const imported = await importKeyText(JSON.stringify(set), {
      alg: 'RS256',
      usage: 'verify',
      kid: 'dup',
    });
    expect(imported.candidates?.map((c) => c.index)).toEqual([0, 1]);
    expect(imported.notes).toContainEqual({
      code: 'JWKS_SEVERAL_CANDIDATES',
      severity: 'warning',
      detail: { count: 2, keyCount: 2 },
    });
    const result = await verifyWithCandidates(
      parseCompact(token),
      imported.candidates!.map((c) => ({ index: c.index, kid: c.kid!, key: c.cryptoKey })),
    );
    expect(result).toMatchObject({
      outcome: 'one-verified',
      verifiedBy: [{ index: 1, kid: 'dup' }],
      tried: 2,
      verdict: { status: 'verified' },
    });
  });

  it('no kid and two RSA keys: ambiguous, and none verifies a token from a third key', async () => {
    const noKids = { keys: [key('rsa2048').publicJwk!, key('rsa2048b').publicJwk!] };
    const token = await signWith('rsa4096', 'RS256');
    expect(await joseChoice(noKids as { keys: jose.JWK[] }, token)).toBe('multiple');
    const imported = await importKeyText(JSON.stringify(noKids), { alg: 'RS256', usage: 'verify' });
    const result = await verifyWithCandidates(
      parseCompact(token),
      imported.candidates!.map((c) => ({ index: c.index, key: c.cryptoKey })),
    );
    expect(result).toMatchObject({
      outcome: 'none-verified',
      verifiedBy: [],
      verdict: { status: 'invalid' },
    });
  });

  it('the same key twice: several verified', async () => {
    const twice = { keys: [key('rsa2048').publicJwk!, key('rsa2048').publicJwk!] };
    const token = await signWith('rsa2048', 'RS256');
    const imported = await importKeyText(JSON.stringify(twice), { alg: 'RS256', usage: 'verify' });
    const result = await verifyWithCandidates(
      parseCompact(token),
      imported.candidates!.map((c) => ({ index: c.index, key: c.cryptoKey })),
    );
    expect(result.outcome).toBe('several-verified');
  });
});

describe('OKP keys are told apart by crv', () => {
  for (const [name, other] of [
    ['Ed448', ed448],
    ['X25519', x25519],
  ] as const) {
    it(`[${name}, Ed25519] picks Ed25519 for EdDSA, as jose does`, async () => {
      const set = {
        keys: [
          { ...other, kid: 'other' },
          { ...key('ed25519').publicJwk, kid: 'ed' },
        ],
      };
      const token = await signWith('ed25519', 'EdDSA');
      expect(await joseChoice(set as { keys: jose.JWK[] }, token)).toBe(
        material(key('ed25519').publicJwk),
      );
      const imported = await importKeyText(JSON.stringify(set), {
        alg: 'EdDSA',
        usage: 'verify',
      });
      expect(imported.selection).toMatchObject({
        index: 1,
        kid: 'ed',
        passedOver: [{ index: 0, kid: 'other', reasons: ['curve-differs'] }],
      });
      expect(imported.candidates).toBeUndefined();
    });
  }
});

describe('use, key_ops and alg', () => {
  it('a key for encryption, one whose key_ops cannot verify and one for another alg are passed over, as jose passes them over', async () => {
    const good = { ...key('p256').publicJwk, kid: 'good' };
    const set = {
      keys: [
        { ...key('p256b').publicJwk, kid: 'enc', use: 'enc' },
        { ...key('p256b').publicJwk, kid: 'ops', key_ops: ['sign'] },
        { ...key('p256b').publicJwk, kid: 'alg', alg: 'ES384' },
        good,
      ],
    };
    const token = await signWith('p256', 'ES256');
    expect(await joseChoice(set as { keys: jose.JWK[] }, token)).toBe(material(good));
    const imported = await importKeyText(JSON.stringify(set), { alg: 'ES256', usage: 'verify' });
    expect(imported.selection?.passedOver).toEqual([
      { index: 0, kid: 'enc', reasons: ['use-differs'] },
      { index: 1, kid: 'ops', reasons: ['key-ops-lack'] },
      { index: 2, kid: 'alg', reasons: ['alg-differs'] },
    ]);
    expect(imported.selection).toMatchObject({ index: 3, kid: 'good' });
  });

  it('criteria for another operation: a JWE key reader asks for use "enc" and ECDH curves', () => {
    const keys = [
      { ...key('p256').publicJwk, kid: 'sig', use: 'sig' },
      { ...x25519, kid: 'x', use: 'enc' },
      { ...key('p384').publicJwk, kid: 'p384', use: 'enc' },
    ];
    const selection = selectJwks(keys, {
      kty: 'OKP',
      crv: ['X25519'],
      use: 'enc',
      keyOp: 'deriveBits',
      alg: 'ECDH-ES',
    });
    expect(selection.candidates.map((c) => c.kid)).toEqual(['x']);
    expect(selection.passedOver.map((p) => p.reasons)).toEqual([
      ['use-differs', 'kty-differs'],
      ['kty-differs'],
    ]);
  });
});

describe('a set mixing secrets and public keys', () => {
  it('is flagged (RFC 8725 §2.1)', async () => {
    const set = {
      keys: [
        { kty: 'oct', k: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA' },
        key('p256').publicJwk,
      ],
    };
    const imported = await importKeyText(JSON.stringify(set), { alg: 'ES256', usage: 'verify' });
    expect(imported.selection?.mixesSymmetricAndAsymmetric).toBe(true);
    expect(imported.notes).toContainEqual({
      code: 'JWKS_MIXES_SYMMETRIC_AND_ASYMMETRIC',
      severity: 'warning',
    });
    const only = await importKeyText(JSON.stringify({ keys: [key('p256').publicJwk] }), {
      alg: 'ES256',
      usage: 'verify',
    });
    expect(only.notes).toEqual([]);
  });
});

describe('property: the same keys fit as for jose', () => {
  const variants = fc.record({
    base: fc.constantFrom('p256', 'p256b', 'p384', 'rsa2048', 'ed25519'),
    kid: fc.constantFrom(undefined, 'a', 'b'),
    use: fc.constantFrom(undefined, 'sig', 'enc'),
    // jose hands key_ops to WebCrypto as usages: a public key with 'sign' would throw there.
    keyOps: fc.constantFrom(undefined, ['verify'], ['sign']),
    alg: fc.constantFrom(undefined, 'ES256', 'ES384', 'RS256', 'EdDSA'),
  });

  it('0, 1 or several candidates exactly where jose finds none, one or several', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(variants, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(undefined, 'a', 'b'),
        async (entries, kid) => {
          const keys = entries.map((entry, i) => ({
            ...key(entry.base).publicJwk,
            kid: entry.kid ?? `k${i}`,
            ...(entry.use === undefined ? {} : { use: entry.use }),
            ...(entry.keyOps === undefined ? {} : { key_ops: entry.keyOps }),
            ...(entry.alg === undefined ? {} : { alg: entry.alg }),
          }));
          const token = await signWith('p256', 'ES256', kid);
          const theirs = await joseChoice({ keys } as { keys: jose.JWK[] }, token);
          let ours: string;
          try {
            const imported = await importKeyText(JSON.stringify({ keys }), {
              alg: 'ES256',
              usage: 'verify',
              ...(kid !== undefined ? { kid } : {}),
            });
            ours = imported.candidates ? 'multiple' : material(imported.publicJwk);
          } catch (error) {
            expect(error).toMatchObject({ code: 'KEY_NO_MATCH_IN_JWKS' });
            ours = 'none';
          }
          if (theirs === 'one, not verified') {
            expect(ours).not.toMatch(/^(none|multiple)$/);
            expect(ours).not.toBe(material(key('p256').publicJwk));
          } else {
            expect(ours).toBe(theirs);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
