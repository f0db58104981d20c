import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jwks, key, seed } from './__fixtures__';
import { encodeBase64url } from './encoding/base64url';
import { KeyError } from './errors';
import { parseCompact } from './jws/parse';
import { verifyCompact } from './jws/verify';
import { importKeyText } from './keys/import';
import { importSecret } from './keys/secret';

/**
 * Fuzzing in the normal test run (SECURITY.md): 10,000 cases over parse, verify and key
 * import. Bad input must come back as data with a code, never as an uncaught exception.
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
