/**
 * Key encryption with RSA (RFC 7518 §4.2, §4.3): the CEK encrypted to the recipient's public key
 * with RSAES-OAEP (SHA-1 for `RSA-OAEP`, SHA-2 for the others), or RSAES-PKCS1-v1_5 where a
 * runtime still has it (none does today: support.ts probes).
 */
import type { KeyManagementAlgorithm } from './algorithms';
import { source } from './bytes';

/** The WebCrypto algorithm a key for this alg is imported with. */
export function rsaImportParams(alg: KeyManagementAlgorithm): RsaHashedImportParams | Algorithm {
  return alg.family === 'rsa1_5'
    ? { name: 'RSAES-PKCS1-v1_5' }
    : { name: 'RSA-OAEP', hash: alg.hash! };
}

export async function rsaEncryptCek(publicKey: CryptoKey, cek: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.encrypt(publicKey.algorithm, publicKey, source(cek)));
}

/**
 * The CEK, or undefined when the encrypted key does not decrypt with this private key (RFC 7516
 * §11.5 asks a server not to tell this apart from a bad CEK, to give no oracle; the page runs
 * in the user's own browser on the user's own key, and says why).
 */
export async function rsaDecryptCek(
  privateKey: CryptoKey,
  encryptedKey: Uint8Array,
): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(privateKey.algorithm, privateKey, source(encryptedKey)),
    );
  } catch (error) {
    if (error instanceof Error && error.name === 'OperationError') return undefined;
    throw error;
  }
}
