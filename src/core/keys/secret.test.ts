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
