/**
 * Base64url (RFC 4648 §5, without padding as RFC 7515 §2 requires) and standard base64.
 * The strict decoder reports the first offending character instead of guessing, and tells
 * standard base64 (`+`, `/`, `=`) apart so the page can say "this is base64, not base64url".
 */

const URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
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
  | { readonly code: 'BASE64URL_BAD_LENGTH'; readonly offset: number; readonly length: number };

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

/** Unpadded base64url. */
export function encodeBase64url(bytes: Uint8Array): string {
  return encodeBase64(bytes).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
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

/** Strict base64url: unpadded, URL alphabet only. The first problem found is reported. */
export function decodeBase64url(text: string): DecodeResult {
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && URL_TABLE[c]! >= 0) continue;
    const char = String.fromCodePoint(text.codePointAt(i)!);
    if (char === '+' || char === '/') {
      return { ok: false, problem: { code: 'BASE64URL_STANDARD_ALPHABET', offset: i, char } };
    }
    if (char === '=') return { ok: false, problem: { code: 'BASE64URL_PADDING', offset: i, char } };
    return { ok: false, problem: { code: 'BASE64URL_INVALID_CHAR', offset: i, char } };
  }
  if (length % 4 === 1) {
    return { ok: false, problem: { code: 'BASE64URL_BAD_LENGTH', offset: length - 1, length } };
  }
  return { ok: true, bytes: sextetsToBytes(text, length, URL_TABLE) };
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

/** Decodes base64url, throwing; for values the code itself produced or already checked. */
export function base64urlToBytes(text: string): Uint8Array {
  const result = decodeBase64url(text);
  if (!result.ok) throw new TypeError(`not base64url: ${result.problem.code}`);
  return result.bytes;
}
