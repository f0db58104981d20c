import { key } from './index';

/** For each alg the tests sign with: the key fixture name, or the HMAC secret. */
export const KEY_FOR_ALG: Readonly<Record<string, string>> = {
  RS256: 'rsa2048',
  RS384: 'rsa2048',
  RS512: 'rsa2048',
  PS256: 'rsa2048',
  PS384: 'rsa2048',
  PS512: 'rsa2048',
  ES256: 'p256',
  ES384: 'p384',
  ES512: 'p521',
  EdDSA: 'ed25519',
  Ed25519: 'ed25519',
};

/** HMAC secrets as long as each hash, as RFC 7518 §3.2 requires. */
export const SECRET_FOR_ALG: Readonly<Record<string, string>> = {
  HS256: 'a-string-secret-at-least-256-bits',
  HS384: 'a-string-secret-at-least-384-bits-long-for-hs384!',
  HS512: 'a-string-secret-at-least-512-bits-long-for-hs512-so-it-is-long-enough!',
};

export const ASYMMETRIC_ALGS = Object.keys(KEY_FOR_ALG);
export const HMAC_ALGS = Object.keys(SECRET_FOR_ALG);

export function keyForAlg(alg: string) {
  return key(KEY_FOR_ALG[alg]!);
}
