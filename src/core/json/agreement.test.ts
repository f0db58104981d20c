/**
 * Property tests: parseJson and compactJson against the engine's JSON.parse and
 * JSON.stringify, on generated JSON, on JSON with repeated and array-index names, and on
 * arbitrary and mutated text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactJson } from './compact';
import { lineColumn } from './location';
import { parseJson } from './parse';

const RUNS = { numRuns: 1000 };

/** Whether the engine's JSON.parse accepts `text`. */
function engineAccepts(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch (error) {
    if (error instanceof SyntaxError) return false;
    throw error;
  }
}

/** parseJson and compactJson agree with JSON.parse / JSON.stringify on valid `text`. */
function expectAgreement(text: string): void {
  const expected: unknown = JSON.parse(text);
  const result = parseJson(text);
  if (!result.ok) throw new Error(`rejected valid JSON: ${JSON.stringify(result.error)}`);
  // toEqual tells -0 from 0; JSON.stringify checks the key order at every level.
  expect(result.value).toEqual(expected);
  expect(JSON.stringify(result.value)).toBe(JSON.stringify(expected));
  const compact = compactJson(text);
  if (!compact.ok) throw new Error('compactJson rejected valid JSON');
  if (result.numbers.length === 0) expect(compact.text).toBe(JSON.stringify(expected));
  expect(JSON.parse(compact.text)).toEqual(expected);
}

describe('agreement with JSON.parse on valid JSON', () => {
  it('tells -0 from 0 (so the checks below compare numbers exactly)', () => {
    expect(() => expect(-0).toEqual(0)).toThrow();
  });

  it('any fc.jsonValue() written by JSON.stringify', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectAgreement(JSON.stringify(value))),
      RUNS,
    );
  });

  it('any fc.json() text', () => {
    fc.assert(fc.property(fc.json(), expectAgreement), RUNS);
  });

  it('any fc.jsonValue() written by JSON.stringify(v, null, 2)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectAgreement(JSON.stringify(value, null, 2))),
      RUNS,
    );
  });

  it('any fc.jsonValue() with any Unicode in names and strings, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) =>
        expectAgreement(JSON.stringify(value, null, 1)),
      ),
      RUNS,
    );
  });
});

/**
 * JSON text with repeated and array-index names, numbers as written (`3.0`, `1e400`) and
 * white space between tokens, paired with the same text where each number is the string
 * `"#n:<its text>"`: JSON.stringify on the pair's second text, strings turned back into
 * numbers, is what compactJson must give for the first.
 */
type Pair = readonly [text: string, marked: string];

const space = fc.constantFrom('', '', ' ', '\n  ', '\r\n', '\t');
const names = [
  'a', 'b', '0', '1', '2', '10', '01', '-1', '4294967294', '4294967295', '__proto__',
  'toString', 'constructor', 'é', '\u{1F600}',
]; // prettier-ignore
const nameText = fc.oneof(
  fc.constantFrom(...names).map((name) => JSON.stringify(name)),
  fc.constantFrom('"\\u0061"', '"\\u0030"', '"\\/"', '"\\ud800"'),
);
const numberText = fc.oneof(
  fc.constantFrom('0', '-0', '3.0', '1E3', '0.50', '1e400', '1e-400', '12345678901234567890'),
  fc.constantFrom('0.1000000000000000000001', '9007199254740993', '-1.5e-7', '42'),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
);
const scalar: fc.Arbitrary<Pair> = fc.oneof(
  numberText.map((text): Pair => [text, JSON.stringify(`#n:${text}`)]),
  fc
    .constantFrom('true', 'false', 'null', '"\\u00e9\\n"', '"\\ud83d\\ude00"', '"\\udc00"')
    .map((text): Pair => [text, text]),
  fc
    .string({ unit: 'binary', maxLength: 6 })
    .filter((s) => !s.includes('#'))
    .map((s): Pair => [JSON.stringify(s), JSON.stringify(s)]),
);

function join(pairs: readonly Pair[], separators: readonly string[]): Pair {
  return [
    pairs.map((pair, i) => `${separators[i] ?? ''}${pair[0]}`).join(','),
    pairs.map((pair) => pair[1]).join(','),
  ];
}

const { value: pairedJson } = fc.letrec<{ value: Pair; array: Pair; object: Pair }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    tie('array'),
    tie('object'),
  ),
  array: fc
    .tuple(fc.array(tie('value'), { maxLength: 4 }), fc.array(space, { minLength: 5 }), space)
    .map(([items, separators, end]): Pair => {
      const [text, marked] = join(items, separators);
      return [`[${text}${end}]`, `[${marked}]`];
    }),
  object: fc
    .tuple(
      fc.array(fc.tuple(nameText, space, tie('value')), { maxLength: 6 }),
      fc.array(space, { minLength: 7 }),
      space,
    )
    .map(([members, separators, end]): Pair => {
      const pairs = members.map(([name, gap, [text, marked]]): Pair => [
        `${name}${gap}:${gap}${text}`,
        `${name}:${marked}`,
      ]);
      const [text, marked] = join(pairs, separators);
      return [`{${text}${end}}`, `{${marked}}`];
    }),
}));

describe('agreement with JSON.parse on repeated and array-index names', () => {
  it('parseJson builds the value JSON.parse builds, key order included', () => {
    fc.assert(
      fc.property(pairedJson, ([text]) => expectAgreement(text)),
      RUNS,
    );
  });

  it('compactJson is JSON.stringify(JSON.parse(text)) with numbers as written', () => {
    fc.assert(
      fc.property(pairedJson, ([text, marked]) => {
        const expected = JSON.stringify(JSON.parse(marked)).replace(/"#n:([^"]*)"/g, '$1');
        const result = compactJson(text);
        expect(result.ok && result.text).toBe(expected);
      }),
      RUNS,
    );
  });
});

/** parseJson and compactJson never throw, and accept exactly what JSON.parse accepts. */
function expectSameVerdict(text: string): void {
  const result = parseJson(text);
  expect(result.ok).toBe(engineAccepts(text));
  if (result.ok) {
    expectAgreement(text);
    return;
  }
  const { error } = result;
  expect(error.offset).toBeGreaterThanOrEqual(0);
  expect(error.offset).toBeLessThanOrEqual(text.length);
  expect(lineColumn(text, error.offset)).toEqual({ line: error.line, column: error.column });
  if (error.found !== undefined) {
    const point = text.codePointAt(error.offset);
    expect(error.found).toBe(point === undefined ? 'end' : String.fromCodePoint(point));
  }
  expect(compactJson(text)).toEqual({ ok: false, error });
}

const jsonChars = [...'{}[],:"\\/ \n\r\t0123456789.eE+-truefalsnu\u0000\u001f\u00a0\ud800x'];

describe('agreement with JSON.parse on arbitrary text', () => {
  it('any fc.string()', () => {
    fc.assert(fc.property(fc.string(), expectSameVerdict), RUNS);
  });

  it('any string of JSON-ish characters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...jsonChars), maxLength: 30 }),
        expectSameVerdict,
      ),
      { numRuns: 2000 },
    );
  });

  it('valid JSON with one character deleted, inserted or replaced', () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom(...jsonChars), fc.constantFrom(0, 1, 2))
      .map(([text, at, char, edit]) => {
        const i = at % (text.length + 1);
        if (edit === 0) return text.slice(0, i) + text.slice(i + 1);
        if (edit === 1) return text.slice(0, i) + char + text.slice(i);
        return text.slice(0, i) + char + text.slice(i + 1);
      });
    fc.assert(fc.property(mutated, expectSameVerdict), { numRuns: 2000 });
  });
});
