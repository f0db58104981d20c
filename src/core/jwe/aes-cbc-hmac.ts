/**
 * AES_CBC_HMAC_SHA2 content encryption (RFC 7518 §5.2): AES-CBC and HMAC composed, as
 * WebCrypto has no such algorithm. The CEK is MAC_KEY || ENC_KEY; the tag is the first half of
 * HMAC(MAC_KEY, AAD || IV || ciphertext || AL).
 */
import type { ContentEncryptionAlgorithm } from './algorithms';
import { concatBytes, constantTimeEqual, source, uint64be } from './bytes';
import type { Sealed } from './aes-gcm';

/** The two halves of the CEK (RFC 7518 §5.2.2.1 step 1). */
export function splitCek(enc: ContentEncryptionAlgorithm, cek: Uint8Array) {
  const half = enc.cekBytes / 2;
  return { macKey: cek.subarray(0, half), encKey: cek.subarray(half) };
}

/** AL: the AAD's length in bits as a 64-bit big-endian integer (§5.2.2.1 step 4). */
export function aadLength(aad: Uint8Array): Uint8Array {
  return uint64be(aad.length * 8);
}

async function macTag(
  enc: ContentEncryptionAlgorithm,
  macKey: Uint8Array,
  aad: Uint8Array,
  iv: Uint8Array,
  ciphertext: Uint8Array,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    source(macKey),
    { name: 'HMAC', hash: enc.hash! },
    false,
    ['sign'],
  );
  const input = concatBytes(aad, iv, ciphertext, aadLength(aad));
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, source(input)));
  // §5.2.2.1 step 6: T is the first T_LEN octets of M.
  return mac.subarray(0, enc.tagBytes);
}

export async function aesCbcHmacEncrypt(
  enc: ContentEncryptionAlgorithm,
  cek: Uint8Array,
  iv: Uint8Array,
  aad: Uint8Array,
  plaintext: Uint8Array,
): Promise<Sealed> {
  const { macKey, encKey } = splitCek(enc, cek);
  const key = await crypto.subtle.importKey('raw', source(encKey), 'AES-CBC', false, ['encrypt']);
  // WebCrypto's AES-CBC pads with PKCS #7, as §5.2.2.1 step 3 asks.
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-CBC', iv: source(iv) }, key, source(plaintext)),
  );
  return { ciphertext, tag: await macTag(enc, macKey, aad, iv, ciphertext) };
}

export type CbcOpened =
  | { readonly ok: true; readonly plaintext: Uint8Array }
  | { readonly ok: false; readonly reason: 'tag-mismatch' | 'decrypt-failed' };

/**
 * §5.2.2.2: the tag is checked first, over all its bytes in constant time, and only then is the
 * ciphertext decrypted, so a padding error can never be told apart from a forged tag.
 */
export async function aesCbcHmacDecrypt(
  enc: ContentEncryptionAlgorithm,
  cek: Uint8Array,
  iv: Uint8Array,
  aad: Uint8Array,
  ciphertext: Uint8Array,
  tag: Uint8Array,
): Promise<CbcOpened> {
  const { macKey, encKey } = splitCek(enc, cek);
  const expected = await macTag(enc, macKey, aad, iv, ciphertext);
  if (!constantTimeEqual(expected, tag)) return { ok: false, reason: 'tag-mismatch' };
  const key = await crypto.subtle.importKey('raw', source(encKey), 'AES-CBC', false, ['decrypt']);
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-CBC', iv: source(iv) },
      key,
      source(ciphertext),
    );
    return { ok: true, plaintext: new Uint8Array(plaintext) };
  } catch (error) {
    // The MAC held, so the sender's own encoder produced bad padding.
    if (error instanceof Error && error.name === 'OperationError')
      return { ok: false, reason: 'decrypt-failed' };
    throw error;
  }
}
