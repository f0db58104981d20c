import { describe, expect, it } from 'vitest';
import { compactJson } from './compact';
import { parseJson } from './parse';

function compact(text: string): string {
  const result = compactJson(text);
  if (!result.ok) throw new Error(`unexpected ${result.error.code} at ${result.error.offset}`);
  return result.text;
}

/** What compactJson matches when every number is written as JSON.stringify writes it. */
function reference(text: string): string {
  return JSON.stringify(JSON.parse(text));
}

describe('compactJson', () => {
  it('drops insignificant white space (RFC 8259 §2) and nothing else', () => {
    const text = ' {\r\n\t"a" : [ 1 , true , null , "x y" ] ,\n "b":{ } , "c" : [ ] }\n';
    expect(compact(text)).toBe('{"a":[1,true,null,"x y"],"b":{},"c":[]}');
    expect(compact(text)).toBe(reference(text));
  });

  it('returns text that is already compact unchanged', () => {
    const text = '{"sub":"1234567890","name":"John Doe","iat":1516239022}';
    expect(compact(text)).toBe(text);
  });

  it('keeps every digit of an integer beyond 2^53', () => {
    const text = '{"id": 12345678901234567890, "n": 1}';
    expect(compact(text)).toBe('{"id":12345678901234567890,"n":1}');
    expect(reference(text)).toBe('{"id":12345678901234567000,"n":1}');
  });

  it('keeps numbers as written: 3.0, 1E3, -0, 1e400', () => {
    expect(compact('[3.0, 1E3, -0, 0.50, 1e400, 1e-400]')).toBe('[3.0,1E3,-0,0.50,1e400,1e-400]');
    expect(compact(' 3.0 ')).toBe('3.0');
  });

  it('resolves repeated names as JSON.parse does: the last value, at the first position', () => {
    expect(compact('{"a":1,"b":2,"a":3}')).toBe('{"a":3,"b":2}');
    expect(compact('{"a":1,"b":2,"a":3}')).toBe(reference('{"a":1,"b":2,"a":3}'));
    const nested =
      '{"a": {"x": [1, {"y": 1, "y": 2.50}]}, "b": 2, "a": {"z": 3.0}, "c": {"d": 1, "d": 2}}';
    expect(compact(nested)).toBe('{"a":{"z":3.0},"b":2,"c":{"d":2}}');
    expect(compact('[{"k": 1, "k": 2}, {"k": 3}]')).toBe('[{"k":2},{"k":3}]');
  });

  it('lists array-index names first, ascending, as JSON.parse objects do', () => {
    const text =
      '{"b": 1, "10": 2, "a": 3, "2": 4, "02": 5, "4294967294": 6, "4294967295": 7, "-1": 8}';
    expect(compact(text)).toBe(reference(text));
    expect(compact(text)).toBe(
      '{"2":4,"10":2,"4294967294":6,"b":1,"a":3,"02":5,"4294967295":7,"-1":8}',
    );
  });

  it('keeps __proto__, constructor and toString as ordinary names', () => {
    const text = '{"__proto__": {"admin": true}, "constructor": 1, "toString": 2}';
    expect(compact(text)).toBe('{"__proto__":{"admin":true},"constructor":1,"toString":2}');
    expect(compact(text)).toBe(reference(text));
    expect(compact('{"__proto__": 1, "__proto__": 2}')).toBe('{"__proto__":2}');
  });

  it('escapes strings as JSON.stringify does (RFC 8259 §7, ECMA-262 QuoteJSONString)', () => {
    const text = String.raw`["\/\u0041\u00e9", "\u001f\b", "\ud83d\ude00", "\uD800", "a\"b"]`;
    expect(compact(text)).toBe(reference(text));
    expect(compact(text)).toBe(String.raw`["/Aé","\u001f\b","😀","\ud800","a\"b"]`);
    // A raw lone surrogate is written escaped, as JSON.stringify writes it.
    expect(compact('{"\uDC00": "\uD800"}')).toBe('{"\\udc00":"\\ud800"}');
  });

  it('escapes strings the same way in long pretty-printed text', () => {
    const values = ['\uD800', 'a\u0000b', '\u{1F600}', '\\"', 'é\n', 'plain'];
    const items = Array.from({ length: 3000 }, (_, i) => ({
      [values[i % 6]!]: values[(i + 1) % 6],
    }));
    const text = JSON.stringify(items, null, 2).replace(/\\n/g, '\\u000a');
    expect(compact(text)).toBe(reference(text));
  });

  it('gives the same errors as parseJson', () => {
    for (const text of ['', '{"a":1,}', '[1 2]', '"\\x"', '['.repeat(300), '{"a":1,"a":2,]']) {
      const result = compactJson(text);
      const parsed = parseJson(text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toEqual(!parsed.ok && parsed.error);
    }
  });

  it('JSON_TOO_DEEP for 10,000 levels of [ and of {"a":, without throwing', () => {
    expect(compactJson('['.repeat(10_000))).toMatchObject({
      ok: false,
      error: { code: 'JSON_TOO_DEEP', offset: 256 },
    });
    expect(compactJson('{"a":'.repeat(10_000))).toMatchObject({
      ok: false,
      error: { code: 'JSON_TOO_DEEP', offset: 1280 },
    });
    const fine = ' [ '.repeat(200) + ' ] '.repeat(200);
    expect(compact(fine)).toBe('['.repeat(200) + ']'.repeat(200));
  });

  it('keeps its own stack: 100,000 levels, reordered ones too, when maxDepth allows them', () => {
    const depth = 100_000;
    const text = '{"1":0,"0":'.repeat(depth) + '[]' + '}'.repeat(depth);
    const result = compactJson(text, { maxDepth: Infinity });
    expect(result.ok && result.text).toBe('{"0":'.repeat(depth) + '[]' + ',"1":0}'.repeat(depth));
    // Seconds of work on a 2-core machine running other tests: not a timing, a depth.
  }, 20_000);

  it('compacts a 1 MB pretty-printed payload like JSON.stringify(JSON.parse())', () => {
    const claims: Record<string, unknown> = { data: 'abcdefghij'.repeat(50_000) };
    for (let i = 0; i < 20_000; i++) claims[`claim_${i}`] = i % 2 ? [`value ${i}`, null] : i;
    const text = JSON.stringify(claims, null, 2);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(compact(text)).toBe(reference(text));
  });
});
