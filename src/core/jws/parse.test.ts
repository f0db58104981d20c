import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jwsVectors, seed } from '../__fixtures__';
import { decodeBase64url, encodeUtf8Base64url } from '../encoding/base64url';
import { parseCompact } from './parse';

const b64 = encodeUtf8Base64url;
const codes = (text: string) => parseCompact(text).diagnostics.map((d) => d.code);

describe('parseCompact', () => {
  it('gives each segment its offset in the token', () => {
    const parsed = parseCompact(seed.token);
    const [header, payload, signature] = parsed.segments;
    expect(header!.start).toBe(0);
    expect(payload!.start).toBe(header!.text.length + 1);
    expect(signature!.start).toBe(payload!.start + payload!.text.length + 1);
    expect(parsed.diagnostics).toEqual([]);
  });

  it('counts parts: 2 means the signature is missing, 5 is a JWE, others are malformed', () => {
    const [h, p] = seed.token.split('.');
    expect(parseCompact(`${h}.${p}`)).toMatchObject({ kind: 'unknown' });
    expect(parseCompact(`${h}.${p}`).diagnostics[0]).toMatchObject({
      code: 'TOKEN_PART_COUNT',
      detail: { count: 2 },
    });
    expect(parseCompact(`${h}.${p}`).payload?.text).toBe(seed.payload);
    expect(parseCompact('abc')).toMatchObject({
      kind: 'unknown',
      diagnostics: [{ code: 'TOKEN_PART_COUNT', detail: { count: 1 } }],
    });
    expect(codes('')).toEqual(['TOKEN_EMPTY']);
  });

  it('RFC 7516 A.1: a JWE has five parts; its protected header is decoded, the rest is encrypted', () => {
    const header = b64('{"alg":"RSA-OAEP","enc":"A256GCM"}');
    const parsed = parseCompact(`${header}.a.b.c.d`);
    expect(parsed.kind).toBe('jwe');
    expect(parsed.protectedHeader).toEqual({ alg: 'RSA-OAEP', enc: 'A256GCM' });
    expect(parsed.payload).toBeUndefined();
    expect(codes(`${header}.a.b.c.d`)).toEqual(['TOKEN_IS_JWE']);
  });

  it('reports a bad base64url character with its part, offset and character', () => {
    const [h, p, s] = seed.token.split('.');
    const broken = `${h}.${p!.slice(0, 5)}*${p!.slice(6)}.${s}`;
    const parsed = parseCompact(broken);
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({
        code: 'BASE64URL_INVALID_CHAR',
        part: 'payload',
        offset: 5,
        char: '*',
        detail: expect.objectContaining({ inputOffset: h!.length + 1 + 5 }),
      }),
    ]);
    // The header still decodes: parts decode independently.
    expect(parsed.header?.text).toBe(seed.header);
    expect(parsed.alg).toBe('HS256');
  });

  it('tells standard base64 apart: + and / and = padding', () => {
    const [h, p] = seed.token.split('.');
    expect(parseCompact(`${h}.${p}.ab+/`).diagnostics[0]).toMatchObject({
      code: 'BASE64URL_STANDARD_ALPHABET',
      part: 'signature',
      offset: 2,
    });
    expect(parseCompact(`${h}==.${p}.abcd`).diagnostics[0]).toMatchObject({
      code: 'BASE64URL_PADDING',
      part: 'header',
    });
  });

  it('a payload that is not JSON is returned as text with a diagnostic', () => {
    const parsed = parseCompact(`${b64('{"alg":"HS256"}')}.${b64('hello, world')}.`);
    expect(parsed.payload).toMatchObject({ text: 'hello, world', isJson: false });
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: 'PAYLOAD_NOT_JSON', part: 'payload', severity: 'warning' }),
    ]);
  });

  it('broken JSON gives its line and column in the decoded text', () => {
    const parsed = parseCompact(`${b64('{"alg":"HS256",\n "typ": JWT}')}.${b64('{"a":1,}')}.`);
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: 'HEADER_JSON_SYNTAX', part: 'header', line: 2, column: 9 }),
      expect.objectContaining({ code: 'PAYLOAD_JSON_SYNTAX', part: 'payload', line: 1, column: 8 }),
    ]);
  });

  it('a header must be an object with a string alg', () => {
    expect(codes(`${b64('[1]')}.e30.`)).toEqual(['HEADER_NOT_OBJECT']);
    expect(codes(`${b64('{"typ":"JWT"}')}.e30.`)).toEqual(['HEADER_NO_ALG']);
    expect(codes(`${b64('{"alg":256}')}.e30.`)).toEqual(['HEADER_ALG_NOT_STRING']);
  });

  it('header bytes that are not UTF-8 are reported, the payload still decodes', () => {
    const parsed = parseCompact(`_w.${b64('{"a":1}')}.`);
    expect(codes(`_w.${b64('{"a":1}')}.`)).toEqual(['HEADER_NOT_UTF8']);
    expect(parsed.payload?.json).toEqual({ a: 1 });
  });

  it('keeps integers beyond 2^53 as written and flags them', () => {
    const text = '{"id": 12345678901234567890, "n": 1}';
    const parsed = parseCompact(`${b64('{"alg":"none"}')}.${b64(text)}.`);
    expect(parsed.payload?.text).toBe(text);
    expect(parsed.payload?.numbers).toEqual([
      expect.objectContaining({
        path: ['id'],
        text: '12345678901234567890',
        kind: 'unsafe-integer',
      }),
    ]);
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({
        code: 'JSON_UNSAFE_INTEGER',
        part: 'payload',
        detail: { path: 'id', text: '12345678901234567890' },
      }),
    ]);
  });

  it('flags duplicate member names (RFC 7515 §5.2)', () => {
    expect(codes(`${b64('{"alg":"HS256","alg":"none"}')}.e30.`)).toEqual(['JSON_DUPLICATE_KEY']);
  });

  it("RFC 7515 A.1: keeps each segment's text and bytes exactly, CR LF included", () => {
    const vector = jwsVectors.find((v) => v.id === 'RFC7515-A.1')!;
    const parsed = parseCompact(vector.compact);
    expect(parsed.header?.text).toContain('\r\n');
    expect(parsed.segments.map((s) => s.text).join('.')).toBe(vector.compact);
    expect(new TextDecoder().decode(parsed.header?.bytes)).toBe(vector.header_json);
  });

  it('deeply nested JSON gives a diagnostic, not a stack overflow', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    expect(codes(`${b64('{"alg":"none"}')}.${b64(deep)}.`)).toEqual(['JSON_TOO_DEEP']);
  });
});

describe('properties', () => {
  it('any JSON and any Unicode text round-trip through encode and decode', async () => {
    const { signCompact } = await import('./sign');
    await fc.assert(
      fc.asyncProperty(
        fc.json(),
        fc.oneof(fc.json(), fc.string({ unit: 'grapheme' })),
        async (header, payload) => {
          const headerText = JSON.stringify({ alg: 'none', x: JSON.parse(header) as unknown });
          const { token } = await signCompact({ header: headerText, payload, alg: 'none' });
          const parsed = parseCompact(token);
          expect(parsed.header?.text).toBe(headerText);
          expect(parsed.payload?.text).toBe(payload);
        },
      ),
      { numRuns: 500 },
    );
  });
  it('each part decodes as its segment does on its own, whether or not the token is ASCII', () => {
    // parseCompact encodes an ASCII token once and decodes subarrays of it; any other token
    // segment by segment. Both must give what decodeBase64url gives each segment's text.
    const [h, p, sig] = seed.token.split('.');
    const piece = fc.oneof(
      fc.constantFrom(h!, p!, sig!, '', 'e30', '_w', 'A'),
      fc.string({ unit: fc.constantFrom(...'AZaz09-_+/= \n"€😀%'), maxLength: 12 }),
      fc.string({ maxLength: 8 }),
    );
    const token = fc.oneof(
      fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.')),
      fc.tuple(piece, piece).map(([before, after]) => `${before}${seed.token}${after}`),
    );
    fc.assert(
      fc.property(token, (text) => {
        const parsed = parseCompact(text);
        const parts = [parsed.header, parsed.payload, parsed.signature];
        parts.forEach((part, index) => {
          const segment = parsed.segments[index];
          if (!part || !segment || (index === 1 && segment.text === '')) return;
          const decoded = decodeBase64url(segment.text);
          expect(decoded.ok && decoded.bytes).toEqual(part.bytes);
        });
        for (const d of parsed.diagnostics.filter((d) => d.code.startsWith('BASE64URL_'))) {
          const segment = parsed.segments[['header', 'payload', 'signature'].indexOf(d.part)]!;
          const decoded = decodeBase64url(segment.text);
          expect(decoded.ok).toBe(false);
          expect(!decoded.ok && decoded.problem).toMatchObject({ code: d.code, offset: d.offset });
        }
      }),
      { numRuns: 2000 },
    );
  });
});
