/**
 * Direct encryption (RFC 7518 §4.5): the shared symmetric key is the CEK, and the encrypted key
 * is empty (RFC 7516 §5.1 steps 5-6).
 */
import type { ContentEncryptionAlgorithm } from './algorithms';

export type DirectCek =
  | { readonly ok: true; readonly cek: Uint8Array }
  | {
      readonly ok: false;
      readonly code: 'JWE_CEK_WRONG_SIZE';
      readonly expected: number;
      readonly found: number;
    };

export function directCek(enc: ContentEncryptionAlgorithm, key: Uint8Array): DirectCek {
  // key.ts refuses a key of another size; this guards callers that build keys themselves.
  if (key.length !== enc.cekBytes) {
    return {
      ok: false,
      code: 'JWE_CEK_WRONG_SIZE',
      expected: enc.cekBytes * 8,
      found: key.length * 8,
    };
  }
  return { ok: true, cek: key };
}
