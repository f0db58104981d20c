import { children, DerError, encodeTlv, expectTag, oidBytes, oidText, readWhole, TAG } from './der';
import { CURVE_OID_BY_NAME, CURVE_OIDS, OID } from './oids';

const NULL = new Uint8Array([TAG.NULL, 0]);
const ZERO = new Uint8Array([TAG.INTEGER, 1, 0]);

function rsaAlgorithmIdentifier(): Uint8Array {
  return encodeTlv(TAG.SEQUENCE, oidBytes(OID.rsaEncryption), NULL);
}

/** PKCS#1 RSAPublicKey into SubjectPublicKeyInfo (RFC 8017 A.1.1, RFC 3279 §2.3.1). */
export function spkiFromPkcs1(rsaPublicKey: Uint8Array): Uint8Array {
  readWhole(rsaPublicKey);
  return encodeTlv(
    TAG.SEQUENCE,
    rsaAlgorithmIdentifier(),
    encodeTlv(TAG.BIT_STRING, new Uint8Array([0]), rsaPublicKey),
  );
}

/** PKCS#1 RSAPrivateKey into PKCS#8 PrivateKeyInfo (RFC 5208 §5). */
export function pkcs8FromPkcs1(rsaPrivateKey: Uint8Array): Uint8Array {
  readWhole(rsaPrivateKey);
  return encodeTlv(
    TAG.SEQUENCE,
    ZERO,
    rsaAlgorithmIdentifier(),
    encodeTlv(TAG.OCTET_STRING, rsaPrivateKey),
  );
}

/** The curve of a SEC1 key: its [0] parameters, else the private scalar's length. */
export function sec1Curve(ecPrivateKey: Uint8Array): string {
  const fields = children(expectTag(readWhole(ecPrivateKey), TAG.SEQUENCE, 'ECPrivateKey'));
  const scalar = expectTag(fields[1], TAG.OCTET_STRING, 'privateKey');
  const params = fields.find((field) => field.tag === TAG.CONTEXT_0);
  if (params) {
    const oid = oidText(expectTag(children(params)[0], TAG.OID, 'namedCurve').value);
    return CURVE_OIDS.get(oid) ?? oid;
  }
  const byLength: Record<number, string> = { 32: 'P-256', 48: 'P-384', 66: 'P-521' };
  const curve = byLength[scalar.value.length];
  if (!curve) throw new DerError('SEC1 key names no curve', 0);
  return curve;
}

/** SEC1 ECPrivateKey (RFC 5915 §3) into PKCS#8 with the id-ecPublicKey algorithm (RFC 5480). */
export function pkcs8FromSec1(ecPrivateKey: Uint8Array, curve: string): Uint8Array {
  const curveOid = CURVE_OID_BY_NAME.get(curve) ?? curve;
  const algorithm = encodeTlv(TAG.SEQUENCE, oidBytes(OID.ecPublicKey), oidBytes(curveOid));
  return encodeTlv(TAG.SEQUENCE, ZERO, algorithm, encodeTlv(TAG.OCTET_STRING, ecPrivateKey));
}
