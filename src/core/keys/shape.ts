import type { KeyType } from '../algorithms';
import { bitLength, children, DerError, expectTag, oidText, readWhole, TAG, type Tlv } from './der';
import { CURVE_OIDS, OID } from './oids';

/** What a key is, read from its DER or JWK before any import, so a mismatch can be named. */
export interface KeyShape {
  /** The JWK key type, or undefined for one no JWS alg uses (DSA, X25519). */
  readonly kty: KeyType | undefined;
  /** EC curve or OKP subtype as its JWK/RFC name: P-256, secp256k1, Ed25519, Ed448… */
  readonly curve?: string;
  readonly modulusBits?: number;
  /** ML-DSA parameter set, e.g. `ML-DSA-44`. */
  readonly parameterSet?: string;
  /** The algorithm OID, for keys read from DER. */
  readonly oid?: string;
}

const ML_DSA: ReadonlyMap<string, string> = new Map([
  [OID.mlDsa44, 'ML-DSA-44'],
  [OID.mlDsa65, 'ML-DSA-65'],
  [OID.mlDsa87, 'ML-DSA-87'],
]);

/** The shape an AlgorithmIdentifier names; RSA bits are added by the caller. */
function shapeOfAlgorithm(algorithmIdentifier: Tlv): KeyShape {
  const [oidTlv, params] = children(
    expectTag(algorithmIdentifier, TAG.SEQUENCE, 'AlgorithmIdentifier'),
  );
  const oid = oidText(expectTag(oidTlv, TAG.OID, 'algorithm OID').value);
  switch (oid) {
    case OID.rsaEncryption:
    case OID.rsassaPss:
      return { kty: 'RSA', oid };
    case OID.ecPublicKey: {
      const curveOid = params?.tag === TAG.OID ? oidText(params.value) : undefined;
      return {
        kty: 'EC',
        curve: curveOid ? (CURVE_OIDS.get(curveOid) ?? curveOid) : 'explicit',
        oid,
      };
    }
    case OID.ed25519:
      return { kty: 'OKP', curve: 'Ed25519', oid };
    case OID.ed448:
      return { kty: 'OKP', curve: 'Ed448', oid };
    case OID.x25519:
      return { kty: 'OKP', curve: 'X25519', oid };
    case OID.x448:
      return { kty: 'OKP', curve: 'X448', oid };
    default: {
      const parameterSet = ML_DSA.get(oid);
      return parameterSet ? { kty: 'AKP', parameterSet, oid } : { kty: undefined, oid };
    }
  }
}

/** RSAPublicKey or RSAPrivateKey (RFC 8017 A.1): the modulus is the first INTEGER after any version. */
function rsaModulusBits(der: Uint8Array, isPrivate: boolean): number {
  const fields = children(expectTag(readWhole(der), TAG.SEQUENCE, 'RSA key'));
  const modulus = expectTag(fields[isPrivate ? 1 : 0], TAG.INTEGER, 'RSA modulus');
  return bitLength(modulus.value);
}

/** SubjectPublicKeyInfo (RFC 5280 §4.1.2.7). */
export function shapeOfSpki(spki: Uint8Array): KeyShape {
  const [algorithm, key] = children(
    expectTag(readWhole(spki), TAG.SEQUENCE, 'SubjectPublicKeyInfo'),
  );
  const shape = shapeOfAlgorithm(expectTag(algorithm, TAG.SEQUENCE, 'AlgorithmIdentifier'));
  const bits = expectTag(key, TAG.BIT_STRING, 'subjectPublicKey');
  if (shape.kty !== 'RSA') return shape;
  return { ...shape, modulusBits: rsaModulusBits(bits.value.subarray(1), false) };
}

/** PrivateKeyInfo (RFC 5208 §5) or OneAsymmetricKey (RFC 5958 §2). */
export function shapeOfPkcs8(pkcs8: Uint8Array): KeyShape {
  const [version, algorithm, key] = children(
    expectTag(readWhole(pkcs8), TAG.SEQUENCE, 'PrivateKeyInfo'),
  );
  expectTag(version, TAG.INTEGER, 'version');
  const shape = shapeOfAlgorithm(expectTag(algorithm, TAG.SEQUENCE, 'AlgorithmIdentifier'));
  const octets = expectTag(key, TAG.OCTET_STRING, 'privateKey');
  if (shape.kty !== 'RSA') return shape;
  return { ...shape, modulusBits: rsaModulusBits(octets.value, true) };
}

export function shapeOfPkcs1(der: Uint8Array, isPrivate: boolean): KeyShape {
  return { kty: 'RSA', oid: OID.rsaEncryption, modulusBits: rsaModulusBits(der, isPrivate) };
}

/**
 * What a bare DER blob most likely is, for base64 pasted without its PEM lines: the PEM label
 * it needs, or undefined when it is none of the key structures.
 */
export function guessPemLabel(der: Uint8Array): string | undefined {
  try {
    const fields = children(expectTag(readWhole(der), TAG.SEQUENCE, 'SEQUENCE'));
    const [first, second] = fields;
    if (first?.tag === TAG.SEQUENCE && second?.tag === TAG.BIT_STRING) return 'PUBLIC KEY';
    if (first?.tag === TAG.SEQUENCE && first.value[0] === TAG.CONTEXT_0) return 'CERTIFICATE';
    if (first?.tag === TAG.SEQUENCE) return 'CERTIFICATE';
    if (first?.tag !== TAG.INTEGER) return undefined;
    if (second?.tag === TAG.SEQUENCE) return 'PRIVATE KEY';
    if (second?.tag === TAG.OCTET_STRING) return 'EC PRIVATE KEY';
    if (fields.length === 2 && second?.tag === TAG.INTEGER) return 'RSA PUBLIC KEY';
    if (fields.length >= 9) return 'RSA PRIVATE KEY';
    return undefined;
  } catch (error) {
    if (error instanceof DerError) return undefined;
    throw error;
  }
}
