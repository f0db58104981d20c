/** AES Key Wrap (RFC 7518 §4.4, RFC 3394), for A*KW and as the last step of ECDH-ES+ and PBES2. */
import { source } from './bytes';

/** Any key type will do to carry the CEK through unwrapKey; HMAC takes every CEK length. */
const CARRIER = { name: 'HMAC', hash: 'SHA-256' };

function importKek(kek: Uint8Array, usage: 'wrapKey' | 'unwrapKey'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', source(kek), 'AES-KW', false, [usage]);
}

export async function aesKwWrap(kek: Uint8Array, cek: Uint8Array): Promise<Uint8Array> {
  const key = await importKek(kek, 'wrapKey');
  const carried = await crypto.subtle.importKey('raw', source(cek), CARRIER, true, ['sign']);
  return new Uint8Array(await crypto.subtle.wrapKey('raw', carried, key, 'AES-KW'));
}

/**
 * The unwrapped CEK, or undefined when RFC 3394's integrity check fails (the KEK is not the
 * one that wrapped it, or the encrypted key was altered).
 */
export async function aesKwUnwrap(
  kek: Uint8Array,
  encryptedKey: Uint8Array,
): Promise<Uint8Array | undefined> {
  const key = await importKek(kek, 'unwrapKey');
  let carried: CryptoKey;
  try {
    carried = await crypto.subtle.unwrapKey(
      'raw',
      source(encryptedKey),
      key,
      'AES-KW',
      CARRIER,
      true,
      ['sign'],
    );
  } catch (error) {
    if (error instanceof Error && error.name === 'OperationError') return undefined;
    throw error;
  }
  return new Uint8Array(await crypto.subtle.exportKey('raw', carried));
}
