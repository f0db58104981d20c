import { encodeBase64 } from '../encoding/base64url';
import { publicJwkOf } from './jwk';
import { toPem } from './pem';

/** PKCS#8 PEM for a private key, SPKI PEM for a public one (RFC 7468 §10, §13). */
export async function exportPem(key: CryptoKey): Promise<string> {
  const isPrivate = key.type === 'private';
  const der = await crypto.subtle.exportKey(isPrivate ? 'pkcs8' : 'spki', key);
  return toPem(isPrivate ? 'PRIVATE KEY' : 'PUBLIC KEY', encodeBase64(new Uint8Array(der)));
}

/**
 * The key as a JWK, without WebCrypto's `key_ops` and `ext` bookkeeping, and without the `alg`
 * it adds: the key fits every alg of its type. AKP keys keep `alg`, their parameter set.
 */
export async function exportJwk(key: CryptoKey): Promise<Record<string, unknown>> {
  const {
    key_ops: _keyOps,
    ext: _ext,
    alg,
    ...jwk
  } = (await crypto.subtle.exportKey('jwk', key)) as Record<string, unknown>;
  const clean = jwk.kty === 'AKP' ? { ...jwk, alg } : jwk;
  return key.type === 'public' ? publicJwkOf(clean) : clean;
}
