import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url';
import { nativeDecode, nativeEncode, runtimeCodec, type NativeCodec } from './base64url-native';

/**
 * Node 20 has no Uint8Array.fromBase64, so the native path is checked against a stand-in as
 * lenient as the real one, and against the runtime's own codec where there is one. In Chromium
 * every end-to-end test decodes through the runtime's codec.
 */
const standIn: NativeCodec = {
  // As lenient as the proposal's 'loose' decoding: ASCII white space skipped, padding taken.
  fromBase64: (text, options) => {
    expect(options).toEqual({ alphabet: 'base64url', lastChunkHandling: 'loose' });
    const stripped = text.replace(/[\t\n\f\r ]/g, '');
    const body = stripped.replace(/={1,2}$/, '');
    if (/[^A-Za-z0-9_-]/.test(body) || body.length % 4 === 1) throw new SyntaxError(text);
    if (body !== stripped && stripped.length % 4 !== 0) throw new SyntaxError(text);
    return new Uint8Array(Buffer.from(body, 'base64url'));
  },
  toBase64: (bytes, options) => {
    expect(options).toEqual({ alphabet: 'base64url', omitPadding: true });
    return Buffer.from(bytes).toString('base64url');
  },
};
const codecs = [standIn, runtimeCodec()].filter((codec) => codec !== undefined);

const URL_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const tokenish = fc.string({
  unit: fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom(...URL_CHARS) },
    { weight: 1, arbitrary: fc.constantFrom('+', '/', '=', ' ', '\n', '.', '%', 'é', '😀') },
  ),
  maxLength: 64,
});

describe('the native base64url path', () => {
  it('decodes exactly what the strict decoder accepts, and leaves it the rest', () => {
    for (const codec of codecs) {
      fc.assert(
        fc.property(tokenish, (text) => {
          const strict = decodeBase64url(text);
          const native = nativeDecode(text, codec);
          if (native === undefined) return;
          expect(strict.ok).toBe(true);
          if (strict.ok) expect(native).toEqual(strict.bytes);
        }),
        { numRuns: 2000 },
      );
    }
  });

  it('takes every canonical text', () => {
    for (const codec of codecs) {
      expect(nativeDecode('', codec)).toEqual(new Uint8Array());
      expect(nativeDecode('eyJhbGciOiJIUzI1NiJ9', codec)).toEqual(
        new TextEncoder().encode('{"alg":"HS256"}'),
      );
      expect(nativeDecode('QQ', codec)).toEqual(new Uint8Array([0x41]));
    }
  });

  it('RFC 4648 §3.5: leaves a last character with non-zero unused bits to the strict decoder', () => {
    for (const codec of codecs) {
      // 'QR' and 'QQ' both decode to 'A' ('loose' ignores the bits); only 'QQ' is canonical.
      expect(codec.fromBase64('QR', { alphabet: 'base64url', lastChunkHandling: 'loose' })).toEqual(
        new Uint8Array([0x41]),
      );
      expect(nativeDecode('QR', codec)).toBeUndefined();
      expect(nativeDecode('QUJ', codec)).toBeUndefined();
      expect(nativeDecode('QUI', codec)).toEqual(new Uint8Array([0x41, 0x42]));
    }
    expect(decodeBase64url('QR')).toMatchObject({
      ok: false,
      problem: { code: 'BASE64URL_NOT_CANONICAL', char: 'R', canonical: 'Q' },
    });
  });

  it('leaves white space, padding, the standard alphabet and a bad length to the strict decoder', () => {
    for (const codec of codecs) {
      for (const text of [
        'QQ==',
        'Q Q',
        'QQ\n',
        ' QQQ',
        'QUJD\tRA',
        'a+b/',
        'QUJDR',
        '%2E',
        'ab.c',
      ])
        expect(nativeDecode(text, codec)).toBeUndefined();
    }
  });

  it('encodes as our own encoder does', () => {
    for (const codec of codecs) {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
          expect(nativeEncode(bytes, codec)).toBe(encodeBase64url(bytes));
        }),
      );
    }
  });

  it('is not used where the runtime has no codec', () => {
    expect(nativeDecode('QQ', undefined)).toBeUndefined();
    expect(nativeEncode(new Uint8Array([1]), undefined)).toBeUndefined();
  });
});
