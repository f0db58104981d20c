import { describe, expect, it } from 'vitest';
import { lineColumn } from './location';

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('abc', 2)).toEqual({ line: 1, column: 3 });
    expect(lineColumn('abc', 3)).toEqual({ line: 1, column: 4 });
    expect(lineColumn('', 0)).toEqual({ line: 1, column: 1 });
  });

  it('ends lines at \\n, \\r\\n and \\r alike', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = `ab${eol}cd${eol}${eol}e`;
      const e = text.indexOf('e');
      expect(lineColumn(text, text.indexOf('c'))).toEqual({ line: 2, column: 1 });
      expect(lineColumn(text, text.indexOf('d'))).toEqual({ line: 2, column: 2 });
      expect(lineColumn(text, e)).toEqual({ line: 4, column: 1 });
      expect(lineColumn(text, e + 1)).toEqual({ line: 4, column: 2 });
    }
  });

  it('puts a line end on the line it ends, both halves of \\r\\n included', () => {
    const text = 'ab\r\ncd';
    expect(lineColumn(text, 2)).toEqual({ line: 1, column: 3 });
    expect(lineColumn(text, 3)).toEqual({ line: 1, column: 4 });
    expect(lineColumn(text, 4)).toEqual({ line: 2, column: 1 });
  });

  it('counts columns in UTF-16 code units', () => {
    // U+1F600 is two code units.
    expect(lineColumn('"\u{1F600}x"', 3)).toEqual({ line: 1, column: 4 });
  });

  it('clamps offsets outside the text', () => {
    expect(lineColumn('ab\ncd', -5)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 99)).toEqual({ line: 2, column: 3 });
    expect(lineColumn('ab\ncd', Number.NaN)).toEqual({ line: 1, column: 1 });
  });
});
