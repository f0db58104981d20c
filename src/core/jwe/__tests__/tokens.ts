/** Helpers the JWE tests share: altering a token's parts and key texts for vectors. */
import { decodeBase64url, encodeBase64url } from '../../encoding/base64url';
import type { JweVector } from '../__fixtures__';
import { decryptJwe } from '../decrypt';
import { encryptJwe } from '../encrypt';
import { parseJwe } from '../parse';

export const PART_NAMES = ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag'] as const;
export type PartName = (typeof PART_NAMES)[number];

export function bytesOf(base64url: string): Uint8Array {
  const decoded = decodeBase64url(base64url);
  if (!decoded.ok) throw new Error(`not base64url: ${base64url}`);
  return decoded.bytes;
}

/** The token with one bit of one part's octets flipped (the part re-encoded). */
export function flipBit(token: string, part: PartName, bit = 0, byteIndex?: number): string {
  const segments = token.split('.');
  const index = PART_NAMES.indexOf(part);
  const bytes = bytesOf(segments[index]!).slice();
  if (bytes.length === 0) throw new Error(`part ${part} is empty`);
  const at = byteIndex ?? Math.floor(bytes.length / 2);
  bytes[at] = bytes[at]! ^ (1 << bit);
  segments[index] = encodeBase64url(bytes);
  return segments.join('.');
}

export function replacePart(token: string, part: PartName, text: string): string {
  const segments = token.split('.');
  segments[PART_NAMES.indexOf(part)] = text;
  return segments.join('.');
}

/** The key text a vector decrypts with: its password, private JWK or symmetric JWK. */
export function vectorKeyText(vector: JweVector): string {
  const keys = vector.keys;
  if (!keys) throw new Error(`${vector.id} has no top-level keys`);
  if (keys.password !== undefined) return keys.password;
  const jwk = keys.private_jwk ?? keys.symmetric_jwk;
  if (!jwk) throw new Error(`${vector.id} has no private or symmetric key`);
  return JSON.stringify(jwk);
}

export const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
export const utf8 = (value: string): Uint8Array => new TextEncoder().encode(value);

/** Our engine's compact JWE of `plaintext` for a header object and a key text; throws if none. */
export async function encryptToken(
  header: Record<string, unknown>,
  key: string,
  plaintext = 'hello',
): Promise<string> {
  const made = await encryptJwe({
    protectedHeader: JSON.stringify(header),
    plaintext: utf8(plaintext),
    key,
  });
  if (made.status !== 'encrypted') throw new Error(JSON.stringify(made));
  return made.token;
}

export async function decryptToken(token: string, key: string) {
  return decryptJwe(parseJwe(token), key);
}
