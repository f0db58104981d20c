/**
 * PBES2 key wrapping (RFC 7518 §4.8): PBKDF2 with HMAC-SHA-2 derives the key-wrapping key from
 * a password, salted with UTF8(alg) || 0x00 || p2s, over p2c iterations; AES-KW wraps the CEK.
 */
import { utf8Encode } from '../encoding/utf8';
import type { KeyManagementAlgorithm } from './algorithms';
import { concatBytes, source } from './bytes';

/** Decryption refuses more iterations than this: a token must not cost the page seconds. */
export const P2C_CAP = 1_200_000;
/** Above this, a warning: the cost falls on every recipient (JWT BCP update). */
export const P2C_WARN = 310_000;
/** RFC 7518 §4.8.1.1: a salt input of 8 or more octets MUST be used. */
export const P2S_MIN_BYTES = 8;
/**
 * Iterations the page uses when the header names none: RFC 7518 §4.8.1.2 recommends at least
 * 1000, and jose's default limit for decryption (maxPBES2Count) is 10,000, so a token the page
 * makes decrypts in a default jose setup.
 */
export const P2C_DEFAULT = 10_000;

/** The PBKDF2 salt: UTF8(alg) || 0x00 || p2s (§4.8.1.1). */
export function pbes2Salt(alg: KeyManagementAlgorithm, p2s: Uint8Array): Uint8Array {
  return concatBytes(utf8Encode(alg.alg), new Uint8Array(1), p2s);
}

/** The key-wrapping key, `alg.kwBits` long. */
export async function pbes2Key(
  alg: KeyManagementAlgorithm,
  password: Uint8Array,
  p2s: Uint8Array,
  p2c: number,
): Promise<Uint8Array> {
  const base = await crypto.subtle.importKey('raw', source(password), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const params = {
    name: 'PBKDF2',
    hash: alg.hash!,
    salt: source(pbes2Salt(alg, p2s)),
    iterations: p2c,
  };
  return new Uint8Array(await crypto.subtle.deriveBits(params, base, alg.kwBits!));
}

export type P2cCheck = 'ok' | 'invalid' | 'over-cap' | 'high';

/** Whether p2c is a positive integer within the cap. */
export function checkP2c(p2c: unknown): P2cCheck {
  if (typeof p2c !== 'number' || !Number.isSafeInteger(p2c) || p2c < 1) return 'invalid';
  if (p2c > P2C_CAP) return 'over-cap';
  return p2c > P2C_WARN ? 'high' : 'ok';
}
