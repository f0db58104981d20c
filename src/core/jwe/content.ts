/** Content encryption by `enc` family (RFC 7518 §5): AES-GCM or AES-CBC with HMAC. */
import type { ContentEncryptionAlgorithm } from './algorithms';
import { aesCbcHmacDecrypt, aesCbcHmacEncrypt } from './aes-cbc-hmac';
import { aesGcmDecrypt, aesGcmEncrypt, type Sealed } from './aes-gcm';

export type { Sealed } from './aes-gcm';

export function encryptContent(
  enc: ContentEncryptionAlgorithm,
  cek: Uint8Array,
  iv: Uint8Array,
  aad: Uint8Array,
  plaintext: Uint8Array,
): Promise<Sealed> {
  return enc.family === 'aes-gcm'
    ? aesGcmEncrypt(enc, cek, iv, aad, plaintext)
    : aesCbcHmacEncrypt(enc, cek, iv, aad, plaintext);
}

export type Opened =
  | { readonly ok: true; readonly plaintext: Uint8Array }
  | { readonly ok: false; readonly code: 'JWE_TAG_MISMATCH' | 'JWE_CONTENT_DECRYPT_FAILED' };

export async function decryptContent(
  enc: ContentEncryptionAlgorithm,
  cek: Uint8Array,
  iv: Uint8Array,
  aad: Uint8Array,
  ciphertext: Uint8Array,
  tag: Uint8Array,
): Promise<Opened> {
  if (enc.family === 'aes-gcm') {
    const plaintext = await aesGcmDecrypt(enc, cek, iv, aad, ciphertext, tag);
    return plaintext ? { ok: true, plaintext } : { ok: false, code: 'JWE_TAG_MISMATCH' };
  }
  const opened = await aesCbcHmacDecrypt(enc, cek, iv, aad, ciphertext, tag);
  if (opened.ok) return opened;
  return {
    ok: false,
    code: opened.reason === 'tag-mismatch' ? 'JWE_TAG_MISMATCH' : 'JWE_CONTENT_DECRYPT_FAILED',
  };
}
