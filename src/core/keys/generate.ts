import { jwsAlgorithm } from '../algorithms';
import { encodeBase64url } from '../encoding/base64url';
import { keyError } from './errors';
import { exportJwk, exportPem } from './export';
import { isAlgorithmSupported } from '../support';

export type GeneratedKey =
  | {
      readonly alg: string;
      readonly kind: 'secret';
      /** The secret as base64url text (use Secret encoding base64url). */
      readonly secret: string;
      readonly key: CryptoKey;
      readonly jwk: Readonly<Record<string, unknown>>;
    }
  | {
      readonly alg: string;
      readonly kind: 'pair';
      readonly privateKey: CryptoKey;
      readonly publicKey: CryptoKey;
      readonly privatePem: string;
      readonly publicPem: string;
      readonly privateJwk: Readonly<Record<string, unknown>>;
      readonly publicJwk: Readonly<Record<string, unknown>>;
    };

/** RSA keys: 2048 bits, the RFC 7518 §3.3 minimum, with the usual exponent 65537. */
const RSA_GENERATION = { modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) };

/**
 * A fresh key for an alg: an HMAC secret as long as the hash output (RFC 7518 §3.2 asks for at
 * least that), RSA 2048, EC on the alg's curve, Ed25519, or ML-DSA where the runtime has it.
 */
export async function generateKeyFor(alg: string): Promise<GeneratedKey> {
  const entry = jwsAlgorithm(alg);
  if (!entry || entry.family === 'none') {
    throw keyError('KEY_ALG_UNUSABLE', `alg ${alg} takes no key`, { alg });
  }
  if (!(await isAlgorithmSupported(alg))) {
    throw keyError('KEY_ALG_NOT_SUPPORTED', `this browser's WebCrypto does not support ${alg}`, {
      alg,
    });
  }
  if (entry.family === 'hmac') {
    const bytes = crypto.getRandomValues(new Uint8Array(entry.signatureLength!));
    const key = await crypto.subtle.importKey('raw', bytes, entry.importParams, true, [
      'sign',
      'verify',
    ]);
    return { alg, kind: 'secret', secret: encodeBase64url(bytes), key, jwk: await exportJwk(key) };
  }
  const params =
    entry.kty === 'RSA' ? { ...entry.importParams, ...RSA_GENERATION } : entry.importParams;
  const pair = (await crypto.subtle.generateKey(params, true, ['sign', 'verify'])) as CryptoKeyPair;
  const [privatePem, publicPem, privateJwk, publicJwk] = await Promise.all([
    exportPem(pair.privateKey),
    exportPem(pair.publicKey),
    exportJwk(pair.privateKey),
    exportJwk(pair.publicKey),
  ]);
  return {
    alg,
    kind: 'pair',
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    privatePem,
    publicPem,
    privateJwk,
    publicJwk,
  };
}
