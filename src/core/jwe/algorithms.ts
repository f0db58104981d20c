/**
 * The JWE algorithms, one table entry each, like src/core/algorithms.ts does for JWS: key
 * management `alg` (RFC 7518 §4) and content encryption `enc` (RFC 7518 §5). Code asks these
 * tables what an algorithm needs; it never reads meaning from a name.
 */

export type KeyManagementFamily =
  'dir' | 'aes-kw' | 'aes-gcm-kw' | 'rsa-oaep' | 'rsa1_5' | 'ecdh-es' | 'pbes2';

/** RFC 7516 §2 key management modes. */
export type KeyManagementMode =
  | 'direct-encryption'
  | 'key-wrapping'
  | 'key-encryption'
  | 'direct-key-agreement'
  | 'key-agreement-with-key-wrapping';

export type ShaHash = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';
export type AesBits = 128 | 192 | 256;

/** What the decryption and encryption keys are for an alg. */
export type JweKeyKind = 'oct' | 'RSA' | 'ECDH' | 'password';

/** Header parameters an alg carries (RFC 7518 §4.6.1, §4.7.1, §4.8.1). */
export type KeyManagementParam = 'epk' | 'apu' | 'apv' | 'p2s' | 'p2c' | 'iv' | 'tag';

export interface KeyManagementAlgorithm {
  readonly alg: string;
  readonly family: KeyManagementFamily;
  readonly mode: KeyManagementMode;
  readonly keyKind: JweKeyKind;
  /** AES key wrap size: of the key itself (A*KW, A*GCMKW) or of the derived key (ECDH-ES+, PBES2). */
  readonly kwBits?: AesBits;
  /** RSA-OAEP's hash (RFC 7518 §4.3, RFC 8230 for -384/-512) or PBES2's PRF hash (§4.8). */
  readonly hash?: ShaHash;
  /** What the encrypted key holds, which fixes its length (RFC 7516 §7.1 part 2). */
  readonly encryptedKey: 'empty' | 'aes-kw' | 'gcm' | 'rsa';
  /** Parameters the header must have for this alg. */
  readonly requires: readonly KeyManagementParam[];
  /** Parameters the alg reads (required or optional). */
  readonly uses: readonly KeyManagementParam[];
  /** JWK `key_ops` values that allow decrypting and encrypting with this alg (RFC 7517 §4.3). */
  readonly keyOps: { readonly decrypt: readonly string[]; readonly encrypt: readonly string[] };
  readonly source: string;
}

export type ContentEncryptionFamily = 'aes-gcm' | 'aes-cbc-hmac';

export interface ContentEncryptionAlgorithm {
  readonly enc: string;
  readonly family: ContentEncryptionFamily;
  /** CEK size in bytes: the AES key, or MAC key + ENC key for CBC-HMAC (RFC 7518 §5.2.2.1). */
  readonly cekBytes: number;
  /** The AES key inside the CEK. */
  readonly aesBits: AesBits;
  readonly ivBytes: 12 | 16;
  readonly tagBytes: 16 | 24 | 32;
  /** The HMAC hash of CBC-HMAC. */
  readonly hash?: ShaHash;
  readonly source: string;
}

const WRAP_OPS = { decrypt: ['unwrapKey', 'decrypt'], encrypt: ['wrapKey', 'encrypt'] };
const DERIVE_OPS = { decrypt: ['deriveBits', 'deriveKey'], encrypt: ['deriveBits', 'deriveKey'] };

function aesKw(bits: AesBits): Omit<KeyManagementAlgorithm, 'alg'> {
  return {
    family: 'aes-kw',
    mode: 'key-wrapping',
    keyKind: 'oct',
    kwBits: bits,
    encryptedKey: 'aes-kw',
    requires: [],
    uses: [],
    keyOps: WRAP_OPS,
    source: 'RFC 7518 §4.4',
  };
}

function aesGcmKw(bits: AesBits): Omit<KeyManagementAlgorithm, 'alg'> {
  return {
    family: 'aes-gcm-kw',
    mode: 'key-wrapping',
    keyKind: 'oct',
    kwBits: bits,
    encryptedKey: 'gcm',
    requires: ['iv', 'tag'],
    uses: ['iv', 'tag'],
    keyOps: WRAP_OPS,
    source: 'RFC 7518 §4.7',
  };
}

function rsaOaep(hash: ShaHash, source: string): Omit<KeyManagementAlgorithm, 'alg'> {
  return {
    family: 'rsa-oaep',
    mode: 'key-encryption',
    keyKind: 'RSA',
    hash,
    encryptedKey: 'rsa',
    requires: [],
    uses: [],
    keyOps: WRAP_OPS,
    source,
  };
}

function ecdhEs(bits?: AesBits): Omit<KeyManagementAlgorithm, 'alg'> {
  return {
    family: 'ecdh-es',
    mode: bits === undefined ? 'direct-key-agreement' : 'key-agreement-with-key-wrapping',
    keyKind: 'ECDH',
    ...(bits === undefined ? {} : { kwBits: bits }),
    encryptedKey: bits === undefined ? 'empty' : 'aes-kw',
    requires: ['epk'],
    uses: ['epk', 'apu', 'apv'],
    keyOps: DERIVE_OPS,
    source: 'RFC 7518 §4.6',
  };
}

function pbes2(hash: ShaHash, bits: AesBits): Omit<KeyManagementAlgorithm, 'alg'> {
  return {
    family: 'pbes2',
    mode: 'key-wrapping',
    keyKind: 'password',
    kwBits: bits,
    hash,
    encryptedKey: 'aes-kw',
    requires: ['p2s', 'p2c'],
    uses: ['p2s', 'p2c'],
    keyOps: {
      decrypt: ['deriveBits', 'deriveKey', 'unwrapKey'],
      encrypt: ['deriveBits', 'deriveKey', 'wrapKey'],
    },
    source: 'RFC 7518 §4.8',
  };
}

const KEY_MANAGEMENT: Record<string, Omit<KeyManagementAlgorithm, 'alg'>> = {
  dir: {
    family: 'dir',
    mode: 'direct-encryption',
    keyKind: 'oct',
    encryptedKey: 'empty',
    requires: [],
    uses: [],
    keyOps: { decrypt: ['decrypt'], encrypt: ['encrypt'] },
    source: 'RFC 7518 §4.5',
  },
  A128KW: aesKw(128),
  A192KW: aesKw(192),
  A256KW: aesKw(256),
  A128GCMKW: aesGcmKw(128),
  A192GCMKW: aesGcmKw(192),
  A256GCMKW: aesGcmKw(256),
  'RSA-OAEP': rsaOaep('SHA-1', 'RFC 7518 §4.3'),
  'RSA-OAEP-256': rsaOaep('SHA-256', 'RFC 7518 §4.3'),
  'RSA-OAEP-384': rsaOaep('SHA-384', 'IANA JOSE registry (RFC 7518 §4.3 with SHA-384)'),
  'RSA-OAEP-512': rsaOaep('SHA-512', 'IANA JOSE registry (RFC 7518 §4.3 with SHA-512)'),
  // RFC 7518 §4.2. WebCrypto dropped RSAES-PKCS1-v1_5 in 2014; it is probed, never assumed.
  RSA1_5: {
    family: 'rsa1_5',
    mode: 'key-encryption',
    keyKind: 'RSA',
    encryptedKey: 'rsa',
    requires: [],
    uses: [],
    keyOps: WRAP_OPS,
    source: 'RFC 7518 §4.2',
  },
  'ECDH-ES': ecdhEs(),
  'ECDH-ES+A128KW': ecdhEs(128),
  'ECDH-ES+A192KW': ecdhEs(192),
  'ECDH-ES+A256KW': ecdhEs(256),
  'PBES2-HS256+A128KW': pbes2('SHA-256', 128),
  'PBES2-HS384+A192KW': pbes2('SHA-384', 192),
  'PBES2-HS512+A256KW': pbes2('SHA-512', 256),
};

function aesGcm(bits: AesBits): Omit<ContentEncryptionAlgorithm, 'enc'> {
  return {
    family: 'aes-gcm',
    cekBytes: bits / 8,
    aesBits: bits,
    ivBytes: 12,
    tagBytes: 16,
    source: 'RFC 7518 §5.3',
  };
}

function aesCbcHmac(bits: AesBits, hash: ShaHash): Omit<ContentEncryptionAlgorithm, 'enc'> {
  return {
    family: 'aes-cbc-hmac',
    // RFC 7518 §5.2.2.1: MAC_KEY and ENC_KEY, each as long as the AES key.
    cekBytes: (bits / 8) * 2,
    aesBits: bits,
    ivBytes: 16,
    // T_LEN: half the HMAC output (§5.2.3-§5.2.5).
    tagBytes: (bits / 8) as 16 | 24 | 32,
    hash,
    source: 'RFC 7518 §5.2',
  };
}

const CONTENT_ENCRYPTION: Record<string, Omit<ContentEncryptionAlgorithm, 'enc'>> = {
  A128GCM: aesGcm(128),
  A192GCM: aesGcm(192),
  A256GCM: aesGcm(256),
  'A128CBC-HS256': aesCbcHmac(128, 'SHA-256'),
  'A192CBC-HS384': aesCbcHmac(192, 'SHA-384'),
  'A256CBC-HS512': aesCbcHmac(256, 'SHA-512'),
};

const ALGS: ReadonlyMap<string, KeyManagementAlgorithm> = new Map(
  Object.entries(KEY_MANAGEMENT).map(([alg, entry]) => [alg, { alg, ...entry }]),
);
const ENCS: ReadonlyMap<string, ContentEncryptionAlgorithm> = new Map(
  Object.entries(CONTENT_ENCRYPTION).map(([enc, entry]) => [enc, { enc, ...entry }]),
);

/** The entry for a key management `alg`, or undefined (`__proto__` and JWS algs included). */
export function keyManagementAlgorithm(alg: unknown): KeyManagementAlgorithm | undefined {
  return typeof alg === 'string' ? ALGS.get(alg) : undefined;
}

/** The entry for a content encryption `enc`, or undefined. */
export function contentEncryptionAlgorithm(enc: unknown): ContentEncryptionAlgorithm | undefined {
  return typeof enc === 'string' ? ENCS.get(enc) : undefined;
}

export const JWE_ALGS: readonly string[] = [...ALGS.keys()];
export const JWE_ENCS: readonly string[] = [...ENCS.keys()];

/** The key-agreement curves of ECDH-ES (RFC 7518 §4.6, RFC 8037 §3.2), with their sizes. */
export type EcdhCurve = 'P-256' | 'P-384' | 'P-521' | 'X25519' | 'X448';

export interface EcdhCurveInfo {
  readonly crv: EcdhCurve;
  readonly kty: 'EC' | 'OKP';
  /** The coordinate (EC) or public key (OKP) length in bytes (RFC 7518 §6.2.1.2, RFC 8037 §2). */
  readonly coordinateBytes: number;
  /** The shared secret Z in bits, as deriveBits returns it. */
  readonly zBits: number;
  readonly importParams: EcKeyImportParams | Algorithm;
}

const CURVES: ReadonlyMap<string, EcdhCurveInfo> = new Map(
  (
    [
      ['P-256', 'EC', 32],
      ['P-384', 'EC', 48],
      ['P-521', 'EC', 66],
      ['X25519', 'OKP', 32],
      ['X448', 'OKP', 56],
    ] as const
  ).map(([crv, kty, bytes]) => [
    crv,
    {
      crv,
      kty,
      coordinateBytes: bytes,
      zBits: bytes * 8,
      importParams: kty === 'EC' ? { name: 'ECDH', namedCurve: crv } : { name: crv },
    },
  ]),
);

export function ecdhCurve(crv: unknown): EcdhCurveInfo | undefined {
  return typeof crv === 'string' ? CURVES.get(crv) : undefined;
}

export const ECDH_CURVES: readonly EcdhCurve[] = ['P-256', 'P-384', 'P-521', 'X25519', 'X448'];

/** The encrypted key's exact length in bytes, where alg and enc fix it. */
export function encryptedKeyLength(
  alg: KeyManagementAlgorithm,
  enc: ContentEncryptionAlgorithm,
): number | undefined {
  switch (alg.encryptedKey) {
    case 'empty':
      return 0;
    case 'aes-kw':
      // RFC 3394 §2.2.1: n 64-bit blocks become n + 1.
      return enc.cekBytes + 8;
    case 'gcm':
      return enc.cekBytes;
    case 'rsa':
      return undefined;
  }
}
