/**
 * The indented text together with where each of its characters came from, so that a place
 * in the text the page shows (a diagnostic's offset) can be pointed at in the token's bytes.
 */
import { prettyJson, type JsonPrettyOptions, type JsonPrettyResult } from './pretty';

export type JsonPrettyMapResult =
  | {
      readonly ok: true;
      readonly text: string;
      /**
       * `sourceOffsets[i]` is the offset in the input of `text[i]`. A character the layout
       * added (a line break, indentation, the space after `:`) maps to the offset of the next
       * character that is in the input. `sourceOffsets[text.length]` is the end of the input's
       * value, before any white space after it.
       */
      readonly sourceOffsets: Uint32Array;
    }
  | Extract<JsonPrettyResult, { readonly ok: false }>;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** prettyJson, and for each offset of its text the offset in `text` it was copied from. */
export function prettyJsonWithMap(
  text: string,
  options: JsonPrettyOptions = {},
): JsonPrettyMapResult {
  const result = prettyJson(text, options);
  if (!result.ok) return result;
  return { ok: true, text: result.text, sourceOffsets: sourceOffsets(text, result.text) };
}

/**
 * Walks both texts at once. They hold the same tokens, brackets, commas and colons in the
 * same order (prettyJson changes only the white space between them, RFC 8259 §2), and white
 * space inside a string is part of the string, copied as is.
 */
function sourceOffsets(source: string, pretty: string): Uint32Array {
  const offsets = new Uint32Array(pretty.length + 1);
  let i = skipSpace(source, 0);
  let j = 0;
  while (j < pretty.length) {
    const c = pretty.charCodeAt(j);
    if (isSpace(c)) {
      offsets[j++] = i;
      continue;
    }
    offsets[j++] = i++;
    if (c === QUOTE) {
      // The string's text up to its closing quote; an escaped character is never the end.
      while (j < pretty.length) {
        const d = pretty.charCodeAt(j);
        offsets[j++] = i++;
        if (d === QUOTE) break;
        if (d === BACKSLASH) offsets[j++] = i++;
      }
    }
    i = skipSpace(source, i);
  }
  offsets[pretty.length] = trimEnd(source, i);
  return offsets;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The end of the text before the white space that ends at `end`. */
function trimEnd(text: string, end: number): number {
  let i = end;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}
