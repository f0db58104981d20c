import type { Hash } from '../algorithms';
import { children, oidText, TAG, type Tlv } from '../keys/der';

export type SignatureFamily = 'rsa-pkcs1' | 'rsa-pss' | 'ecdsa' | 'eddsa' | 'ml-dsa';
export type CertificateHash = Hash | 'SHA-1';

/** A certificate signature algorithm and what WebCrypto needs to check it. */
export interface SignatureScheme {
  /** Its name in RFC 4055, RFC 5758, RFC 8410, RFC 9881. */
  readonly name: string;
  readonly family: SignatureFamily;
  readonly hash?: CertificateHash;
  /** RSA-PSS salt length in bytes (RFC 4055 §3.1). */
  readonly saltLength?: number;
  /** WebCrypto's name for a curve or parameter set the signer's key must have. */
  readonly keyAlgorithm?: string;
}

const HASHES: ReadonlyMap<string, CertificateHash> = new Map([
  ['1.3.14.3.2.26', 'SHA-1'],
  ['2.16.840.1.101.3.4.2.1', 'SHA-256'],
  ['2.16.840.1.101.3.4.2.2', 'SHA-384'],
  ['2.16.840.1.101.3.4.2.3', 'SHA-512'],
]);

/** One entry per signature OID (RFC 3279 §2.2, RFC 4055 §5, RFC 5758 §3.2, RFC 8410 §3). */
const SCHEMES: ReadonlyMap<string, SignatureScheme> = new Map([
  ['1.2.840.113549.1.1.5', { name: 'sha1WithRSAEncryption', family: 'rsa-pkcs1', hash: 'SHA-1' }],
  [
    '1.2.840.113549.1.1.11',
    { name: 'sha256WithRSAEncryption', family: 'rsa-pkcs1', hash: 'SHA-256' },
  ],
  [
    '1.2.840.113549.1.1.12',
    { name: 'sha384WithRSAEncryption', family: 'rsa-pkcs1', hash: 'SHA-384' },
  ],
  [
    '1.2.840.113549.1.1.13',
    { name: 'sha512WithRSAEncryption', family: 'rsa-pkcs1', hash: 'SHA-512' },
  ],
  ['1.2.840.10045.4.1', { name: 'ecdsa-with-SHA1', family: 'ecdsa', hash: 'SHA-1' }],
  ['1.2.840.10045.4.3.2', { name: 'ecdsa-with-SHA256', family: 'ecdsa', hash: 'SHA-256' }],
  ['1.2.840.10045.4.3.3', { name: 'ecdsa-with-SHA384', family: 'ecdsa', hash: 'SHA-384' }],
  ['1.2.840.10045.4.3.4', { name: 'ecdsa-with-SHA512', family: 'ecdsa', hash: 'SHA-512' }],
  ['1.3.101.112', { name: 'Ed25519', family: 'eddsa', keyAlgorithm: 'Ed25519' }],
  ['1.3.101.113', { name: 'Ed448', family: 'eddsa', keyAlgorithm: 'Ed448' }],
  ['2.16.840.1.101.3.4.3.17', { name: 'ML-DSA-44', family: 'ml-dsa', keyAlgorithm: 'ML-DSA-44' }],
  ['2.16.840.1.101.3.4.3.18', { name: 'ML-DSA-65', family: 'ml-dsa', keyAlgorithm: 'ML-DSA-65' }],
  ['2.16.840.1.101.3.4.3.19', { name: 'ML-DSA-87', family: 'ml-dsa', keyAlgorithm: 'ML-DSA-87' }],
]);

const RSASSA_PSS = '1.2.840.113549.1.1.10';
const MGF1 = '1.2.840.113549.1.1.8';

function hashOf(algorithmIdentifier: Tlv | undefined): CertificateHash | undefined {
  const [oid] = algorithmIdentifier ? children(algorithmIdentifier) : [];
  return oid?.tag === TAG.OID ? HASHES.get(oidText(oid.value)) : undefined;
}

/**
 * RSASSA-PSS-params (RFC 4055 §3.1): hash [0] (default SHA-1), maskGen [1] (default MGF1
 * with SHA-1), saltLength [2] (default 20), trailerField [3] (must be 1). WebCrypto's RSA-PSS
 * uses MGF1 with the same hash, so another mask hash cannot be checked: `undefined`.
 */
function pssScheme(parameters: Tlv | undefined): SignatureScheme | undefined {
  const fields = parameters?.tag === TAG.SEQUENCE ? children(parameters) : [];
  const field = (tag: number) => {
    const found = fields.find((candidate) => candidate.tag === tag);
    return found ? children(found)[0] : undefined;
  };
  const hashTlv = field(0xa0);
  const hash = hashTlv ? hashOf(hashTlv) : 'SHA-1';
  const mask = field(0xa1);
  let maskHash: CertificateHash | undefined = 'SHA-1';
  if (mask) {
    const [maskOid, maskParams] = children(mask);
    maskHash =
      maskOid?.tag === TAG.OID && oidText(maskOid.value) === MGF1 ? hashOf(maskParams) : undefined;
  }
  const salt = field(0xa2);
  const saltLength = salt?.tag === TAG.INTEGER ? salt.value.reduce((n, b) => n * 256 + b, 0) : 20;
  const trailer = field(0xa3);
  if (!hash || hash !== maskHash || (trailer && trailer.value[0] !== 1)) return undefined;
  return { name: `RSASSA-PSS (${hash}, salt ${saltLength})`, family: 'rsa-pss', hash, saltLength };
}

/** The scheme of a signatureAlgorithm, or undefined for one this table cannot check. */
export function signatureScheme(algorithm: {
  readonly oid: string;
  readonly parameters?: Tlv;
}): SignatureScheme | undefined {
  if (algorithm.oid === RSASSA_PSS) return pssScheme(algorithm.parameters);
  return SCHEMES.get(algorithm.oid);
}
