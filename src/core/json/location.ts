/**
 * Line and column of an offset, for pointing at a place in JSON text an editor shows.
 * Lines end at `\n`, `\r\n` or `\r` (the line ends RFC 8259 §2 allows as white space).
 */

/**
 * 1-based line and column (in UTF-16 code units) of `offset`, clamped to `0..text.length`.
 * An offset on the `\n` of `\r\n` is on the line that `\r\n` ends.
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(text.length, Math.floor(offset) || 0));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d) continue;
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
      if (i + 1 === end) break;
      i++;
    }
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
