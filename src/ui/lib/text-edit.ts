/**
 * Insertions into a textarea computed by the page rather than the browser. A textarea lays out
 * all of its text to make an edit; for a text of megabytes that is over 100 ms, while computing
 * the new text and setting it lays out nothing (docs/performance.md).
 */

export interface TextState {
  readonly value: string;
  readonly selectionStart: number;
  readonly selectionEnd: number;
}

const INSERTIONS = new Set([
  'insertText',
  'insertFromPaste',
  'insertFromDrop',
  'insertReplacementText',
]);

/**
 * The text after an insertion (typing, a paste, a drop, Playwright's fill()) replaces the
 * selection with `data`, for an `InputEvent` of that `inputType`; undefined for the other
 * input types (deletions, formatting, undo), which are the browser's to make.
 */
export function afterInsertion(
  state: TextState,
  inputType: string,
  data: string | null | undefined,
): string | undefined {
  if (!INSERTIONS.has(inputType) || data === null || data === undefined) return undefined;
  const { value, selectionStart, selectionEnd } = state;
  return value.slice(0, selectionStart) + data + value.slice(selectionEnd);
}
