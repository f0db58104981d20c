/**
 * Canonical base64url (RFC 4648 §3.5): the bits of a last partial group that no byte uses must
 * be zero. `QR` and `QQ` both decode to `A`; only `QQ` is what an encoder writes, and a token
 * must have one spelling (RFC 7515 §2, §5.2 step 2), or one signature covers several texts.
 */

export const URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export interface NonCanonicalEnd {
  /** Offset of the last character in the text. */
  readonly offset: number;
  readonly char: string;
  /** The character a canonical encoder writes in its place. */
  readonly canonical: string;
}

/** Unused low bits of the last character: four after one byte, two after two, else none. */
function unusedBitsMask(length: number): number {
  const rest = length % 4;
  return rest === 2 ? 0b1111 : rest === 3 ? 0b11 : 0;
}

/**
 * Where valid base64url text (URL alphabet, no padding, length not 4n+1) is not canonical:
 * its last character, with the one that should be there. Undefined when it is canonical.
 */
export function nonCanonicalEnd(text: string): NonCanonicalEnd | undefined {
  const mask = unusedBitsMask(text.length);
  if (mask === 0) return undefined;
  const offset = text.length - 1;
  const char = text[offset]!;
  const sextet = URL_ALPHABET.indexOf(char);
  if (sextet < 0 || (sextet & mask) === 0) return undefined;
  return { offset, char, canonical: URL_ALPHABET[sextet & ~mask]! };
}
