import fc from 'fast-check';
import { compactVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { key, seed } from '../__fixtures__';
import { decodeBase64url, encodeBase64url } from '../encoding/base64url';
import { importKeyText } from '../keys/import';
import { importSecret } from '../keys/secret';
import { ecdsaDerToRaw, ecdsaRawToDer } from './ecdsa';
import { parseCompact, type Segment } from './parse';
import { signCompact } from './sign';
import { verifyCompact } from './verify';

const payload = '{"sub":"alice"}';

async function es256Token() {
  const signKey = (await importKeyText(key('p256').pkcs8, { alg: 'ES256', usage: 'sign' }))
    .cryptoKey;
  const verifyKey = (await importKeyText(key('p256').spki, { alg: 'ES256', usage: 'verify' }))
    .cryptoKey;
  const signed = await signCompact({
    header: '{"alg":"ES256"}',
    payload,
    alg: 'ES256',
    key: signKey,
  });
  return { ...signed, verifyKey };
}

function withSignature(token: string, signature: Uint8Array): string {
  return `${token.slice(0, token.lastIndexOf('.'))}.${encodeBase64url(signature)}`;
}

describe('verifyCompact says why', () => {
  it('a DER-encoded ECDSA signature is recognised, and whether it would verify once converted', async () => {
    const { token, signature, verifyKey } = await es256Token();
    const der = ecdsaRawToDer(signature);
    expect(ecdsaDerToRaw(der, 32)).toEqual(signature);
    const verdict = await verifyCompact(parseCompact(withSignature(token, der)), verifyKey);
    expect(verdict).toMatchObject({
      status: 'invalid',
      reason: 'SIGNATURE_DER_ENCODED',
      detail: { wouldVerify: true, expected: 64, actual: der.length },
    });

    const otherPayload = token.replace(
      /\.[^.]+\./,
      `.${encodeBase64url(new TextEncoder().encode('{}'))}.`,
    );
    const wrong = await verifyCompact(parseCompact(withSignature(otherPayload, der)), verifyKey);
    expect(wrong).toMatchObject({
      reason: 'SIGNATURE_DER_ENCODED',
      detail: { wouldVerify: false },
    });
  });

  it('a signature of the wrong length is named with both lengths', async () => {
    const { token, verifyKey } = await es256Token();
    const verdict = await verifyCompact(
      parseCompact(withSignature(token, new Uint8Array(10))),
      verifyKey,
    );
    expect(verdict).toMatchObject({
      status: 'invalid',
      reason: 'SIGNATURE_WRONG_LENGTH',
      detail: { expected: 64, actual: 10 },
    });
  });

  it('an RSA signature is expected to be as long as the modulus', async () => {
    const verifyKey = (await importKeyText(key('rsa4096').spki, { alg: 'RS256', usage: 'verify' }))
      .cryptoKey;
    const signKey = (await importKeyText(key('rsa2048').pkcs8, { alg: 'RS256', usage: 'sign' }))
      .cryptoKey;
    const { token } = await signCompact({
      header: '{"alg":"RS256"}',
      payload,
      alg: 'RS256',
      key: signKey,
    });
    expect(await verifyCompact(parseCompact(token), verifyKey)).toMatchObject({
      reason: 'SIGNATURE_WRONG_LENGTH',
      detail: { expected: 512, actual: 256 },
    });
  });

  it('a key imported for another alg is a mismatch, not an invalid signature', async () => {
    const { token } = await es256Token();
    const rsa = (await importKeyText(key('rsa2048').spki, { alg: 'RS256', usage: 'verify' }))
      .cryptoKey;
    expect(await verifyCompact(parseCompact(token), rsa)).toMatchObject({
      status: 'unusable',
      reason: 'KEY_ALG_MISMATCH',
      detail: { alg: 'ES256', keyAlgorithm: 'RSASSA-PKCS1-v1_5 SHA-256' },
    });
    const hs384 = (await importSecret('secret', 'utf8', 'HS384')).cryptoKey;
    expect(await verifyCompact(parseCompact(seed.token), hs384)).toMatchObject({
      reason: 'KEY_ALG_MISMATCH',
      detail: { keyAlgorithm: 'HMAC SHA-384' },
    });
  });

  it('the wrong secret gives "invalid", the right one "verified"', async () => {
    const wrong = (await importSecret('not-the-secret', 'utf8', 'HS256')).cryptoKey;
    expect(await verifyCompact(parseCompact(seed.token), wrong)).toMatchObject({
      status: 'invalid',
      reason: 'SIGNATURE_MISMATCH',
    });
  });

  it('without a key, or for an unknown alg, or a malformed token, nothing is verified', async () => {
    expect(await verifyCompact(parseCompact(seed.token), undefined)).toMatchObject({
      status: 'unusable',
      reason: 'NO_KEY',
    });
    const unknown = `${encodeBase64url(new TextEncoder().encode('{"alg":"HS999"}'))}.e30.AAAA`;
    expect(await verifyCompact(parseCompact(unknown), undefined)).toMatchObject({
      reason: 'ALG_UNKNOWN',
      detail: { alg: 'HS999' },
    });
    expect(await verifyCompact(parseCompact('abc.def'), undefined)).toMatchObject({
      reason: 'TOKEN_MALFORMED',
    });
    expect(await verifyCompact(parseCompact('a.b.c.d.e'), undefined)).toMatchObject({
      reason: 'TOKEN_IS_JWE',
    });
  });

  it('alg "none" is unsigned even with a signature present, and never verified', async () => {
    const header = encodeBase64url(new TextEncoder().encode('{"alg":"none"}'));
    const anyKey = (await importSecret('secret', 'utf8', 'HS256')).cryptoKey;
    expect(await verifyCompact(parseCompact(`${header}.e30.`), anyKey)).toMatchObject({
      status: 'unsigned',
      detail: { signaturePresent: false },
    });
    expect(await verifyCompact(parseCompact(`${header}.e30.AAAA`), anyKey)).toMatchObject({
      status: 'unsigned',
      detail: { signaturePresent: true },
    });
  });

  it('exposes the signing input and signature bytes', async () => {
    const key = (await importSecret('secret', 'utf8', 'HS256')).cryptoKey;
    const verdict = await verifyCompact(parseCompact(seed.token), key);
    expect(new TextDecoder().decode(verdict.signingInput)).toBe(
      seed.token.slice(0, seed.token.lastIndexOf('.')),
    );
    const signature = decodeBase64url(seed.token.split('.')[2]!);
    expect(signature.ok && verdict.signature).toEqual(signature.ok && signature.bytes);
  });

  it('RFC 7515 §5.2 step 8: the signing input is the ASCII of header.payload as written', async () => {
    const key = (await importSecret('secret', 'utf8', 'HS256')).cryptoKey;
    const expected = new TextEncoder().encode(seed.token.slice(0, seed.token.lastIndexOf('.')));
    const verdict = await verifyCompact(parseCompact(seed.token), key);
    expect(verdict.status).toBe('verified');
    expect(verdict.signingInput).toEqual(expected);
    // A payload segment changed by one character is another signing input.
    const changed = parseCompact(seed.token);
    const segments = changed.segments as Segment[];
    segments[1] = { ...segments[1]!, text: `${segments[1]!.text}x` };
    expect((await verifyCompact(changed, key)).status).toBe('invalid');
  });

  it('a payload that is not base64url never verifies; whether the MAC matches its text is a diagnosis', async () => {
    const key = (await importSecret('secret', 'utf8', 'HS256')).cryptoKey;
    const [header] = seed.token.split('.');
    for (const payload of ['#not?base64', 'a b', 'x%2Ey']) {
      const signingInput = new TextEncoder().encode(`${header}.${payload}`);
      const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, signingInput));
      const parsed = parseCompact(`${header}.${payload}.${encodeBase64url(signature)}`);
      const verdict = await verifyCompact(parsed, key);
      expect(verdict).toMatchObject({
        status: 'unusable',
        reason: 'TOKEN_MALFORMED',
        detail: { textVerifies: true },
      });
      // jose, the independent verifier, refuses the same token (its decoder in Node, atob,
      // skips white space, so that case is ours alone).
      if (!payload.includes(' '))
        await expect(
          compactVerify(
            `${header}.${payload}.${encodeBase64url(signature)}`,
            new TextEncoder().encode('secret'),
          ),
        ).rejects.toThrow();
    }
  });

  it('RFC 7797: an unencoded payload with non-ASCII text is signed as its UTF-8', async () => {
    // A token that is not ASCII is decoded segment by segment: no bytes are kept for it.
    const key = (await importSecret('secret', 'utf8', 'HS256')).cryptoKey;
    const header = encodeBase64url(
      new TextEncoder().encode('{"alg":"HS256","b64":false,"crit":["b64"]}'),
    );
    const signingInput = new TextEncoder().encode(`${header}.€5 😀`);
    const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, signingInput));
    const parsed = parseCompact(`${header}.€5 😀.${encodeBase64url(signature)}`);
    const verdict = await verifyCompact(parsed, key);
    expect(verdict.status).toBe('verified');
    expect(verdict.signingInput).toEqual(signingInput);
  });
});

describe('properties', () => {
  it('flipping any bit of a signature makes it invalid', async () => {
    const secret = (await importSecret('secret', 'utf8', 'HS256')).cryptoKey;
    const es = await es256Token();
    const cases = [
      { token: seed.token, key: secret },
      { token: es.token, key: es.verifyKey },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...cases),
        fc.nat(),
        fc.nat(7),
        async ({ token, key }, index, bit) => {
          const parsed = parseCompact(token);
          const signature = Uint8Array.from(parsed.signature!.bytes);
          signature[index % signature.length]! ^= 1 << bit;
          const verdict = await verifyCompact(parseCompact(withSignature(token, signature)), key);
          expect(verdict.status).toBe('invalid');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('random strings and mutations of valid tokens never make parse or verify throw', async () => {
    const key = (await importSecret('secret', 'utf8', 'HS256')).cryptoKey;
    const mutated = fc
      .tuple(fc.nat(seed.token.length - 1), fc.nat(seed.token.length), fc.string({ maxLength: 8 }))
      .map(
        ([at, cut, insert]) =>
          seed.token.slice(0, at) +
          insert +
          seed.token.slice(Math.min(seed.token.length, at + (cut % 4))),
      );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), mutated),
        async (text) => {
          const parsed = parseCompact(text);
          const verdict = await verifyCompact(parsed, key);
          expect(['verified', 'invalid', 'unsigned', 'unusable']).toContain(verdict.status);
          for (const d of parsed.diagnostics) expect(d.code).toMatch(/^[A-Z0-9_]+$/);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('detached content (RFC 7515 Appendix F)', () => {
  it('an empty payload part: verified when signed empty, otherwise it may be detached content', async () => {
    const key = (await importSecret('secret', 'utf8', 'HS256')).cryptoKey;
    const empty = await signCompact({ header: '{"alg":"HS256"}', payload: '', alg: 'HS256', key });
    expect(await verifyCompact(parseCompact(empty.token), key)).toMatchObject({
      status: 'verified',
    });
    const full = await signCompact({
      header: '{"alg":"HS256"}',
      payload: '{"a":1}',
      alg: 'HS256',
      key,
    });
    const [h, , s] = full.token.split('.');
    const detached = parseCompact(`${h}..${s}`);
    expect(await verifyCompact(detached, key)).toMatchObject({
      status: 'unusable',
      reason: 'PAYLOAD_DETACHED',
    });
    expect(await verifyCompact(detached, key, { detachedPayload: '{"a":1}' })).toMatchObject({
      status: 'verified',
    });
  });
});
