import { describe, expect, it } from 'vitest';
import { rowsOf } from './LargeTextView';

const all = (rows: ReturnType<typeof rowsOf>) =>
  Array.from({ length: rows.count }, (_, row) => [rows.start(row), rows.end(row)]);

describe('rowsOf', () => {
  it('cuts one unbroken text into rows of perLine characters', () => {
    expect(all(rowsOf(10, 4))).toEqual([
      [0, 4],
      [4, 8],
      [8, 10],
    ]);
  });

  it('cuts a text of lines at its line breaks first, a long line into rows, an empty line into one', () => {
    const text = 'ab\n\nabcdefghij\nx';
    const starts = [0, 3, 4, 15];
    const rows = all(rowsOf(text.length, 4, starts));
    expect(rows).toEqual([
      [0, 2],
      [3, 3],
      [4, 8],
      [8, 12],
      [12, 14],
      [15, 16],
    ]);
    expect(rows.map(([start, end]) => text.slice(start, end))).toEqual([
      'ab',
      '',
      'abcd',
      'efgh',
      'ij',
      'x',
    ]);
  });
});
