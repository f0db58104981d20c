/**
 * Key wrapping with AES GCM (RFC 7518 §4.7): the CEK encrypted with the key under a fresh
 * 96-bit IV, the IV and the 128-bit tag carried in the header as `iv` and `tag`.
 */
import { encodeBase64url } from '../encoding/base64url';
import { concatBytes, randomBytes, source } from './bytes';

async function importKey(key: Uint8Array, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', source(key), 'AES-GCM', false, [usage]);
}

export interface GcmWrapped {
  readonly encryptedKey: Uint8Array;
  readonly iv: Uint8Array;
  readonly tag: Uint8Array;
  /** The header parameters §4.7.1 defines. */
  readonly header: { readonly iv: string; readonly tag: string };
}

export async function aesGcmKwWrap(
  key: Uint8Array,
  cek: Uint8Array,
  iv = randomBytes(12),
): Promise<GcmWrapped> {
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: source(iv), tagLength: 128 },
      await importKey(key, 'encrypt'),
      source(cek),
    ),
  );
  const encryptedKey = sealed.slice(0, sealed.length - 16);
  const tag = sealed.slice(sealed.length - 16);
  return { encryptedKey, iv, tag, header: { iv: encodeBase64url(iv), tag: encodeBase64url(tag) } };
}

/** The CEK, or undefined when the tag does not check out: another key, or an altered `iv`/`tag`/key. */
export async function aesGcmKwUnwrap(
  key: Uint8Array,
  encryptedKey: Uint8Array,
  iv: Uint8Array,
  tag: Uint8Array,
): Promise<Uint8Array | undefined> {
  try {
    const cek = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: source(iv), tagLength: 128 },
      await importKey(key, 'decrypt'),
      source(concatBytes(encryptedKey, tag)),
    );
    return new Uint8Array(cek);
  } catch (error) {
    if (error instanceof Error && error.name === 'OperationError') return undefined;
    throw error;
  }
}
