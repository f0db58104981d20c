import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { styledJson } from './__fixtures__/styled-json';
import { prettyJson } from './pretty';
import { prettyJsonWithMap } from './pretty-map';

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

describe('prettyJsonWithMap', () => {
  it('maps each character to its offset in the input, added white space to the next one', () => {
    const text = ' {"a" :\r\n[1,"x y"]} ';
    const result = prettyJsonWithMap(text);
    expect(result.ok && result.text).toBe('{\n  "a": [\n    1,\n    "x y"\n  ]\n}');
    if (!result.ok) return;
    const where = (char: string, nth = 0) => {
      let at = -1;
      for (let k = 0; k <= nth; k++) at = result.text.indexOf(char, at + 1);
      return result.sourceOffsets[at];
    };
    expect(where('{')).toBe(1);
    expect(where('"')).toBe(2); // the name's opening quote
    expect(where(':')).toBe(6);
    expect(where('[')).toBe(9);
    expect(where('1')).toBe(10);
    expect(where('x')).toBe(13);
    // The space inside "x y" is the input's own.
    expect(result.sourceOffsets[result.text.indexOf('x y') + 1]).toBe(14);
    expect(where('}')).toBe(18);
    // The line break and indentation before `1` point at the `1`.
    expect(Array.from(result.sourceOffsets.subarray(10, 15))).toEqual([10, 10, 10, 10, 10]);
    expect(result.sourceOffsets[result.text.length]).toBe(19);
    expect(result.sourceOffsets).toHaveLength(result.text.length + 1);
  });

  it("gives prettyJson's text and errors", () => {
    for (const text of ['{"a":1}', '[1,', '', '[[[]]]']) {
      const mapped = prettyJsonWithMap(text, { maxDepth: 2 });
      const plain = prettyJson(text, { maxDepth: 2 });
      if (plain.ok) expect(mapped).toMatchObject(plain);
      else expect(mapped).toEqual(plain);
    }
    expect(prettyJsonWithMap('[1,2]', { maxLength: 3 })).toEqual(
      prettyJson('[1,2]', { maxLength: 3 }),
    );
  });

  it('on JSON in random styles: copied characters in order, every other input character white space', () => {
    fc.assert(
      fc.property(styledJson, ({ text }) => {
        const result = prettyJsonWithMap(text);
        if (!result.ok) throw new Error('rejected valid JSON');
        const { text: laidOut, sourceOffsets } = result;
        const copied = new Set<number>();
        let last = -1;
        let pendingSpace: number[] = [];
        for (let j = 0; j < laidOut.length; j++) {
          const offset = sourceOffsets[j]!;
          if (text[offset] === laidOut[j]) {
            // A copied character: the input's characters are used once each, in order.
            expect(offset).toBeGreaterThan(last);
            last = offset;
            copied.add(offset);
            for (const k of pendingSpace) expect(sourceOffsets[k]).toBe(offset);
            pendingSpace = [];
          } else {
            // Added by the layout: white space, pointing at the next copied character.
            expect(isSpace(laidOut[j])).toBe(true);
            pendingSpace.push(j);
          }
        }
        expect(pendingSpace).toEqual([]);
        for (let i = 0; i < text.length; i++) {
          if (!copied.has(i))
            expect(isSpace(text[i]), `${i} of ${JSON.stringify(text)}`).toBe(true);
        }
        expect(sourceOffsets[laidOut.length]).toBe(last + 1);
      }),
      { numRuns: 500 },
    );
  });
});
