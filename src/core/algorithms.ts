/**
 * Every JWS `alg` the debugger knows, one entry each, with its WebCrypto parameters
 * (RFC 7518 §3, RFC 8037 §3.1, the fully-specified algorithms draft for `Ed25519`, and
 * draft-ietf-cose-dilithium for ML-DSA). Code asks this table; it never guesses from names.
 */

export type KeyType = 'oct' | 'RSA' | 'EC' | 'OKP' | 'AKP';
export type Family = 'hmac' | 'rsa-pkcs1' | 'rsa-pss' | 'ecdsa' | 'eddsa' | 'ml-dsa' | 'none';
export type Hash = 'SHA-256' | 'SHA-384' | 'SHA-512';
export type Curve = 'P-256' | 'P-384' | 'P-521' | 'Ed25519';

export interface JwsAlgorithm {
  readonly alg: string;
  readonly family: Family;
  /** The JWK `kty` a key for this alg has; undefined for `none`. */
  readonly kty: KeyType | undefined;
  /** The `algorithm` for `crypto.subtle.importKey` and `generateKey`. */
  readonly importParams: Algorithm;
  /** The `algorithm` for `crypto.subtle.sign` and `verify`. */
  readonly signParams: Algorithm;
  readonly hash?: Hash;
  readonly curve?: Curve;
  /** RFC 7518 §3.3 and §3.5: RSA keys of 2048 bits or larger MUST be used. */
  readonly minRsaBits?: number;
  /** Signature length in bytes, where the alg fixes it (RSA's depends on the key). */
  readonly signatureLength?: number;
  /** Where the alg is defined. */
  readonly source: string;
}

function hmac(bits: 256 | 384 | 512): Omit<JwsAlgorithm, 'alg'> {
  const params = { name: 'HMAC', hash: `SHA-${bits}` };
  return {
    family: 'hmac',
    kty: 'oct',
    importParams: params,
    signParams: params,
    hash: `SHA-${bits}`,
    signatureLength: bits / 8,
    source: 'RFC 7518 §3.2',
  };
}

function rsa(bits: 256 | 384 | 512, pss: boolean): Omit<JwsAlgorithm, 'alg'> {
  const importParams = { name: pss ? 'RSA-PSS' : 'RSASSA-PKCS1-v1_5', hash: `SHA-${bits}` };
  // RFC 7518 §3.5: the salt is as long as the hash output.
  const signParams = pss ? { name: 'RSA-PSS', saltLength: bits / 8 } : importParams;
  return {
    family: pss ? 'rsa-pss' : 'rsa-pkcs1',
    kty: 'RSA',
    importParams,
    signParams: signParams as Algorithm,
    hash: `SHA-${bits}`,
    minRsaBits: 2048,
    source: pss ? 'RFC 7518 §3.5' : 'RFC 7518 §3.3',
  };
}

function ecdsa(
  curve: 'P-256' | 'P-384' | 'P-521',
  bits: 256 | 384 | 512,
): Omit<JwsAlgorithm, 'alg'> {
  return {
    family: 'ecdsa',
    kty: 'EC',
    importParams: { name: 'ECDSA', namedCurve: curve } as Algorithm,
    signParams: { name: 'ECDSA', hash: `SHA-${bits}` } as Algorithm,
    hash: `SHA-${bits}`,
    curve,
    // RFC 7518 §3.4: R and S, each as long as the curve's order, concatenated.
    signatureLength: { 'P-256': 64, 'P-384': 96, 'P-521': 132 }[curve],
    source: 'RFC 7518 §3.4',
  };
}

function eddsa(source: string): Omit<JwsAlgorithm, 'alg'> {
  return {
    family: 'eddsa',
    kty: 'OKP',
    importParams: { name: 'Ed25519' },
    signParams: { name: 'Ed25519' },
    curve: 'Ed25519',
    signatureLength: 64,
    source,
  };
}

function mldsa(level: 44 | 65 | 87): Omit<JwsAlgorithm, 'alg'> {
  const params = { name: `ML-DSA-${level}` };
  return {
    family: 'ml-dsa',
    kty: 'AKP',
    importParams: params,
    signParams: params,
    // FIPS 204 Table 2: signature sizes.
    signatureLength: { 44: 2420, 65: 3309, 87: 4627 }[level],
    source: 'draft-ietf-cose-dilithium (FIPS 204)',
  };
}

const entries: Record<string, Omit<JwsAlgorithm, 'alg'>> = {
  HS256: hmac(256),
  HS384: hmac(384),
  HS512: hmac(512),
  RS256: rsa(256, false),
  RS384: rsa(384, false),
  RS512: rsa(512, false),
  PS256: rsa(256, true),
  PS384: rsa(384, true),
  PS512: rsa(512, true),
  ES256: ecdsa('P-256', 256),
  ES384: ecdsa('P-384', 384),
  ES512: ecdsa('P-521', 512),
  EdDSA: eddsa('RFC 8037 §3.1'),
  Ed25519: eddsa('draft-ietf-jose-fully-specified-algorithms'),
  'ML-DSA-44': mldsa(44),
  'ML-DSA-65': mldsa(65),
  'ML-DSA-87': mldsa(87),
  // RFC 7518 §3.6: an Unsecured JWS. It never verifies.
  none: {
    family: 'none',
    kty: undefined,
    importParams: { name: 'none' },
    signParams: { name: 'none' },
    signatureLength: 0,
    source: 'RFC 7518 §3.6',
  },
};

const table: ReadonlyMap<string, JwsAlgorithm> = new Map(
  Object.entries(entries).map(([alg, entry]) => [alg, { alg, ...entry }]),
);

/** The entry for `alg`, or undefined for a name not in the table (`__proto__` included). */
export function jwsAlgorithm(alg: unknown): JwsAlgorithm | undefined {
  return typeof alg === 'string' ? table.get(alg) : undefined;
}

/** Every alg name, in table order. */
export const JWS_ALGORITHMS: readonly string[] = [...table.keys()];

export function isSymmetric(entry: JwsAlgorithm): boolean {
  return entry.family === 'hmac';
}

/** Whether a key pair (not a secret) is used: RS, PS, ES, EdDSA and ML-DSA. */
export function isAsymmetric(entry: JwsAlgorithm): boolean {
  return entry.kty !== undefined && entry.kty !== 'oct';
}
