import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeBase64,
  decodeBase64url,
  type Base64Problem,
  type DecodeResult,
  encodeBase64,
  encodeBase64url,
  encodeUtf8Base64url,
} from './base64url';
import { utf8DecodeStrict } from './utf8';

describe('base64url', () => {
  it('RFC 4648 §10 test vectors, unpadded and URL-safe', () => {
    const cases: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [text, encoded] of cases) {
      expect(encodeUtf8Base64url(text)).toBe(encoded);
      const decoded = decodeBase64url(encoded);
      expect(decoded.ok && new TextDecoder().decode(decoded.bytes)).toBe(text);
    }
  });

  it('uses - and _ where base64 has + and /', () => {
    const bytes = new Uint8Array([0xfb, 0xff, 0xbf]);
    expect(encodeBase64(bytes)).toBe('+/+/');
    expect(encodeBase64url(bytes)).toBe('-_-_');
  });

  it('reports the offset and character of the first bad character', () => {
    expect(decodeBase64url('abc$def')).toEqual({
      ok: false,
      problem: { code: 'BASE64URL_INVALID_CHAR', offset: 3, char: '$' },
    });
    expect(decodeBase64url('ab cd')).toMatchObject({ problem: { offset: 2, char: ' ' } });
    expect(decodeBase64url('abc😀')).toMatchObject({ problem: { offset: 3, char: '😀' } });
  });

  it('recognises standard base64: + and / and = padding', () => {
    expect(decodeBase64url('ab+c')).toMatchObject({
      problem: { code: 'BASE64URL_STANDARD_ALPHABET', offset: 2, char: '+' },
    });
    expect(decodeBase64url('ab/c')).toMatchObject({
      problem: { code: 'BASE64URL_STANDARD_ALPHABET', offset: 2, char: '/' },
    });
    expect(decodeBase64url('Zg==')).toMatchObject({
      problem: { code: 'BASE64URL_PADDING', offset: 2 },
    });
  });

  it('rejects a length of 4n+1, which no bytes encode to', () => {
    expect(decodeBase64url('abcde')).toMatchObject({
      problem: { code: 'BASE64URL_BAD_LENGTH', length: 5 },
    });
  });

  it('RFC 4648 §3.5: a last character with non-zero unused bits is not canonical', () => {
    // "AB": 000000 000001, one byte 0x00 and four unused bits that are not zero.
    expect(decodeBase64url('AB')).toEqual({
      ok: false,
      problem: { code: 'BASE64URL_NOT_CANONICAL', offset: 1, char: 'B', canonical: 'A' },
    });
    expect(decodeBase64url('AA')).toEqual({ ok: true, bytes: new Uint8Array([0]) });
    // Two bytes leave two unused bits: "AAB" is not canonical, "AAE" is (0x00 0x01).
    expect(decodeBase64url('AAB')).toMatchObject({
      problem: { code: 'BASE64URL_NOT_CANONICAL', offset: 2, char: 'B', canonical: 'A' },
    });
    expect(decodeBase64url('AAE')).toEqual({ ok: true, bytes: new Uint8Array([0, 1]) });
    // A whole group has no unused bits.
    expect(decodeBase64url('AAAB').ok).toBe(true);
  });

  it('takes a non-canonical end only when asked to (a typed secret)', () => {
    expect(decodeBase64url('QR', { allowNonCanonical: true })).toEqual({
      ok: true,
      bytes: new Uint8Array([0x41]),
    });
    expect(decodeBase64url('Q+', { allowNonCanonical: true })).toMatchObject({
      problem: { code: 'BASE64URL_STANDARD_ALPHABET' },
    });
  });

  it('property: any non-zero unused bits are reported, with the character Node would write', () => {
    const partial = fc
      .uint8Array({ minLength: 1, maxLength: 40 })
      .filter((b) => b.length % 3 !== 0);
    fc.assert(
      fc.property(partial, fc.integer({ min: 1, max: 15 }), (bytes, bits) => {
        const canonical = Buffer.from(bytes).toString('base64url');
        const mask = bytes.length % 3 === 1 ? 0b1111 : 0b11;
        if ((bits & mask) === 0) return;
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
        const last = alphabet.indexOf(canonical.at(-1)!);
        const altered = canonical.slice(0, -1) + alphabet[last | (bits & mask)]!;
        expect(Buffer.from(altered, 'base64url')).toEqual(Buffer.from(bytes));
        expect(decodeBase64url(altered)).toEqual({
          ok: false,
          problem: {
            code: 'BASE64URL_NOT_CANONICAL',
            offset: altered.length - 1,
            char: altered.at(-1),
            canonical: canonical.at(-1),
          },
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('standard base64 decodes with or without padding and with line breaks', () => {
    for (const text of ['Zm9vYg==', 'Zm9vYg', 'Zm9v\nYg==']) {
      const decoded = decodeBase64(text);
      expect(decoded.ok && new TextDecoder().decode(decoded.bytes)).toBe('foob');
    }
    expect(decodeBase64('Zm9v-g')).toMatchObject({ ok: false, problem: { char: '-' } });
  });

  it('property: any bytes round-trip', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const encoded = encodeBase64url(bytes);
        expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
        const decoded = decodeBase64url(encoded);
        expect(decoded.ok && decoded.bytes).toEqual(bytes);
        const std = decodeBase64(encodeBase64(bytes));
        expect(std.ok && std.bytes).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('property: any Unicode text round-trips through UTF-8 and base64url', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const decoded = decodeBase64url(encodeUtf8Base64url(text));
        expect(decoded.ok && utf8DecodeStrict(decoded.bytes)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('encodes a megabyte without running out of stack', () => {
    const bytes = new Uint8Array(1 << 20).map((_, i) => i & 0xff);
    const decoded = decodeBase64url(encodeBase64url(bytes));
    expect(decoded.ok && decoded.bytes.length).toBe(bytes.length);
  });

  it('property: decodes as a character-by-character reference does, bad input included', () => {
    const valid = fc.uint8Array({ maxLength: 120 }).map(encodeBase64url);
    const damaged = fc
      .tuple(valid, fc.nat(), fc.string({ unit: 'binary', maxLength: 3 }))
      .map(
        ([text, at, insert]) =>
          text.slice(0, at % (text.length + 1)) + insert + text.slice(at % (text.length + 1)),
      );
    const alphabetOnly = fc.string({
      unit: fc.constantFrom(...'AZaz09-_+/=. \n€😀'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(fc.oneof(valid, damaged, alphabetOnly, fc.string()), (text) => {
        const expected = referenceDecode(text);
        expect(decodeBase64url(text)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

/**
 * Strict base64url the slow, obvious way, as the decoder behaved before it read bytes: the
 * first character outside the alphabet, else a length of 4n+1, else atob's bytes.
 */
function referenceDecode(text: string): DecodeResult {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  for (let i = 0; i < text.length; i++) {
    if (alphabet.includes(text[i]!)) continue;
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const code =
      char === '+' || char === '/'
        ? 'BASE64URL_STANDARD_ALPHABET'
        : char === '='
          ? 'BASE64URL_PADDING'
          : 'BASE64URL_INVALID_CHAR';
    return {
      ok: false,
      problem: { code, offset: i, char } as Base64Problem,
    };
  }
  if (text.length % 4 === 1) {
    return {
      ok: false,
      problem: { code: 'BASE64URL_BAD_LENGTH', offset: text.length - 1, length: text.length },
    };
  }
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  // RFC 4648 §3.5: canonical exactly when encoding the bytes again gives the same text.
  const again = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  if (again !== text) {
    return {
      ok: false,
      problem: {
        code: 'BASE64URL_NOT_CANONICAL',
        offset: text.length - 1,
        char: text.at(-1)!,
        canonical: again.at(-1)!,
      },
    };
  }
  return { ok: true, bytes: Uint8Array.from(binary, (c) => c.charCodeAt(0)) };
}
