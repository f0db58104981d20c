import { decodeBase64url, encodeBase64url } from '../encoding/base64url';
import {
  children,
  DerError,
  encodeTlv,
  expectTag,
  oidBytes,
  oidText,
  readWhole,
  TAG,
  unsignedInteger,
} from './der';
import type { Jwk } from './jwk';
import { CURVE_OID_BY_NAME, CURVE_OIDS, OID } from './oids';
import { spkiFromPkcs1 } from './wrap';

/**
 * A public key between its two spellings, SubjectPublicKeyInfo (RFC 5280 §4.1.2.7) and a
 * public JWK, by hand: no WebCrypto, so it works for keys this runtime cannot import
 * (secp256k1, Ed448, an ML-DSA parameter set the browser lacks, an id-RSASSA-PSS key).
 */

/** JWK `crv` names with an SPKI curve OID, and each coordinate's length (RFC 7518 §6.2.1.2). */
const EC_SIZES: Readonly<Record<string, number>> = {
  'P-256': 32,
  'P-384': 48,
  'P-521': 66,
  secp256k1: 32, // RFC 8812 §3.1
};

/** RFC 8410 §3 and RFC 9881 (ML-DSA in X.509): the key is the BIT STRING, no parameters. */
const RAW_KEY_OIDS: readonly (readonly [oid: string, kty: 'OKP' | 'AKP', name: string])[] = [
  [OID.ed25519, 'OKP', 'Ed25519'],
  [OID.ed448, 'OKP', 'Ed448'],
  [OID.x25519, 'OKP', 'X25519'],
  [OID.x448, 'OKP', 'X448'],
  [OID.mlDsa44, 'AKP', 'ML-DSA-44'],
  [OID.mlDsa65, 'AKP', 'ML-DSA-65'],
  [OID.mlDsa87, 'AKP', 'ML-DSA-87'],
];

export type SpkiJwkProblem =
  /** An algorithm or curve no JWK key type spells (DSA, brainpool, explicit EC parameters). */
  | 'no-jwk-form'
  /** A compressed or malformed EC point (JWK needs both coordinates). */
  | 'bad-point'
  /** The DER (or a JWK member) is not what the key type needs. */
  | 'malformed';

export type SpkiJwkResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: SpkiJwkProblem };

const fail = (problem: SpkiJwkProblem) => ({ ok: false, problem }) as const;

function toJwk(spki: Uint8Array): SpkiJwkResult<Jwk> {
  const [algorithm, key] = children(
    expectTag(readWhole(spki), TAG.SEQUENCE, 'SubjectPublicKeyInfo'),
  );
  const [oidTlv, params] = children(expectTag(algorithm, TAG.SEQUENCE, 'AlgorithmIdentifier'));
  const oid = oidText(expectTag(oidTlv, TAG.OID, 'algorithm').value);
  const bits = expectTag(key, TAG.BIT_STRING, 'subjectPublicKey').value;
  if (bits[0] !== 0) return fail('malformed');
  const keyBytes = bits.subarray(1);

  if (oid === OID.rsaEncryption || oid === OID.rsassaPss) {
    // RFC 3279 §2.3.1: RSAPublicKey ::= SEQUENCE { modulus, publicExponent }.
    const [n, e] = children(expectTag(readWhole(keyBytes), TAG.SEQUENCE, 'RSAPublicKey'));
    const modulus = unsignedInteger(expectTag(n, TAG.INTEGER, 'modulus').value);
    const exponent = unsignedInteger(expectTag(e, TAG.INTEGER, 'publicExponent').value);
    const value = { kty: 'RSA', n: encodeBase64url(modulus), e: encodeBase64url(exponent) };
    return { ok: true, value };
  }
  if (oid === OID.ecPublicKey) {
    const curve = params?.tag === TAG.OID ? CURVE_OIDS.get(oidText(params.value)) : undefined;
    const size = curve === undefined ? undefined : EC_SIZES[curve];
    if (curve === undefined || size === undefined) return fail('no-jwk-form');
    // SEC 1 §2.3.3: 0x04 || X || Y, the uncompressed point.
    if (keyBytes.length !== 1 + 2 * size || keyBytes[0] !== 4) return fail('bad-point');
    const x = encodeBase64url(keyBytes.subarray(1, 1 + size));
    const y = encodeBase64url(keyBytes.subarray(1 + size));
    return { ok: true, value: { kty: 'EC', crv: curve, x, y } };
  }
  const raw = RAW_KEY_OIDS.find(([candidate]) => candidate === oid);
  if (!raw) return fail('no-jwk-form');
  const [, kty, name] = raw;
  const encoded = encodeBase64url(keyBytes);
  // RFC 8037 §2 (OKP: crv, x); RFC 9964 §3 (AKP: alg, pub).
  const value = kty === 'OKP' ? { kty, crv: name, x: encoded } : { kty, alg: name, pub: encoded };
  return { ok: true, value };
}

/** The public JWK of an SPKI: `kty`, then the members RFC 7638 §3.2 requires for its type. */
export function publicJwkFromSpki(spki: Uint8Array): SpkiJwkResult<Jwk> {
  try {
    return toJwk(spki);
  } catch (error) {
    if (error instanceof DerError) return fail('malformed');
    throw error;
  }
}

function member(jwk: Jwk, name: string): Uint8Array | undefined {
  const value = jwk[name];
  if (typeof value !== 'string') return undefined;
  const decoded = decodeBase64url(value);
  return decoded.ok ? decoded.bytes : undefined;
}

function derInteger(magnitude: Uint8Array): Uint8Array {
  const trimmed = unsignedInteger(magnitude);
  // A leading 1 bit would read as negative: DER puts a zero byte first (X.690 §8.3).
  return encodeTlv(TAG.INTEGER, trimmed[0]! & 0x80 ? Uint8Array.of(0, ...trimmed) : trimmed);
}

function bitString(content: Uint8Array): Uint8Array {
  return encodeTlv(TAG.BIT_STRING, Uint8Array.of(0), content);
}

/** The SPKI of a public JWK (or of a private one's public members). */
export function spkiFromPublicJwk(jwk: Jwk): SpkiJwkResult<Uint8Array> {
  switch (jwk.kty) {
    case 'RSA': {
      const [n, e] = [member(jwk, 'n'), member(jwk, 'e')];
      if (!n?.length || !e?.length) return fail('malformed');
      const rsaPublicKey = encodeTlv(TAG.SEQUENCE, derInteger(n), derInteger(e));
      return { ok: true, value: spkiFromPkcs1(rsaPublicKey) };
    }
    case 'EC': {
      const curve = typeof jwk.crv === 'string' ? jwk.crv : '';
      const size = EC_SIZES[curve];
      const curveOid = CURVE_OID_BY_NAME.get(curve);
      if (size === undefined || curveOid === undefined) return fail('no-jwk-form');
      const [x, y] = [member(jwk, 'x'), member(jwk, 'y')];
      if (x?.length !== size || y?.length !== size) return fail('bad-point');
      const algorithm = encodeTlv(TAG.SEQUENCE, oidBytes(OID.ecPublicKey), oidBytes(curveOid));
      return {
        ok: true,
        value: encodeTlv(TAG.SEQUENCE, algorithm, bitString(Uint8Array.of(4, ...x, ...y))),
      };
    }
    case 'OKP':
    case 'AKP': {
      const name = jwk.kty === 'OKP' ? jwk.crv : jwk.alg;
      const entry = RAW_KEY_OIDS.find(
        ([, kty, candidate]) => kty === jwk.kty && candidate === name,
      );
      if (!entry) return fail('no-jwk-form');
      const raw = member(jwk, jwk.kty === 'OKP' ? 'x' : 'pub');
      if (!raw?.length) return fail('malformed');
      const algorithm = encodeTlv(TAG.SEQUENCE, oidBytes(entry[0]));
      return { ok: true, value: encodeTlv(TAG.SEQUENCE, algorithm, bitString(raw)) };
    }
    default:
      return fail('no-jwk-form');
  }
}
