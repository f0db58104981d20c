/** AES GCM content encryption (RFC 7518 §5.3): a 96-bit IV, a 128-bit tag. */
import type { ContentEncryptionAlgorithm } from './algorithms';
import { concatBytes, source } from './bytes';

export interface Sealed {
  readonly ciphertext: Uint8Array;
  readonly tag: Uint8Array;
}

function importCek(cek: Uint8Array, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', source(cek), 'AES-GCM', false, [usage]);
}

export async function aesGcmEncrypt(
  enc: ContentEncryptionAlgorithm,
  cek: Uint8Array,
  iv: Uint8Array,
  aad: Uint8Array,
  plaintext: Uint8Array,
): Promise<Sealed> {
  const key = await importCek(cek, 'encrypt');
  const params = {
    name: 'AES-GCM',
    iv: source(iv),
    additionalData: source(aad),
    tagLength: enc.tagBytes * 8,
  };
  const sealed = new Uint8Array(await crypto.subtle.encrypt(params, key, source(plaintext)));
  // WebCrypto appends the tag to the ciphertext; JWE keeps them as two parts.
  const split = sealed.length - enc.tagBytes;
  return { ciphertext: sealed.slice(0, split), tag: sealed.slice(split) };
}

/**
 * The plaintext, or undefined when the tag does not check out (WebCrypto's OperationError: the
 * ciphertext, IV, AAD or tag were altered, or the CEK is not the one used).
 */
export async function aesGcmDecrypt(
  enc: ContentEncryptionAlgorithm,
  cek: Uint8Array,
  iv: Uint8Array,
  aad: Uint8Array,
  ciphertext: Uint8Array,
  tag: Uint8Array,
): Promise<Uint8Array | undefined> {
  const key = await importCek(cek, 'decrypt');
  const params = {
    name: 'AES-GCM',
    iv: source(iv),
    additionalData: source(aad),
    tagLength: enc.tagBytes * 8,
  };
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(params, key, source(concatBytes(ciphertext, tag))),
    );
  } catch (error) {
    if (error instanceof Error && error.name === 'OperationError') return undefined;
    throw error;
  }
}
