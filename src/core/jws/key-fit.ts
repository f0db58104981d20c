import type { JwsAlgorithm } from '../algorithms';

interface KeyAlgorithmFields {
  readonly name: string;
  readonly hash?: { readonly name: string };
  readonly namedCurve?: string;
}

/** A CryptoKey's algorithm in a few words, e.g. `ECDSA P-384` or `RSA-PSS SHA-256`. */
export function describeKeyAlgorithm(key: CryptoKey): string {
  const algorithm = key.algorithm as KeyAlgorithmFields;
  return [algorithm.name, algorithm.hash?.name, algorithm.namedCurve].filter(Boolean).join(' ');
}

/**
 * Whether a CryptoKey was imported for this alg: same WebCrypto algorithm, hash and curve.
 * WebCrypto would refuse a misfit with a bare InvalidAccessError; we name both sides instead.
 */
export function keyFitsAlgorithm(key: CryptoKey, entry: JwsAlgorithm): boolean {
  const algorithm = key.algorithm as KeyAlgorithmFields;
  if (algorithm.name !== entry.importParams.name) return false;
  if (algorithm.hash && algorithm.hash.name !== entry.hash) return false;
  return !(algorithm.namedCurve && algorithm.namedCurve !== entry.curve);
}
