import fc from 'fast-check';
import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import { jwks, key, seed } from './__fixtures__';
import { encodeBase64url } from './encoding/base64url';
import { KeyError } from './errors';
import { parseCompact } from './jws/parse';
import { cleanTokenText } from './token/clean';
import { verifyCompact } from './jws/verify';
import { importKeyText } from './keys/import';
import { importSecret } from './keys/secret';

/**
 * Fuzzing in the normal test run (SECURITY.md): 10,000 cases over parse, verify and key
 * import. Bad input must come back as data with a code, never as an uncaught exception. Then
 * two properties an oracle can fail: a mutation of a valid token never verifies, and jose
 * agrees with our verdict on every random token.
 */
const CODE = /^[A-Z][A-Z0-9_]+$/;

function mutate(text: string) {
  return fc
    .tuple(fc.nat(text.length), fc.nat(8), fc.string({ maxLength: 6 }), fc.boolean())
    .map(([at, cut, insert, swapCase]) => {
      const head = text.slice(0, at);
      const tail = text.slice(Math.min(text.length, at + cut));
      const mutated = head + insert + tail;
      return swapCase ? mutated.replace(/[a-z]/, (c) => c.toUpperCase()) : mutated;
    });
}

async function expectDiagnosed(text: string, secret: CryptoKey) {
  const parsed = parseCompact(text);
  for (const d of parsed.diagnostics) expect(d.code).toMatch(CODE);
  const verdict = await verifyCompact(parsed, secret);
  expect(verdict.reason).toMatch(CODE);
  if (verdict.status === 'unusable' && verdict.reason === 'TOKEN_MALFORMED') {
    expect(parsed.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  }
}

describe('fuzzing: never an uncaught exception, always a diagnostic with a code', () => {
  it('random strings and random bytes as base64url parts (4,000 cases)', async () => {
    const secret = (await importSecret('secret', 'utf8', 'HS256')).cryptoKey;
    const segment = fc.uint8Array({ maxLength: 64 }).map(encodeBase64url);
    const bytesToken = fc
      .array(segment, { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join('.'));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), bytesToken), (text) =>
        expectDiagnosed(text, secret),
      ),
      { numRuns: 4000 },
    );
  });

  it('mutations of valid tokens (3,000 cases)', async () => {
    const secret = (await importSecret('secret', 'utf8', 'HS256')).cryptoKey;
    const rs = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.' + 'A'.repeat(342);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(mutate(seed.token), mutate(`Bearer ${seed.token}`), mutate(rs)),
        (text) => expectDiagnosed(text, secret),
      ),
      { numRuns: 3000 },
    );
  });

  it('broken PEM and JWK text for key import (3,000 cases)', async () => {
    const texts = [
      key('rsa2048').spki,
      key('p256').pkcs8,
      key('p256').sec1!,
      key('rsa2048').pkcs1Private!,
      key('rsa2048').certificate!,
      JSON.stringify(key('ed25519').publicJwk),
      JSON.stringify(jwks),
    ];
    const algs = fc.constantFrom('RS256', 'ES256', 'EdDSA', 'PS256', 'HS256', 'none', 'ML-DSA-44');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(...texts.map(mutate), fc.string()),
        algs,
        fc.boolean(),
        async (text, alg, sign) => {
          try {
            const imported = await importKeyText(text, { alg, usage: sign ? 'sign' : 'verify' });
            expect(imported.cryptoKey).toBeDefined();
          } catch (error) {
            expect(error).toBeInstanceOf(KeyError);
            expect((error as KeyError).code).toMatch(CODE);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

/** Three valid tokens and what verifies them, for us (a CryptoKey) and for jose. */
async function validTokens() {
  const secret = new TextEncoder().encode(seed.secret);
  const es = await jose.importPKCS8(key('p256').pkcs8, 'ES256');
  const rs = await jose.importPKCS8(key('rsa2048').pkcs8, 'PS256');
  const sign = (alg: string, signingKey: CryptoKey) =>
    new jose.SignJWT({ sub: 'alice', n: 1 })
      .setProtectedHeader({ alg, typ: 'JWT' })
      .sign(signingKey);
  return [
    {
      token: seed.token,
      ours: (await importSecret(seed.secret, 'utf8', 'HS256')).cryptoKey,
      theirs: secret as CryptoKey | Uint8Array,
    },
    {
      token: await sign('ES256', es),
      ours: (await importKeyText(key('p256').spki, { alg: 'ES256', usage: 'verify' })).cryptoKey,
      theirs: await jose.importSPKI(key('p256').spki, 'ES256'),
    },
    {
      token: await sign('PS256', rs),
      ours: (await importKeyText(key('rsa2048').spki, { alg: 'PS256', usage: 'verify' })).cryptoKey,
      theirs: await jose.importSPKI(key('rsa2048').spki, 'PS256'),
    },
  ];
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Changes that keep the bytes (or the token): white space or `Bearer ` around it, or unused
 * bits set in a segment's last character, which a lenient decoder reads as the same bytes.
 */
function sameBytes(token: string) {
  const spoil = fc.tuple(fc.nat(2), fc.integer({ min: 1, max: 15 })).map(([part, bits]) => {
    const segments = token.split('.');
    const segment = segments[part]!;
    const mask = segment.length % 4 === 2 ? 15 : segment.length % 4 === 3 ? 3 : 0;
    const last = ALPHABET.indexOf(segment.at(-1)!);
    segments[part] = segment.slice(0, -1) + ALPHABET[last | (bits & mask)]!;
    return segments.join('.');
  });
  const wrapped = fc
    .constantFrom(' ', '\n', 'Bearer ', 'bearer ', '\t')
    .map((around) => `${around}${token}${around.trim() === '' ? around : ''}`);
  return fc.oneof(spoil, wrapped);
}

/** Canonical base64url in every segment, by Node's Buffer: re-encoding gives the same text. */
function canonical(token: string): boolean {
  return token
    .split('.')
    .every(
      (segment) =>
        /^[A-Za-z0-9_-]*$/.test(segment) &&
        Buffer.from(segment, 'base64url').toString('base64url') === segment,
    );
}

async function joseVerifies(token: string, verifyKey: CryptoKey | Uint8Array): Promise<boolean> {
  try {
    await jose.compactVerify(token, verifyKey);
    return true;
  } catch (error) {
    if (error instanceof jose.errors.JOSEError || error instanceof TypeError) return false;
    throw error;
  }
}

describe('fuzzing with an oracle', () => {
  it('a mutation of a valid token never verifies, unless it is the same token (3,000 cases)', async () => {
    const cases = await validTokens();
    await fc.assert(
      fc.asyncProperty(
        fc
          .nat(cases.length - 1)
          .chain((i) =>
            fc.tuple(fc.constant(i), fc.oneof(mutate(cases[i]!.token), sameBytes(cases[i]!.token))),
          ),
        async ([i, text]) => {
          const { token, ours } = cases[i]!;
          // As the page reads a paste: the token reader first (white space, Bearer, quotes...).
          const parsed = parseCompact(cleanTokenText(text).text);
          const verdict = await verifyCompact(parsed, ours);
          // The one text that verifies is the token itself, once what wrapped it is gone.
          expect(verdict.status === 'verified').toBe(parsed.token === token);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('jose agrees with our verdict on every random token (2,000 cases)', async () => {
    const cases = await validTokens();
    let agreedVerified = 0;
    await fc.assert(
      fc.asyncProperty(
        fc
          .nat(cases.length - 1)
          .chain((i) =>
            fc.tuple(
              fc.constant(i),
              fc.oneof(
                mutate(cases[i]!.token),
                sameBytes(cases[i]!.token),
                fc.constant(cases[i]!.token),
              ),
            ),
          ),
        async ([i, text]) => {
          const { ours, theirs } = cases[i]!;
          const parsed = parseCompact(cleanTokenText(text).text);
          const verified = (await verifyCompact(parsed, ours)).status === 'verified';
          // jose reads the token the page's reader found in the paste.
          const joseVerified = await joseVerifies(parsed.token, theirs);
          if (verified) {
            expect(joseVerified).toBe(true);
            agreedVerified += 1;
          }
          // jose's decoder is lenient about unused bits and white space inside a segment,
          // where RFC 4648 §3.5 and RFC 7515 §2 are strict: there it may verify what we do not.
          if (joseVerified && canonical(parsed.token)) expect(verified).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
    // The property is not vacuous: some random tokens did verify, with both.
    expect(agreedVerified).toBeGreaterThan(50);
  });
});
