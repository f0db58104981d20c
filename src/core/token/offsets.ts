/**
 * Where a character of the cleaned token text is in the text as the user typed it. Cleaning
 * removes characters (a `Bearer ` prefix, quotes, line breaks inside) or replaces three with
 * one (`%2E` becomes `.`), so the map is piecewise: from each `clean` offset on, until the
 * next, a character is `shift` characters further on in the text as given.
 */
export interface OffsetMap {
  /** Ascending clean offsets where the shift changes; the first is 0. */
  readonly clean: readonly number[];
  readonly shift: readonly number[];
}

export const IDENTITY: OffsetMap = { clean: [0], shift: [0] };

/**
 * The map of a text made from the given one by keeping runs of it: each run starts at `from`
 * in the given text and is `length` characters once cleaned, each standing for `width` given
 * characters (1, or 3 where `%2E` became `.`).
 */
export function fromRuns(
  runs: readonly { readonly from: number; readonly length: number; readonly width: number }[],
): OffsetMap {
  const clean: number[] = [];
  const shift: number[] = [];
  let at = 0;
  for (const run of runs) {
    if (run.width === 1) {
      clean.push(at);
      shift.push(run.from - at);
      at += run.length;
    } else {
      for (let k = 0; k < run.length; k++) {
        clean.push(at);
        shift.push(run.from + k * run.width - at);
        at += 1;
      }
    }
  }
  return clean.length === 0 ? IDENTITY : { clean, shift };
}

/** The offset in the given text of the clean text's character at `offset`. */
export function givenOffset(map: OffsetMap, offset: number): number {
  const { clean, shift } = map;
  let low = 0;
  let high = clean.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (clean[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return offset + shift[low]!;
}
