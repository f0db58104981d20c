import { describe, expect, it } from 'vitest';
import { TextBuilder, unitsToString } from './text-builder';

describe('TextBuilder', () => {
  it('returns the source itself when one range covers it', () => {
    const source = '{"a":1}';
    const builder = new TextBuilder(source);
    builder.appendRange(0, source.length);
    expect(builder.toString()).toBe(source);
  });

  it('gives the same text past the switch from slices to a buffer', () => {
    const source = 'ab cd\n'.repeat(2000);
    const builder = new TextBuilder(source);
    let expected = '';
    for (let i = 0; i < source.length; i += 3) {
      builder.appendRange(i, i + 2);
      expected += source.slice(i, i + 2);
      if (i % 600 === 0) {
        // Longer than what it replaces, so the buffer must grow.
        builder.append('\\ud800'.repeat(50));
        expected += '\\ud800'.repeat(50);
      }
    }
    builder.appendRange(5, 5);
    expect(builder.toString()).toBe(expected);
  });
});

/** `"\uD800"` as `d800`, for a message that shows which units failed. */
const hex = (text: string) =>
  Array.from({ length: text.length }, (_, i) => text.charCodeAt(i).toString(16)).join(' ');

describe('unitsToString', () => {
  it('converts more code units than one call takes, surrogate pairs across chunks', () => {
    const text = 'x' + '\u{1F600}'.repeat(20_000);
    const all = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) all[i] = text.charCodeAt(i);
    expect(unitsToString(all, text.length)).toBe(text);
    expect(unitsToString(all, 3)).toBe(text.slice(0, 3));
  });

  it('keeps lone surrogates anywhere in long text, which TextDecoder would replace', () => {
    const pieces = ['\uD800', '\uDC00', '\uDBFF', 'a\uDFFF', '\uDE00\uD83D', '\uD83D\uDE00', 'é'];
    for (const piece of pieces) {
      for (const [before, after] of [
        [0, 10_000],
        [5000, 5000],
        [10_000, 0],
      ] as const) {
        const text = 'x'.repeat(before) + piece + 'y'.repeat(after);
        const units = new Uint16Array(text.length);
        for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
        // toBe on strings with lone surrogates prints badly; compare, then say where.
        expect(unitsToString(units, text.length) === text, `${hex(piece)} at ${before}`).toBe(true);
      }
    }
  });
});
