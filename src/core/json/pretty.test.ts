import { describe, expect, it } from 'vitest';
import { jwsVectors } from '../__fixtures__';
import { compactJson } from './compact';
import { parseJson } from './parse';
import { prettyJson } from './pretty';

function pretty(text: string): string {
  const result = prettyJson(text);
  if (!result.ok) throw new Error(`unexpected ${result.error.code}`);
  return result.text;
}

/** A segment of a compact token as text, decoded by Node rather than by our code. */
function segmentText(compact: string, index: number): string {
  return Buffer.from(compact.split('.')[index]!, 'base64url').toString('utf8');
}

describe('prettyJson: the layout', () => {
  it('indents two spaces per level, one member or item per line, ": " after each name', () => {
    expect(pretty('{"a":[1,{"b":true}],"c":null}')).toBe(
      '{\n  "a": [\n    1,\n    {\n      "b": true\n    }\n  ],\n  "c": null\n}',
    );
  });

  it('writes empty objects and arrays as {} and [], whatever white space they held', () => {
    expect(pretty('{"a":{ },"b":[\r\n],"c":[[],{}]}')).toBe(
      '{\n  "a": {},\n  "b": [],\n  "c": [\n    [],\n    {}\n  ]\n}',
    );
    expect(pretty(' [ ] ')).toBe('[]');
    expect(pretty('{\t}')).toBe('{}');
  });

  it('drops the white space it is given (RFC 8259 §2): CR LF, tabs, spaces around : and ,', () => {
    expect(pretty('\r\n\t{ "a" :\t1 ,\r\n "b" : [ 2 ,3 ] }\n\n')).toBe(
      '{\n  "a": 1,\n  "b": [\n    2,\n    3\n  ]\n}',
    );
  });

  it('writes a top-level string, number or literal alone, with no line break at the end', () => {
    expect(pretty(' "x" ')).toBe('"x"');
    expect(pretty('\n-0.0e+0\n')).toBe('-0.0e+0');
    expect(pretty('true')).toBe('true');
    expect(pretty('null')).toBe('null');
  });

  it('is JSON.stringify(value, null, 2) for text JSON.stringify wrote', () => {
    const value = { sub: '1', aud: ['a', 'b'], n: { deep: [[1], []], o: {} }, t: false, z: null };
    expect(pretty(JSON.stringify(value))).toBe(JSON.stringify(value, null, 2));
  });
});

describe('prettyJson: tokens as written', () => {
  it('keeps numbers exactly: big integers, 1.0, 1e3, 1E+3, -0, 0.50, 1e400', () => {
    expect(pretty('[12345678901234567890,1.0,1e3,1E+3,-0,0.50,1e400,-1e-400]')).toBe(
      '[\n  12345678901234567890,\n  1.0,\n  1e3,\n  1E+3,\n  -0,\n  0.50,\n  1e400,\n  -1e-400\n]',
    );
  });

  it('keeps escapes in strings and names exactly: \\u00e9, \\/, \\uD83D\\uDE00, \\ud800', () => {
    const text = String.raw`{"caf\u00e9":"\/path\/","smile":"\uD83D\uDE00","lone":"\ud800","q":"a\"b\\"}`;
    expect(pretty(text)).toBe(
      [
        '{',
        String.raw`  "caf\u00e9": "\/path\/",`,
        String.raw`  "smile": "\uD83D\uDE00",`,
        String.raw`  "lone": "\ud800",`,
        String.raw`  "q": "a\"b\\"`,
        '}',
      ].join('\n'),
    );
  });

  it('keeps raw characters as they are: é, emoji, U+2028, a raw lone surrogate, spaces', () => {
    const text = '{"é":"😀\u2028 \uD800  x"}';
    expect(pretty(text)).toBe('{\n  "é": "😀\u2028 \uD800  x"\n}');
  });

  it('keeps a repeated name where it is, both times (JSON.parse would keep only the last)', () => {
    expect(pretty('{"a":1,"b":2,"a":3}')).toBe('{\n  "a": 1,\n  "b": 2,\n  "a": 3\n}');
    expect(pretty('{"a":1,"\\u0061":2}')).toBe('{\n  "a": 1,\n  "\\u0061": 2\n}');
  });

  it('keeps array-index names in text order (JSON.parse would put them first)', () => {
    expect(pretty('{"b":1,"10":2,"2":3}')).toBe('{\n  "b": 1,\n  "10": 2,\n  "2": 3\n}');
  });
});

describe('prettyJson: real tokens', () => {
  const a1 = jwsVectors.find((v) => v.id === 'RFC7515-A.1')!;

  it('RFC 7515 A.1: the header with its CR LF and leading space', () => {
    const header = segmentText(a1.compact, 0);
    expect(header).toBe('{"typ":"JWT",\r\n "alg":"HS256"}');
    expect(pretty(header)).toBe('{\n  "typ": "JWT",\n  "alg": "HS256"\n}');
  });

  it('RFC 7515 A.1: the payload; its compact form is the one every parser gives', () => {
    const payload = segmentText(a1.compact, 1);
    const laidOut = pretty(payload);
    expect(laidOut).toBe(
      '{\n  "iss": "joe",\n  "exp": 1300819380,\n  "http://example.com/is_root": true\n}',
    );
    expect(compactJson(laidOut)).toEqual({
      ok: true,
      text: '{"iss":"joe","exp":1300819380,"http://example.com/is_root":true}',
    });
  });

  it('an OpenID Connect ID token payload (OpenID Connect Core 1.0 §2, as printed there)', () => {
    const payload = [
      '  {',
      '   "iss": "https://server.example.com",',
      '   "sub": "24400320",',
      '   "aud": "s6BhdRkqt3",',
      '   "nonce": "n-0S6_WzA2Mj",',
      '   "exp": 1311281970,',
      '   "iat": 1311280970,',
      '   "auth_time": 1311280969,',
      '   "acr": "urn:mace:incommon:iap:silver"',
      '  }',
    ].join('\n');
    expect(pretty(payload)).toBe(JSON.stringify(JSON.parse(payload), null, 2));
    expect(pretty(payload).split('\n')).toHaveLength(10);
  });

  it('a Google-style ID token payload written by a PHP library: \\/ in URLs stays \\/', () => {
    const payload =
      '{"iss":"https:\\/\\/accounts.google.com","azp":"1234987819200.apps.googleusercontent.com",' +
      '"aud":"1234987819200.apps.googleusercontent.com","sub":"10769150350006150715113082367",' +
      '"at_hash":"HK6E_P6Dh8Y93mRNtsDB1Q","hd":"example.com","email":"jsmith@example.com",' +
      '"email_verified":true,"iat":1353601026,"exp":1353604926,"nonce":"0394852-3190485-2490358"}';
    const laidOut = pretty(payload);
    expect(laidOut.split('\n')).toEqual([
      '{',
      '  "iss": "https:\\/\\/accounts.google.com",',
      '  "azp": "1234987819200.apps.googleusercontent.com",',
      '  "aud": "1234987819200.apps.googleusercontent.com",',
      '  "sub": "10769150350006150715113082367",',
      '  "at_hash": "HK6E_P6Dh8Y93mRNtsDB1Q",',
      '  "hd": "example.com",',
      '  "email": "jsmith@example.com",',
      '  "email_verified": true,',
      '  "iat": 1353601026,',
      '  "exp": 1353604926,',
      '  "nonce": "0394852-3190485-2490358"',
      '}',
    ]);
    // What the page signs: the same as compacting the token's own text.
    expect(compactJson(laidOut)).toEqual(compactJson(payload));
  });
});

describe('prettyJson: errors and limits', () => {
  it("gives parseJson's and compactJson's syntax errors, with line and column", () => {
    const texts = ['', '  ', '{"a":1,}', '[1 2]', '"\\x"', '{"a" 1}', 'tru', '[1]x', '01'];
    for (const text of texts) {
      const result = prettyJson(text);
      const parsed = parseJson(text);
      expect(parsed.ok).toBe(false);
      expect(result, text).toEqual({ ok: false, error: !parsed.ok && parsed.error });
      expect(compactJson(text)).toEqual(result);
    }
    expect(prettyJson('{\n  "a": 1,\n}')).toMatchObject({
      ok: false,
      error: { code: 'JSON_SYNTAX', line: 3, column: 1, expected: 'string', found: '}' },
    });
  });

  it('JSON_TOO_DEEP past 256 levels, as parseJson; maxDepth moves the limit', () => {
    const text = '['.repeat(257) + ']'.repeat(257);
    expect(prettyJson(text)).toMatchObject({
      ok: false,
      error: { code: 'JSON_TOO_DEEP', offset: 256 },
    });
    expect(prettyJson(text)).toEqual(parseJson(text));
    expect(prettyJson('[[1]]', { maxDepth: 1 })).toEqual(parseJson('[[1]]', { maxDepth: 1 }));
    const deep = prettyJson(text, { maxDepth: 257 });
    expect(deep.ok && deep.text.split('\n')[256]).toBe(' '.repeat(512) + '[]');
  });

  it('JSON_TOO_DEEP for 10,000 levels of [ and of {"a":, without throwing', () => {
    expect(prettyJson('['.repeat(10_000))).toMatchObject({ error: { code: 'JSON_TOO_DEEP' } });
    expect(prettyJson('{"a":'.repeat(10_000))).toMatchObject({
      error: { code: 'JSON_TOO_DEEP', offset: 1280 },
    });
  });

  it('JSON_PRETTY_TOO_LONG when the layout would pass maxLength, and only then', () => {
    const text = '[1,[2]]';
    const laidOut = pretty(text);
    expect(prettyJson(text, { maxLength: laidOut.length })).toEqual({ ok: true, text: laidOut });
    expect(prettyJson(text, { maxLength: laidOut.length - 1 })).toEqual({
      ok: false,
      error: { code: 'JSON_PRETTY_TOO_LONG', maxLength: laidOut.length - 1 },
    });
  });

  it('JSON_PRETTY_TOO_LONG by default for 1 MB that would be 100 MB indented, not a crash', () => {
    const text = '['.repeat(200) + '0,'.repeat(500_000) + '0' + ']'.repeat(200);
    expect(prettyJson(text)).toEqual({
      ok: false,
      error: { code: 'JSON_PRETTY_TOO_LONG', maxLength: 2 ** 25 },
    });
  });

  it('a syntax error after the limit is passed is still the syntax error', () => {
    const text = '[' + '1,'.repeat(100) + ']';
    expect(prettyJson(text, { maxLength: 10 })).toEqual(parseJson(text));
  });

  it('throws a RangeError for a maxLength that is not a number >= 0 (misuse)', () => {
    expect(() => prettyJson('1', { maxLength: -1 })).toThrow(RangeError);
    expect(() => prettyJson('1', { maxLength: Number.NaN })).toThrow(RangeError);
  });
});
