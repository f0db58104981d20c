import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from './parse';
import type { JsonSyntaxError } from './types';

function errorOf(text: string, options?: { maxDepth?: number }): JsonSyntaxError {
  const result = parseJson(text, options);
  if (result.ok) throw new Error(`expected an error for ${JSON.stringify(text)}`);
  return result.error;
}

function valueOf(text: string): unknown {
  const result = parseJson(text);
  if (!result.ok) throw new Error(`unexpected ${result.error.code} at ${result.error.offset}`);
  return result.value;
}

describe('parseJson: values', () => {
  it('RFC 8259 §2: a top-level scalar is a JSON text', () => {
    expect(parseJson('"abc"')).toEqual({ ok: true, value: 'abc', numbers: [], duplicateKeys: [] });
    expect(valueOf('42')).toBe(42);
    expect(valueOf(' true ')).toBe(true);
    expect(valueOf('false')).toBe(false);
    expect(valueOf('\r\n\tnull\n')).toBeNull();
  });

  it('RFC 8259 §4, §5: objects and arrays as JSON.parse builds them, keys in its order', () => {
    const text = '{"b": [1, 2, {"c": null}], "a": {}, "2": "two", "1": [], "z": -1.5e3}';
    const value = valueOf(text);
    expect(value).toEqual(JSON.parse(text));
    expect(Object.keys(value as object)).toEqual(['1', '2', 'b', 'a', 'z']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('RFC 8259 §7: decodes every escape, surrogate pairs included', () => {
    const text = String.raw`"\" \\ \/ \b \f \n \r \t \u0041\u00e9\u20AC \ud83d\ude00"`;
    expect(valueOf(text)).toBe(JSON.parse(text));
    expect(valueOf(text)).toBe('" \\ / \b \f \n \r \t Aé€ \u{1F600}');
  });

  it('RFC 8259 §8.2: keeps lone surrogates, escaped or not, as JSON.parse does', () => {
    expect(valueOf('"\\uD800"')).toBe('\uD800');
    expect(valueOf('"\\uDC00x"')).toBe('\uDC00x');
    expect(valueOf('"\uD800"')).toBe('\uD800');
  });

  it('RFC 8259 §6: numbers, including exponents and negative zero', () => {
    expect(valueOf('[0, -0, 1.5, -2e-3, 1E+2, 123456789012345]')).toEqual([
      0, -0, 1.5, -0.002, 100, 123456789012345,
    ]);
    expect(Object.is(valueOf('-0'), -0)).toBe(true);
    expect(Object.is(valueOf('-0.0'), -0)).toBe(true);
  });

  it('makes __proto__, constructor and toString ordinary own properties, as JSON.parse does', () => {
    const text = '{"__proto__": {"polluted": true}, "constructor": 1, "toString": "x"}';
    const value = valueOf(text) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')).toEqual({
      value: { polluted: true },
      enumerable: true,
      writable: true,
      configurable: true,
    });
    expect(value).toEqual(JSON.parse(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseJson: numbers', () => {
  it('notes an integer beyond 2^53 with its path and exact text', () => {
    const result = parseJson('{"id": 12345678901234567890, "n": 1}');
    expect(result).toEqual({
      ok: true,
      value: { id: Number('12345678901234567890'), n: 1 },
      numbers: [{ path: ['id'], text: '12345678901234567890', offset: 7, kind: 'unsafe-integer' }],
      duplicateKeys: [],
    });
  });

  it('notes lossy and not-canonical numbers with array indices in the path', () => {
    const result = parseJson('{"aud": [1, 2, 3.0], "x": {"y": [1e400]}, "z": -0}');
    expect(result.ok && result.numbers).toEqual([
      { path: ['aud', 2], text: '3.0', offset: 15, kind: 'not-canonical' },
      { path: ['x', 'y', 0], text: '1e400', offset: 33, kind: 'lossy' },
      { path: ['z'], text: '-0', offset: 47, kind: 'not-canonical' },
    ]);
  });

  it('notes a top-level number with the empty path', () => {
    const result = parseJson('0.1000000000000000000001');
    expect(result.ok && result.numbers).toEqual([
      { path: [], text: '0.1000000000000000000001', offset: 0, kind: 'lossy' },
    ]);
  });
});

describe('parseJson: duplicate names', () => {
  it('RFC 8259 §4: reports each repeated name with its object path; the last value wins', () => {
    const text = '{"a": 1, "b": {"c": 1, "c": 2}, "a": 3, "a": 4}';
    const result = parseJson(text);
    expect(result).toEqual({
      ok: true,
      value: { a: 4, b: { c: 2 } },
      numbers: [],
      duplicateKeys: [
        { path: ['b'], key: 'c', offset: 23 },
        { path: [], key: 'a', offset: 32 },
        { path: [], key: 'a', offset: 40 },
      ],
    });
    expect(Object.keys((result as { value: object }).value)).toEqual(['a', 'b']);
  });

  it('compares names after unescaping, and in arrays of objects', () => {
    const result = parseJson('[{}, {"a": 1, "\\u0061": 2}]');
    expect(result.ok && result.duplicateKeys).toEqual([{ path: [1], key: 'a', offset: 14 }]);
    expect(result.ok && result.value).toEqual([{}, { a: 2 }]);
  });

  it('property: every repeated name of any nesting, with its path and offset, in text order', () => {
    // Objects and arrays written by hand from a tree whose member names come from a few
    // letters, so names repeat; the expected duplicates are noted while writing.
    type Tree = number | Tree[] | { members: [string, Tree][] };
    const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.nat(9),
        fc.array(tie('tree'), { maxLength: 3 }),
        fc
          .array(fc.tuple(fc.constantFrom('a', 'b', '__proto__', 'toString'), tie('tree')), {
            maxLength: 5,
          })
          .map((members) => ({ members })),
      ),
    }));
    fc.assert(
      fc.property(tree, (root) => {
        const expected: { path: (string | number)[]; key: string; offset: number }[] = [];
        let text = '';
        const write = (node: Tree, path: (string | number)[]) => {
          if (typeof node === 'number') text += String(node);
          else if (Array.isArray(node)) {
            text += '[';
            node.forEach((item, i) => {
              if (i > 0) text += ', ';
              write(item, [...path, i]);
            });
            text += ']';
          } else {
            text += '{';
            const seen = new Set<string>();
            node.members.forEach(([key, value], i) => {
              if (i > 0) text += ',';
              if (seen.has(key)) expected.push({ path, key, offset: text.length });
              seen.add(key);
              text += `${JSON.stringify(key)}: `;
              write(value, [...path, key]);
            });
            text += '}';
          }
        };
        write(root, []);
        const result = parseJson(text);
        expect(result.ok && result.duplicateKeys).toEqual(expected);
        expect(result.ok && result.value).toEqual(JSON.parse(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('does not take names inherited from Object.prototype for duplicates', () => {
    const result = parseJson('{"toString": 1, "__proto__": 2, "hasOwnProperty": 3}');
    expect(result.ok && result.duplicateKeys).toEqual([]);
    const again = parseJson('{"__proto__": 1, "__proto__": 2}');
    expect(again.ok && again.duplicateKeys).toEqual([{ path: [], key: '__proto__', offset: 17 }]);
    expect(again.ok && Object.getOwnPropertyDescriptor(again.value, '__proto__')?.value).toBe(2);
  });
});

describe('parseJson: syntax errors', () => {
  it('JSON_EMPTY: empty or white-space-only text, at its end', () => {
    expect(errorOf('')).toEqual({
      code: 'JSON_EMPTY',
      offset: 0,
      line: 1,
      column: 1,
      expected: 'value',
      found: 'end',
    });
    expect(errorOf(' \r\n\t ')).toEqual({
      code: 'JSON_EMPTY',
      offset: 5,
      line: 2,
      column: 3,
      expected: 'value',
      found: 'end',
    });
  });

  const cases: [string, string, number, string, string][] = [
    // [title, text, offset, expected, found]
    ['trailing comma in an object', '{"a":1,}', 7, 'string', '}'],
    ['trailing comma in an array', '[1,]', 3, 'value', ']'],
    ['a name in single quotes', "{'a':1}", 1, 'string', "'"],
    ['a string in single quotes', "['a']", 1, 'value', "'"],
    ['a missing colon', '{"a" 1}', 5, ':', '1'],
    ['a missing comma in an object', '{"a":1 "b":2}', 7, ',-or-}', '"'],
    ['a missing comma in an array', '[1 2]', 3, ',-or-]', '2'],
    ['an unclosed object', '{"a":1', 6, ',-or-}', 'end'],
    ['an unclosed array', '[1', 2, ',-or-]', 'end'],
    ['a value missing after a colon', '{"a":}', 5, 'value', '}'],
    ['a name that is not a string', '{a:1}', 1, 'string', 'a'],
    ['text after the value', '{} {}', 3, 'end', '{'],
    ['a comment', '[1] // no', 4, 'end', '/'],
    ['a block comment', '/* x */ 1', 0, 'value', '/'],
    ['a leading zero', '01', 1, 'end', '1'],
    ['a leading zero in an array', '[-01]', 3, ',-or-]', '1'],
    ['a plus sign', '+1', 0, 'value', '+'],
    ['a bare fraction', '.5', 0, 'value', '.'],
    ['a bare minus', '-', 1, 'digit', 'end'],
    ['a minus before a letter', '-x', 1, 'digit', 'x'],
    ['a point without digits', '1.e5', 2, 'digit', 'e'],
    ['an exponent without digits', '1e+', 3, 'digit', 'end'],
    ['NaN', 'NaN', 0, 'value', 'N'],
    ['Infinity', '-Infinity', 1, 'digit', 'I'],
    ['a misspelled true', '[tru]', 4, 'true', ']'],
    ['a capitalized literal', 'True', 0, 'value', 'T'],
    ['a truncated null', 'nul', 3, 'null', 'end'],
    ['a misspelled false', 'falsy', 4, 'false', 'y'],
    ['an unterminated string', '"abc', 4, '"', 'end'],
    ['an unknown escape', '"a\\x"', 3, 'escape', 'x'],
    ['a backslash at the end', '"\\', 2, 'escape', 'end'],
    ['a short \\u escape', '"\\u12"', 5, 'hex-digit', '"'],
    ['a non-hex \\u escape', '"\\u12G4"', 5, 'hex-digit', 'G'],
    ['an uppercase \\U', '"\\U0041"', 2, 'escape', 'U'],
    ['a raw line feed in a string', '"a\nb"', 2, 'escape', '\n'],
    ['a raw tab in a string', '"\t"', 1, 'escape', '\t'],
    ['a raw NUL in a string', '"\u0000"', 1, 'escape', '\u0000'],
    ['non-JSON white space (NBSP)', '\u00a01', 0, 'value', '\u00a0'],
    ['a byte order mark', '\ufeff{}', 0, 'value', '\ufeff'],
    ['a vertical tab', '[\u000b1]', 1, 'value', '\u000b'],
    ['an astral character, whole', '[\u{1F600}]', 1, 'value', '\u{1F600}'],
  ];

  it.each(cases)('JSON_SYNTAX: %s', (_title, text, offset, expected, found) => {
    const error = errorOf(text);
    expect(error).toEqual({
      code: 'JSON_SYNTAX',
      offset,
      line: 1,
      column: offset + 1,
      expected,
      found,
    });
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it('gives line and column in multi-line text with \\r\\n', () => {
    const text = '{\r\n  "a": 1,\r\n  "b": tru\r\n}';
    expect(errorOf(text)).toEqual({
      code: 'JSON_SYNTAX',
      offset: 24,
      line: 3,
      column: 11,
      expected: 'true',
      found: '\r',
    });
  });

  it('gives line and column in multi-line text with \\n and \\r', () => {
    expect(errorOf('[\n1,\n2,\n]')).toMatchObject({ offset: 8, line: 4, column: 1, found: ']' });
    expect(errorOf('[\r1,\r2\r3]')).toMatchObject({ offset: 7, line: 4, column: 1, found: '3' });
  });

  it('reports the first error in the text', () => {
    expect(errorOf('[1,, "\\x"]')).toMatchObject({ offset: 3, expected: 'value' });
  });
});

describe('parseJson: nesting depth (RFC 8259 §9)', () => {
  it('parses 200 levels of arrays and of objects', () => {
    const arrays = '['.repeat(200) + ']'.repeat(200);
    expect(parseJson(arrays).ok).toBe(true);
    const objects = '{"a":'.repeat(200) + '1' + '}'.repeat(200);
    expect(valueOf(objects)).toEqual(JSON.parse(objects));
  });

  it('allows exactly maxDepth levels, 256 by default', () => {
    expect(parseJson('['.repeat(256) + ']'.repeat(256)).ok).toBe(true);
    expect(errorOf('['.repeat(257) + ']'.repeat(257))).toEqual({
      code: 'JSON_TOO_DEEP',
      offset: 256,
      line: 1,
      column: 257,
    });
    expect(parseJson('[[1]]', { maxDepth: 2 }).ok).toBe(true);
    expect(errorOf('[{"a":[1]}]', { maxDepth: 2 })).toMatchObject({
      code: 'JSON_TOO_DEEP',
      offset: 6,
    });
  });

  it('JSON_TOO_DEEP for 10,000 levels of [ and of {"a":, without throwing', () => {
    expect(errorOf('['.repeat(10_000))).toMatchObject({ code: 'JSON_TOO_DEEP', offset: 256 });
    expect(errorOf('{"a":'.repeat(10_000))).toMatchObject({ code: 'JSON_TOO_DEEP', offset: 1280 });
  });

  it('keeps its own stack: 100,000 levels parse when maxDepth allows them', () => {
    const depth = 100_000;
    const result = parseJson('['.repeat(depth) + '"x"' + ']'.repeat(depth), { maxDepth: Infinity });
    let value = result.ok ? result.value : undefined;
    for (let d = 0; d < depth; d++) value = (value as unknown[])[0];
    expect(value).toBe('x');
  });

  it('throws a RangeError for a maxDepth that is not a number >= 0', () => {
    expect(() => parseJson('1', { maxDepth: -1 })).toThrow(RangeError);
    expect(() => parseJson('1', { maxDepth: Number.NaN })).toThrow(RangeError);
    expect(parseJson('1', { maxDepth: 0 }).ok).toBe(true);
    expect(errorOf('[]', { maxDepth: 0 })).toMatchObject({ code: 'JSON_TOO_DEEP', offset: 0 });
  });

  it('reports a syntax error before the nesting that would be too deep', () => {
    expect(errorOf('[x' + '['.repeat(300))).toMatchObject({ code: 'JSON_SYNTAX', offset: 1 });
  });
});

describe('parseJson: large input', () => {
  it('parses a 1 MB string value and 20,000 claims like JSON.parse', () => {
    const big = JSON.stringify({ sub: 'x', data: 'abcdefghij'.repeat(100_000) + '\\"\n' });
    expect(valueOf(big)).toEqual(JSON.parse(big));
    const claims: Record<string, unknown> = {};
    for (let i = 0; i < 20_000; i++) claims[`claim_${i}`] = i % 2 ? `value ${i}` : i * 1.5;
    const text = JSON.stringify(claims, null, 2);
    expect(text.length).toBeGreaterThan(500_000);
    const result = parseJson(text);
    expect(result.ok && result.value).toEqual(JSON.parse(text));
    expect(result.ok && result.numbers).toEqual([]);
  });

  it('a long string ends at its first quote, backslash or control character, wherever it is', () => {
    // The first 32 characters of a string are read by hand, the rest by a regex: the two must
    // stop at the same character. `"` + body, with no other value around it.
    const plain = fc.constantFrom('a', 'é', '😀', ' ', '/');
    const unit = fc.oneof(plain, fc.constantFrom('"', '\\', '\n', '\u0000', '\u001f'));
    const body = fc
      .tuple(
        fc.string({ unit: plain, maxLength: 80, size: 'max' }),
        fc.string({ unit, maxLength: 10 }),
      )
      .map(([run, rest]) => run + rest);
    fc.assert(
      fc.property(body, (body) => {
        const text = `"${body}`;
        // The first character RFC 8259 §7 does not let through unescaped, by hand.
        let stop = -1;
        for (let i = body.length - 1; i >= 0; i--) {
          const c = body.charCodeAt(i);
          if (c === 0x22 || c === 0x5c || c < 0x20) stop = i;
        }
        const result = parseJson(text);
        if (stop < 0) {
          expect(result.ok || result.error).toMatchObject({ offset: text.length, found: 'end' });
          return;
        }
        const special = body[stop]!;
        if (special === '"') {
          // After the closing quote, only white space may follow.
          const rest = text.slice(stop + 2).search(/[^ \n]/);
          expect(result.ok).toBe(rest < 0);
          if (result.ok) expect(result.value).toBe(body.slice(0, stop));
          else expect(result.error.offset).toBe(stop + 2 + rest);
        } else if (special !== '\\') {
          expect(result.ok || result.error).toMatchObject({ offset: stop + 1, expected: 'escape' });
        }
        let engine: unknown;
        try {
          engine = JSON.parse(text);
        } catch {
          engine = undefined;
        }
        expect(result.ok ? result.value : undefined).toBe(engine);
      }),
      { numRuns: 3000 },
    );
  });
});
