import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import { seed } from '../__fixtures__';
import { KeyError } from '../errors';
import { parseCompact } from '../jws/parse';
import { verifyCompact } from '../jws/verify';
import { importSecret, secretBytes } from './secret';

describe('HMAC secrets', () => {
  it('the same key bytes from UTF-8, base64url, base64 and hex text', async () => {
    const texts = {
      utf8: 'secret',
      base64url: 'c2VjcmV0',
      base64: 'c2VjcmV0',
      hex: '736563726574',
    } as const;
    for (const [encoding, text] of Object.entries(texts)) {
      expect(secretBytes(text, encoding as keyof typeof texts)).toEqual(
        new TextEncoder().encode('secret'),
      );
      const key = await importSecret(text, encoding as keyof typeof texts, 'HS256');
      expect(key.facts).toEqual({ kind: 'secret', kty: 'oct', secretLength: 6 });
      expect(await verifyCompact(parseCompact(seed.token), key.cryptoKey)).toMatchObject({
        status: 'verified',
      });
    }
  });

  it('base64url and base64 differ where + / - _ appear; padding is tolerated in base64url', () => {
    expect(secretBytes('-_8=', 'base64url')).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(secretBytes('+/8=', 'base64')).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(secretBytes('DE:AD:be:ef', 'hex')).toEqual(new Uint8Array([0xde, 0xad, 0xbe, 0xef]));
  });

  it('text that is not valid in the encoding names the character and offset', () => {
    const cases: [string, 'base64url' | 'base64' | 'hex', Record<string, unknown>][] = [
      ['abc+def', 'base64url', { problem: 'BASE64URL_STANDARD_ALPHABET', offset: 3, char: '+' }],
      ['ab!c', 'base64', { problem: 'BASE64URL_INVALID_CHAR', offset: 2, char: '!' }],
      ['abcg', 'hex', { problem: 'HEX_INVALID_CHAR', offset: 3, char: 'g' }],
      ['abc', 'hex', { problem: 'HEX_ODD_LENGTH' }],
    ];
    for (const [text, encoding, detail] of cases) {
      try {
        secretBytes(text, encoding);
        expect.unreachable(`${text} as ${encoding} should fail`);
      } catch (error) {
        expect(error).toBeInstanceOf(KeyError);
        expect(error).toMatchObject({
          code: 'KEY_SECRET_BAD_ENCODING',
          detail: { encoding, ...detail },
        });
      }
    }
  });

  it('an empty secret, or one for a non-HMAC alg, is refused with a code', async () => {
    await expect(importSecret('', 'utf8', 'HS256')).rejects.toMatchObject({ code: 'KEY_EMPTY' });
    await expect(importSecret(' \n', 'base64', 'HS256')).rejects.toMatchObject({
      code: 'KEY_EMPTY',
    });
    await expect(importSecret('secret', 'utf8', 'RS256')).rejects.toMatchObject({
      code: 'KEY_WRONG_TYPE',
    });
  });
});

describe('an oct JWK or JWK Set in the Secret box', () => {
  const k = Buffer.from('a secret of thirty-two bytes, ok').toString('base64url');
  const oct = { kty: 'oct', k };

  async function joseToken(kid?: string) {
    return new jose.SignJWT({ sub: 'alice' })
      .setProtectedHeader({ alg: 'HS256', ...(kid ? { kid } : {}) })
      .sign(await jose.importJWK(oct, 'HS256'));
  }

  it('is read as the HMAC key (its k), whatever the encoding chosen', async () => {
    const token = await joseToken();
    for (const encoding of ['utf8', 'base64', 'hex'] as const) {
      const key = await importSecret(JSON.stringify(oct, null, 2), encoding, 'HS256');
      expect(key.format).toBe('jwk');
      expect(key.facts).toEqual({ kind: 'secret', kty: 'oct', secretLength: 32 });
      expect(key.notes).toEqual([
        { code: 'SECRET_FROM_JWK', severity: 'info', detail: { format: 'jwk' } },
      ]);
      expect(await verifyCompact(parseCompact(token), key.cryptoKey)).toMatchObject({
        status: 'verified',
      });
    }
  });

  it('a JWK Set of secrets: picked by the header kid', async () => {
    const other = {
      kty: 'oct',
      kid: 'old',
      k: Buffer.from('another secret of 32 bytes, ok!!').toString('base64url'),
    };
    const set = JSON.stringify({ keys: [other, { ...oct, kid: 'new' }] });
    const token = await joseToken('new');
    const key = await importSecret(set, 'utf8', 'HS256', { kid: 'new' });
    expect(key.format).toBe('jwks');
    expect(key.selection).toMatchObject({ index: 1, kid: 'new', chosenBy: 'kid' });
    expect(await verifyCompact(parseCompact(token), key.cryptoKey)).toMatchObject({
      status: 'verified',
    });
    // Without a kid both fit: each is a candidate.
    const both = await importSecret(set, 'utf8', 'HS256');
    expect(both.candidates?.map((c) => c.kid)).toEqual(['old', 'new']);
  });

  it("its alg, use and key_ops are checked like any JWK's (RFC 7517 §4.2-§4.4)", async () => {
    const cases = [
      [{ ...oct, alg: 'HS512' }, 'KEY_JWK_ALG_MISMATCH'],
      [{ ...oct, use: 'enc' }, 'KEY_JWK_USE_MISMATCH'],
      [{ ...oct, key_ops: ['sign'] }, 'KEY_JWK_USE_MISMATCH'],
    ] as const;
    for (const [jwk, code] of cases) {
      await expect(importSecret(JSON.stringify(jwk), 'utf8', 'HS256')).rejects.toMatchObject({
        code,
      });
    }
  });

  it('text that only starts with "{" stays a secret of that text; a broken JWK says where', async () => {
    const key = await importSecret('{my secret}', 'utf8', 'HS256');
    expect(key.format).toBe('secret');
    await expect(importSecret('{"kty": "oct",\n "k": }', 'utf8', 'HS256')).rejects.toMatchObject({
      code: 'KEY_BAD_JWK',
      detail: { reason: 'bad-json', line: 2, column: 7 },
    });
  });
});
