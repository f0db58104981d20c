import { describe, expect, it } from 'vitest';
import { afterInsertion } from './text-edit';

const at = (value: string, selectionStart: number, selectionEnd = selectionStart) => ({
  value,
  selectionStart,
  selectionEnd,
});

describe('afterInsertion', () => {
  it('puts typed, pasted and dropped text in place of the selection', () => {
    for (const type of ['insertText', 'insertFromPaste', 'insertFromDrop', 'insertReplacementText'])
      expect(afterInsertion(at('abcdef', 2, 4), type, 'XY')).toBe('abXYef');
    expect(afterInsertion(at('abc', 3), 'insertText', 'd')).toBe('abcd');
    expect(afterInsertion(at('abc', 0), 'insertFromPaste', '😀')).toBe('😀abc');
  });

  it('replaces everything when everything is selected, as fill() and a paste over it do', () => {
    expect(afterInsertion(at('old token', 0, 9), 'insertText', 'new')).toBe('new');
  });

  it('leaves deletions, undo and insertions without text to the browser', () => {
    expect(afterInsertion(at('abc', 1, 2), 'deleteContentBackward', null)).toBeUndefined();
    expect(afterInsertion(at('abc', 0, 3), 'deleteByCut', null)).toBeUndefined();
    expect(afterInsertion(at('abc', 1), 'historyUndo', null)).toBeUndefined();
    expect(afterInsertion(at('abc', 1), 'insertText', null)).toBeUndefined();
    expect(afterInsertion(at('abc', 1), 'insertLineBreak', null)).toBeUndefined();
  });
});
