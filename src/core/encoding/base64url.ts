/**
 * Base64url (RFC 4648 §5, without padding as RFC 7515 §2 requires) and standard base64.
 * The strict decoder reports the first offending character instead of guessing, and tells
 * standard base64 (`+`, `/`, `=`) apart so the page can say "this is base64, not base64url".
 */

import { nonCanonicalEnd, URL_ALPHABET } from './base64url-canonical';
import { nativeDecode, nativeEncode } from './base64url-native';

const STD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function lookup(alphabet: string): Int16Array {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
}
const URL_TABLE = lookup(URL_ALPHABET);
const STD_TABLE = lookup(STD_ALPHABET);

export type Base64Problem =
  /** A character outside the alphabet (white space included). */
  | { readonly code: 'BASE64URL_INVALID_CHAR'; readonly offset: number; readonly char: string }
  /** `+` or `/`: standard base64, not base64url. */
  | { readonly code: 'BASE64URL_STANDARD_ALPHABET'; readonly offset: number; readonly char: string }
  /** `=` padding, which base64url in JOSE leaves out. */
  | { readonly code: 'BASE64URL_PADDING'; readonly offset: number; readonly char: '=' }
  /** A length of 4n+1 characters cannot come from any bytes. */
  | { readonly code: 'BASE64URL_BAD_LENGTH'; readonly offset: number; readonly length: number }
  /**
   * The last character has non-zero unused bits (RFC 4648 §3.5): `AB` decodes to the one byte
   * `AA` encodes, so two texts would stand for one value. `canonical` is the character the
   * encoder writes there.
   */
  | {
      readonly code: 'BASE64URL_NOT_CANONICAL';
      readonly offset: number;
      readonly char: string;
      readonly canonical: string;
    };

export interface DecodeOptions {
  /**
   * Accept a last character with non-zero unused bits, for text a person typed (an HMAC secret
   * in base64url). Every JOSE segment is decoded strictly (RFC 7515 §2 and §5.2 step 2).
   */
  readonly allowNonCanonical?: boolean;
}

export type DecodeResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly problem: Base64Problem };

const CHUNK = 0x8000;

function bytesToBinary(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return binary;
}

/** Standard base64 with padding. */
export function encodeBase64(bytes: Uint8Array): string {
  return btoa(bytesToBinary(bytes));
}

const URL_CODES = new TextEncoder().encode(URL_ALPHABET);
const asciiDecoder = new TextDecoder();

/**
 * Unpadded base64url. Written straight to ASCII bytes: going through a binary string and
 * btoa costs four times as much for large inputs (String.fromCharCode over the bytes).
 */
export function encodeBase64url(bytes: Uint8Array): string {
  const native = nativeEncode(bytes);
  if (native !== undefined) return native;
  const length = bytes.length;
  const out = new Uint8Array(Math.ceil((length * 4) / 3));
  let o = 0;
  let i = 0;
  for (; i + 3 <= length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = URL_CODES[n >> 18]!;
    out[o++] = URL_CODES[(n >> 12) & 63]!;
    out[o++] = URL_CODES[(n >> 6) & 63]!;
    out[o++] = URL_CODES[n & 63]!;
  }
  const rest = length - i;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out[o++] = URL_CODES[n >> 18]!;
    out[o++] = URL_CODES[(n >> 12) & 63]!;
    if (rest === 2) out[o++] = URL_CODES[(n >> 6) & 63]!;
  }
  return asciiDecoder.decode(out.subarray(0, o));
}

export function encodeUtf8Base64url(text: string): string {
  return encodeBase64url(new TextEncoder().encode(text));
}

/** Decodes sextets already checked against the alphabet; `length` excludes padding. */
function sextetsToBytes(text: string, length: number, table: Int16Array): Uint8Array {
  const out = new Uint8Array(Math.floor((length * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 4 <= length; i += 4) {
    const n =
      (table[text.charCodeAt(i)]! << 18) |
      (table[text.charCodeAt(i + 1)]! << 12) |
      (table[text.charCodeAt(i + 2)]! << 6) |
      table[text.charCodeAt(i + 3)]!;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 0xff;
    out[o++] = n & 0xff;
  }
  const rest = length - i;
  if (rest >= 2) {
    const n =
      (table[text.charCodeAt(i)]! << 18) |
      (table[text.charCodeAt(i + 1)]! << 12) |
      (rest === 3 ? table[text.charCodeAt(i + 2)]! << 6 : 0);
    out[o++] = n >> 16;
    if (rest === 3) out[o] = (n >> 8) & 0xff;
  }
  return out;
}

/**
 * Byte to sextet for the URL alphabet, already shifted to its place in a four-character
 * quantum, so a quantum is four look-ups ORed together; -1 for every other byte, which makes
 * the OR negative.
 */
function shiftedTable(shift: number): Int32Array {
  const table = new Int32Array(256).fill(-1);
  for (let i = 0; i < URL_ALPHABET.length; i++) table[URL_ALPHABET.charCodeAt(i)] = i << shift;
  return table;
}
const SEXTET_0 = shiftedTable(18);
const SEXTET_1 = shiftedTable(12);
const SEXTET_2 = shiftedTable(6);
const SEXTET_3 = shiftedTable(0);
const textEncoder = new TextEncoder();

/** The first character outside the URL alphabet, as a problem; for input already known bad. */
function findProblem(text: string): Base64Problem | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && URL_TABLE[c]! >= 0) continue;
    const char = String.fromCodePoint(text.codePointAt(i)!);
    if (char === '+' || char === '/')
      return { code: 'BASE64URL_STANDARD_ALPHABET', offset: i, char };
    if (char === '=') return { code: 'BASE64URL_PADDING', offset: i, char };
    return { code: 'BASE64URL_INVALID_CHAR', offset: i, char };
  }
  return undefined;
}

/**
 * Strict base64url: unpadded, URL alphabet only. The first problem found is reported.
 * The text goes to bytes first (native, and any non-ASCII becomes bytes >= 0x80): reading a
 * Uint8Array is cheaper than charCodeAt, and the alphabet check folds into the same loop.
 */
export function decodeBase64url(text: string, options: DecodeOptions = {}): DecodeResult {
  const native = nativeDecode(text);
  if (native) return { ok: true, bytes: native };
  const src = textEncoder.encode(text);
  const out = new Uint8Array(Math.floor((src.length * 3) / 4));
  const problem = decodeStrict(src, 0, src.length, text, out, 0);
  if (problem?.code === 'BASE64URL_NOT_CANONICAL' && options.allowNonCanonical) {
    return { ok: true, bytes: out };
  }
  return problem ? { ok: false, problem } : { ok: true, bytes: out };
}

/** Decodes `src[start..end)` into `out` from `at`; the first problem, if the text has one. */
function decodeStrict(
  src: Uint8Array,
  start: number,
  end: number,
  text: string,
  out: Uint8Array,
  at: number,
): Base64Problem | undefined {
  const length = end - start;
  let bad = 0;
  let o = at;
  let i = start;
  for (; i + 4 <= end; i += 4) {
    const n =
      SEXTET_0[src[i]!]! | SEXTET_1[src[i + 1]!]! | SEXTET_2[src[i + 2]!]! | SEXTET_3[src[i + 3]!]!;
    bad |= n;
    // A Uint8Array keeps the low eight bits of what is stored.
    out[o] = n >> 16;
    out[o + 1] = n >> 8;
    out[o + 2] = n;
    o += 3;
  }
  const rest = end - i;
  for (let k = i; k < end; k++) bad |= SEXTET_3[src[k]!]!;
  if (bad < 0 || length !== text.length) {
    const problem = findProblem(text);
    if (problem) return problem;
  }
  if (length % 4 === 1) return { code: 'BASE64URL_BAD_LENGTH', offset: length - 1, length };
  if (rest >= 2) {
    const n =
      SEXTET_0[src[i]!]! | SEXTET_1[src[i + 1]!]! | (rest === 3 ? SEXTET_2[src[i + 2]!]! : 0);
    out[o] = n >> 16;
    if (rest === 3) out[o + 1] = n >> 8;
    // The bits below the last whole byte must be zero (RFC 4648 §3.5).
    if ((n & (rest === 2 ? 0xffff : 0xff)) !== 0) {
      const tail = nonCanonicalEnd(text);
      if (tail) return { code: 'BASE64URL_NOT_CANONICAL', ...tail };
    }
  }
  return undefined;
}

/**
 * Standard base64 (RFC 4648 §4), padding optional. White space between characters is
 * allowed, as in PEM bodies and secrets copied from a terminal.
 */
export function decodeBase64(text: string): DecodeResult {
  const compact = text.replace(/[\t\n\r ]+/g, '');
  const end = compact.replace(/={1,2}$/, '').length;
  for (let i = 0; i < end; i++) {
    const c = compact.charCodeAt(i);
    if (c < 128 && STD_TABLE[c]! >= 0) continue;
    const char = String.fromCodePoint(compact.codePointAt(i)!);
    if (char === '=') return { ok: false, problem: { code: 'BASE64URL_PADDING', offset: i, char } };
    return { ok: false, problem: { code: 'BASE64URL_INVALID_CHAR', offset: i, char } };
  }
  if (end % 4 === 1 || (compact.length !== end && compact.length % 4 !== 0)) {
    return { ok: false, problem: { code: 'BASE64URL_BAD_LENGTH', offset: end, length: end } };
  }
  return { ok: true, bytes: sextetsToBytes(compact, end, STD_TABLE) };
}
