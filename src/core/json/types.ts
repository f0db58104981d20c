/**
 * Results of reading JSON text (RFC 8259), as data. Offsets, lines and columns count UTF-16
 * code units, like JavaScript string indices, so the page can point into the text it shows.
 */

/** Keys and array indices from the top-level value down to a place in it. */
export type JsonPath = readonly (string | number)[];

/**
 * A number whose JavaScript value does not tell the whole story of what was written
 * (RFC 8259 §6 leaves precision to implementations; I-JSON, RFC 7493 §2.2, warns about it).
 */
export interface JsonNumberNote {
  /** Where the number is, e.g. `['id']` or `['aud', 2]`. */
  readonly path: JsonPath;
  /** The number exactly as written. */
  readonly text: string;
  /** Offset of the number's first character. */
  readonly offset: number;
  /**
   * - `unsafe-integer`: an integer literal (no fraction, no exponent) outside
   *   `Number.MIN_SAFE_INTEGER..Number.MAX_SAFE_INTEGER`; its JavaScript value may be rounded.
   * - `lossy`: a literal with a fraction or an exponent whose value is not what was written:
   *   the shortest digits of the JavaScript value differ (`0.1000000000000000000001`), or it
   *   overflows to Infinity (`1e400`) or underflows to 0 (`1e-400`).
   * - `not-canonical`: the value is exact but `JSON.stringify` writes it differently
   *   (`3.0`, `1E3`, `1e2`, `-0`, `0.50`).
   */
  readonly kind: 'unsafe-integer' | 'lossy' | 'not-canonical';
}

/**
 * A member name seen again in the same object. RFC 8259 §4: names SHOULD be unique, and
 * RFC 7515 §4 / RFC 7519 §4 require JOSE header and claim names to be; JSON.parse keeps the
 * last value at the position of the first.
 */
export interface JsonDuplicateKey {
  /** Path of the object holding the key (`[]` for the top-level object). */
  readonly path: JsonPath;
  readonly key: string;
  /** Offset of the repeated occurrence's opening quote. */
  readonly offset: number;
}

/**
 * What was expected where parsing stopped:
 * - `value`, `string` (a member name), `:`, `,-or-}`, `,-or-]`, `end` (nothing more after
 *   the top-level value): structure, RFC 8259 §2, §4, §5;
 * - `"` (a string is not closed), `escape` (after `\`, or a control character that must be
 *   escaped), `hex-digit` (in `\uXXXX`): strings, RFC 8259 §7;
 * - `digit`: numbers, RFC 8259 §6;
 * - `true`, `false`, `null`: a misspelled literal name, RFC 8259 §3.
 */
export type JsonExpected =
  | 'value'
  | 'string'
  | ':'
  | ',-or-}'
  | ',-or-]'
  | 'end'
  | '"'
  | 'escape'
  | 'hex-digit'
  | 'digit'
  | 'true'
  | 'false'
  | 'null';

export interface JsonSyntaxError {
  /**
   * - `JSON_SYNTAX`: the text is not JSON;
   * - `JSON_TOO_DEEP`: objects and arrays nest deeper than `maxDepth` (RFC 8259 §9 lets a
   *   parser limit nesting); `offset` is the bracket that opens one level too many;
   * - `JSON_EMPTY`: nothing but white space; `offset` is the end of the text.
   */
  readonly code: 'JSON_SYNTAX' | 'JSON_TOO_DEEP' | 'JSON_EMPTY';
  readonly offset: number;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
  readonly column: number;
  readonly expected?: JsonExpected;
  /** The character found (a whole code point), or `end` at the end of the text. */
  readonly found?: string;
}

export interface JsonParseOptions {
  /**
   * How deeply objects and arrays may nest: 256 unless given, `Infinity` for no limit (the
   * reader keeps its own stack, so any depth is safe). Not a number >= 0: a RangeError.
   */
  readonly maxDepth?: number;
}

export type JsonParseResult =
  | {
      readonly ok: true;
      readonly value: unknown;
      readonly numbers: readonly JsonNumberNote[];
      readonly duplicateKeys: readonly JsonDuplicateKey[];
    }
  | { readonly ok: false; readonly error: JsonSyntaxError };

export type JsonCompactResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: JsonSyntaxError };

export const DEFAULT_MAX_DEPTH = 256;
