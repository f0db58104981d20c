/**
 * Property tests of prettyJson on JSON written in random styles (__fixtures__/styled-json.ts):
 * the layout is the engine's JSON.stringify(value, null, 2) with every token as written, the
 * way back (compactJson) gives the bytes the input gives, and invalid text fails as parseJson.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedPretty, styledJson } from './__fixtures__/styled-json';
import { compactJson } from './compact';
import { parseJson } from './parse';
import { prettyJson } from './pretty';

const RUNS = { numRuns: 1000 };

function pretty(text: string): string {
  const result = prettyJson(text);
  if (!result.ok) throw new Error(`rejected valid JSON: ${JSON.stringify(result.error)}`);
  return result.text;
}

/** What parseJson says of a text, offsets left out (they move with the layout). */
function parsedWithoutOffsets(text: string) {
  const result = parseJson(text);
  if (!result.ok) throw new Error(`rejected valid JSON: ${JSON.stringify(result.error)}`);
  return {
    value: result.value,
    numbers: result.numbers.map(({ path, text, kind }) => ({ path, text, kind })),
    duplicateKeys: result.duplicateKeys.map(({ path, key }) => ({ path, key })),
  };
}

describe("prettyJson and the engine's JSON.stringify", () => {
  it('JSON.stringify(v) laid out is JSON.stringify(v, null, 2), which stays as it is', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        const indented = JSON.stringify(value, null, 2);
        expect(pretty(JSON.stringify(value))).toBe(indented);
        expect(pretty(indented)).toBe(indented);
      }),
      RUNS,
    );
  });
});

describe('prettyJson on JSON in random styles', () => {
  it('the generator writes JSON the engine accepts, with numbers and escapes written oddly', () => {
    const samples = fc.sample(styledJson, { numRuns: 300, seed: 1 });
    for (const { text } of samples) expect(() => JSON.parse(text)).not.toThrow();
    const all = samples.map((s) => s.text).join('');
    for (const form of ['\\u', '\\/', 'E', 'e-', '.0', '\r', '\t', '"\\u0061"']) {
      expect(all, form).toContain(form);
    }
    const notes = samples.map((s) => parseJson(s.text)).filter((r) => r.ok && r.numbers.length > 0);
    expect(notes.length).toBeGreaterThan(10);
  });

  it("is the engine's JSON.stringify(value, null, 2) layout with each token as written", () => {
    fc.assert(
      fc.property(styledJson, (sample) => {
        expect(pretty(sample.text)).toBe(expectedPretty(sample));
      }),
      RUNS,
    );
  });

  it('compactJson of the pretty text is compactJson of the input (what the page signs)', () => {
    fc.assert(
      fc.property(styledJson, ({ text }) => {
        const back = compactJson(pretty(text));
        expect(back.ok).toBe(true);
        expect(back).toEqual(compactJson(text));
      }),
      RUNS,
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(styledJson, ({ text }) => {
        const once = pretty(text);
        expect(pretty(once)).toBe(once);
      }),
      RUNS,
    );
  });

  it('parseJson of the pretty text gives the same value, number texts and repeated names', () => {
    fc.assert(
      fc.property(styledJson, ({ text }) => {
        const laidOut = parsedWithoutOffsets(pretty(text));
        // toEqual tells -0 from 0; JSON.stringify checks the key order at every level.
        expect(laidOut).toEqual(parsedWithoutOffsets(text));
        expect(JSON.stringify(laidOut.value)).toBe(JSON.stringify(JSON.parse(text)));
      }),
      RUNS,
    );
  });

  it('changes white space between tokens only', () => {
    // Outside strings, RFC 8259 §2's four white space characters are all the layout touches.
    const tokens = (text: string) => text.replace(/("(?:[^"\\]|\\.)*")|[ \t\n\r]+/g, '$1');
    fc.assert(
      fc.property(styledJson, ({ text }) => {
        expect(tokens(pretty(text))).toBe(tokens(text));
      }),
      RUNS,
    );
  });
});

/** JSON-ish characters, as agreement.test.ts uses, for text that is mostly almost JSON. */
const jsonChars = [...'{}[],:"\\/ \n\r\t0123456789.eE+-truefalsnu\u0000\u001f\ud800x'];

describe('prettyJson on invalid text', () => {
  const sameAsParseJson = (text: string) => {
    const parsed = parseJson(text);
    const result = prettyJson(text);
    if (parsed.ok) expect(result.ok).toBe(true);
    else expect(result).toEqual({ ok: false, error: parsed.error });
  };

  it("fails where parseJson fails, with parseJson's error, on any string", () => {
    fc.assert(fc.property(fc.string(), sameAsParseJson), RUNS);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...jsonChars), maxLength: 30 }),
        sameAsParseJson,
      ),
      { numRuns: 2000 },
    );
  });

  it('fails where parseJson fails on styled JSON with one character deleted, added or changed', () => {
    const mutated = fc
      .tuple(styledJson, fc.nat(), fc.constantFrom(...jsonChars), fc.constantFrom(0, 1, 2))
      .map(([{ text }, at, char, edit]) => {
        const i = at % (text.length + 1);
        if (edit === 0) return text.slice(0, i) + text.slice(i + 1);
        if (edit === 1) return text.slice(0, i) + char + text.slice(i);
        return text.slice(0, i) + char + text.slice(i + 1);
      });
    fc.assert(fc.property(mutated, sameAsParseJson), { numRuns: 2000 });
  });

  it('fails where parseJson fails past a depth limit, at the same bracket', () => {
    fc.assert(
      fc.property(styledJson, fc.nat({ max: 4 }), ({ text }, maxDepth) => {
        const parsed = parseJson(text, { maxDepth });
        const result = prettyJson(text, { maxDepth });
        if (parsed.ok) expect(result).toEqual({ ok: true, text: pretty(text) });
        else expect(result).toEqual({ ok: false, error: parsed.error });
      }),
      RUNS,
    );
  });
});
