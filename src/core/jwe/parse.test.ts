/**
 * parseJwe (RFC 7516 §7.1): five parts, the header's JWE parameters, and each part's length
 * checked against alg and enc, every problem a diagnostic on its part; it never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '../encoding/base64url';
import { parseJwe } from './parse';
import { jweVector } from './__fixtures__';
import { utf8 } from './__tests__/tokens';

const b64 = (length: number) => encodeBase64url(new Uint8Array(length).fill(1));
const header = (value: unknown) => encodeBase64url(utf8(JSON.stringify(value)));

/** A token with the given header and parts of the given lengths. */
function token(
  head: unknown,
  encryptedKey: number,
  iv: number,
  ciphertext: number,
  tag: number,
): string {
  return [header(head), b64(encryptedKey), b64(iv), b64(ciphertext), b64(tag)].join('.');
}

const codes = (text: string) =>
  parseJwe(text).diagnostics.map((entry) => [entry.code, entry.part, entry.severity]);

describe('the five parts', () => {
  it('RFC 7516 A.3 parses with no diagnostic, every part decoded', () => {
    const parsed = parseJwe(jweVector('RFC7516-A.3').compact!);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.params).toMatchObject({ alg: 'A128KW', enc: 'A128CBC-HS256' });
    expect([
      parsed.encryptedKey!.length,
      parsed.iv!.length,
      parsed.ciphertext!.length,
      parsed.tag!.length,
    ]).toEqual([40, 16, 32, 16]);
    expect(parsed.segments.map((segment) => segment.start)).toEqual([0, 52, 107, 130, 174]);
  });
  it('another part count is JWE_PART_COUNT', () => {
    expect(parseJwe('a.b.c.d').diagnostics).toEqual([
      expect.objectContaining({ code: 'JWE_PART_COUNT', detail: { count: 4 } }),
    ]);
  });
  it('segment offsets count from where the token starts in the text', () => {
    expect(parseJwe(jweVector('RFC7516-A.3').compact!, 7).segments[1]!.start).toBe(59);
  });
  it('a part that is not base64url is a diagnostic on that part', () => {
    const text = token({ alg: 'dir', enc: 'A128GCM' }, 0, 12, 5, 16).replace(/\.[^.]*$/, '.ab$c');
    expect(codes(text)).toEqual([['BASE64URL_INVALID_CHAR', 'tag', 'error']]);
  });
  it('a header that is not an object', () => {
    expect(codes([header([1]), '', b64(12), b64(1), b64(16)].join('.'))).toEqual([
      ['JWE_HEADER_NOT_OBJECT', 'header', 'error'],
    ]);
  });
  it('never throws for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => void parseJwe(text)),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 5, maxLength: 5 }),
        fc.jsonValue(),
        (parts, value) => {
          void parseJwe([header(value), ...parts.slice(1)].join('.'));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('part lengths against alg and enc', () => {
  it('GCM needs a 96-bit IV and a 128-bit tag', () => {
    expect(codes(token({ alg: 'dir', enc: 'A256GCM' }, 0, 16, 5, 12))).toEqual([
      ['JWE_IV_LENGTH', 'iv', 'error'],
      ['JWE_TAG_LENGTH', 'tag', 'error'],
    ]);
  });
  it('CBC-HMAC needs a 128-bit IV, a tag of half the MAC and whole blocks of ciphertext', () => {
    expect(codes(token({ alg: 'dir', enc: 'A256CBC-HS512' }, 0, 16, 32, 32))).toEqual([]);
    const parsed = parseJwe(token({ alg: 'dir', enc: 'A256CBC-HS512' }, 0, 12, 30, 16));
    expect(parsed.diagnostics.map((entry) => [entry.code, entry.detail])).toEqual([
      ['JWE_IV_LENGTH', { expected: 128, found: 96, enc: 'A256CBC-HS512' }],
      ['JWE_TAG_LENGTH', { expected: 256, found: 128, enc: 'A256CBC-HS512' }],
      ['JWE_CIPHERTEXT_LENGTH', { bytes: 30 }],
    ]);
  });
  it('dir and ECDH-ES have an empty encrypted key', () => {
    expect(codes(token({ alg: 'dir', enc: 'A128GCM' }, 8, 12, 1, 16))).toEqual([
      ['JWE_ENCRYPTED_KEY_NOT_EMPTY', 'encrypted-key', 'error'],
    ]);
  });
  it('AES key wrap gives the CEK plus 64 bits; GCM key wrap the CEK; RSA at least 256 octets', () => {
    const kw = parseJwe(token({ alg: 'A128KW', enc: 'A256CBC-HS512' }, 64, 16, 16, 32));
    expect(kw.diagnostics).toEqual([
      expect.objectContaining({
        code: 'JWE_ENCRYPTED_KEY_LENGTH',
        detail: { expected: 72, found: 64, alg: 'A128KW' },
      }),
    ]);
    const gcmkw = { alg: 'A128GCMKW', enc: 'A128GCM', iv: b64(12), tag: b64(16) };
    expect(codes(token(gcmkw, 16, 12, 1, 16))).toEqual([]);
    expect(codes(token({ alg: 'RSA-OAEP', enc: 'A128GCM' }, 128, 12, 1, 16))).toEqual([
      ['JWE_ENCRYPTED_KEY_TOO_SHORT', 'encrypted-key', 'error'],
    ]);
    expect(codes(token({ alg: 'A256KW', enc: 'A128GCM' }, 0, 12, 1, 16))).toEqual([
      ['JWE_ENCRYPTED_KEY_MISSING', 'encrypted-key', 'error'],
    ]);
  });
});

describe('header parameters', () => {
  const parts = (head: unknown) => codes(token(head, 24, 12, 1, 16));
  it('alg and enc: missing, not strings, unknown (a JWS alg is no JWE alg)', () => {
    expect(codes(token({}, 0, 12, 1, 16))).toEqual([
      ['JWE_ALG_MISSING', 'header', 'error'],
      ['JWE_ENC_MISSING', 'header', 'error'],
    ]);
    expect(codes(token({ alg: 1, enc: true }, 0, 12, 1, 16))).toEqual([
      ['JWE_ALG_NOT_STRING', 'header', 'error'],
      ['JWE_ENC_NOT_STRING', 'header', 'error'],
    ]);
    expect(
      parseJwe(token({ alg: 'HS256', enc: 'A999GCM' }, 0, 12, 1, 16)).diagnostics.map(
        (entry) => entry.detail,
      ),
    ).toEqual([{ alg: 'HS256' }, { enc: 'A999GCM' }]);
  });
  it('zip other than DEF', () => {
    expect(parts({ alg: 'A128KW', enc: 'A128GCM', zip: 'GZIP' })).toEqual([
      ['JWE_ZIP_UNKNOWN', 'header', 'error'],
    ]);
    expect(
      parseJwe(token({ alg: 'A128KW', enc: 'A128GCM', zip: 'DEF' }, 24, 12, 1, 16)).params.zip,
    ).toBe('DEF');
  });
  it('ECDH-ES needs an epk: a public JWK on a key-agreement curve, its coordinates of the curve size', () => {
    const alg = { alg: 'ECDH-ES', enc: 'A128GCM' };
    const p256 = { kty: 'EC', crv: 'P-256', x: b64(32), y: b64(32) };
    const at = (epk: unknown) => codes(token({ ...alg, epk }, 0, 12, 1, 16));
    expect(codes(token(alg, 0, 12, 1, 16))).toEqual([['JWE_PARAM_MISSING', 'header', 'error']]);
    expect(at(p256)).toEqual([]);
    expect(at('x')).toEqual([['JWE_PARAM_WRONG_TYPE', 'header', 'error']]);
    expect(at({ ...p256, kty: 'RSA' })).toEqual([['JWE_EPK_INVALID', 'header', 'error']]);
    expect(at({ ...p256, crv: 'secp256k1' })).toEqual([
      ['JWE_EPK_CURVE_UNKNOWN', 'header', 'error'],
    ]);
    expect(at({ ...p256, crv: 'X25519' })).toEqual([['JWE_EPK_INVALID', 'header', 'error']]);
    expect(
      parseJwe(token({ ...alg, epk: { ...p256, y: b64(31) } }, 0, 12, 1, 16)).diagnostics[0]!
        .detail,
    ).toEqual({ reason: 'length', member: 'y', expected: 32, found: 31 });
    expect(at({ kty: 'OKP', crv: 'X448', x: b64(56) })).toEqual([]);
    expect(at({ ...p256, d: b64(32) })).toEqual([['JWE_EPK_HAS_PRIVATE_KEY', 'header', 'warning']]);
  });
  it('apu and apv are base64url', () => {
    expect(
      codes(
        token(
          {
            alg: 'ECDH-ES',
            enc: 'A128GCM',
            epk: { kty: 'OKP', crv: 'X25519', x: b64(32) },
            apu: 'a+b',
          },
          0,
          12,
          1,
          16,
        ),
      ),
    ).toEqual([['JWE_PARAM_NOT_BASE64URL', 'header', 'error']]);
  });
  it('PBES2: p2s of 8 octets or more, p2c a positive integer, refused above 1,200,000, a warning above 310,000', () => {
    const alg = { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' };
    expect(parts({ ...alg, p2s: b64(16), p2c: 10000 })).toEqual([]);
    expect(parts(alg)).toEqual([
      ['JWE_PARAM_MISSING', 'header', 'error'],
      ['JWE_PARAM_MISSING', 'header', 'error'],
    ]);
    expect(parts({ ...alg, p2s: b64(7), p2c: 1 })).toEqual([
      ['JWE_P2S_TOO_SHORT', 'header', 'error'],
    ]);
    expect(parts({ ...alg, p2s: b64(8), p2c: 0 })).toEqual([
      ['JWE_P2C_INVALID', 'header', 'error'],
    ]);
    expect(parts({ ...alg, p2s: b64(8), p2c: 1.5 })).toEqual([
      ['JWE_P2C_INVALID', 'header', 'error'],
    ]);
    expect(parts({ ...alg, p2s: b64(8), p2c: 1_200_001 })).toEqual([
      ['JWE_P2C_OVER_CAP', 'header', 'error'],
    ]);
    expect(parts({ ...alg, p2s: b64(8), p2c: 1_200_000 })).toEqual([
      ['JWE_P2C_HIGH', 'header', 'warning'],
    ]);
    expect(parts({ ...alg, p2s: b64(8), p2c: 310_000 })).toEqual([]);
  });
  it('AES-GCM key wrap: iv of 96 bits and tag of 128 bits in the header', () => {
    const alg = { alg: 'A256GCMKW', enc: 'A128GCM' };
    expect(
      codes(token({ ...alg, iv: b64(16), tag: b64(8) }, 16, 12, 1, 16)).map(([code]) => code),
    ).toEqual(['JWE_KW_PARAM_LENGTH', 'JWE_KW_PARAM_LENGTH']);
  });
  it('a parameter the alg does not use is noted', () => {
    expect(parts({ alg: 'A128KW', enc: 'A128GCM', p2c: 5 })).toEqual([
      ['JWE_PARAM_UNUSED', 'header', 'info'],
    ]);
  });
  it('crit: this page understands no extension, so any critical one is refused', () => {
    expect(parts({ alg: 'A128KW', enc: 'A128GCM', crit: ['exp'], exp: 1 })).toEqual([
      ['JWE_CRIT_UNSUPPORTED', 'header', 'error'],
    ]);
    expect(parts({ alg: 'A128KW', enc: 'A128GCM', crit: ['enc'] })).toEqual([
      ['JWE_CRIT_INVALID', 'header', 'error'],
    ]);
    expect(parts({ alg: 'A128KW', enc: 'A128GCM', crit: [] })).toEqual([
      ['JWE_CRIT_INVALID', 'header', 'error'],
    ]);
  });
  it('cty "JWT" announces a nested JWT', () => {
    expect(parts({ alg: 'A128KW', enc: 'A128GCM', cty: 'JWT' })).toEqual([
      ['JWE_CTY_JWT', 'header', 'info'],
    ]);
    expect(parts({ alg: 'A128KW', enc: 'A128GCM', cty: 5 })).toEqual([
      ['JWE_PARAM_WRONG_TYPE', 'header', 'error'],
    ]);
  });
});

describe('the JSON serialization (RFC 7516 §7.2)', () => {
  it('is recognised and reported, not decoded as a compact token', () => {
    const parsed = parseJwe('{"protected":"e30","ciphertext":"AA","iv":"AA","tag":"AA"}');
    expect(parsed.serialization).toBe('json');
    expect(codes('{"ciphertext":"AA"}')).toEqual([['JWE_JSON_SERIALIZATION', 'token', 'error']]);
  });
});
