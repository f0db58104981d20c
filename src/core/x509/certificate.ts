import { bytesToHex } from '../encoding/hex';
import { children, DerError, expectTag, oidText, readWhole, TAG, type Tlv } from '../keys/der';
import { nameToString } from './name';
import { readTime } from './time';

const BASIC_CONSTRAINTS = '2.5.29.19';
const BOOLEAN = 0x01;
const EXTENSIONS = 0xa3;

/** A certificate's fields that the page shows and the chain checks use (RFC 5280 §4.1). */
export interface Certificate {
  readonly der: Uint8Array;
  /** The DER of tbsCertificate: the bytes its issuer signed (RFC 5280 §4.1.1.3). */
  readonly tbs: Uint8Array;
  readonly version: number;
  readonly serialNumber: string;
  readonly signatureAlgorithm: { readonly oid: string; readonly parameters?: Tlv };
  readonly signature: Uint8Array;
  /** RFC 4514 strings. */
  readonly issuer: string;
  readonly subject: string;
  /** Seconds since the epoch. */
  readonly notBefore: number;
  readonly notAfter: number;
  readonly spki: Uint8Array;
  /** basicConstraints cA (RFC 5280 §4.2.1.9); undefined when the extension is absent. */
  readonly isCa?: boolean;
}

function algorithmIdentifier(tlv: Tlv | undefined): Certificate['signatureAlgorithm'] {
  const [oid, parameters] = children(expectTag(tlv, TAG.SEQUENCE, 'AlgorithmIdentifier'));
  return {
    oid: oidText(expectTag(oid, TAG.OID, 'algorithm').value),
    ...(parameters ? { parameters } : {}),
  };
}

function basicConstraintsCa(extensions: Tlv | undefined): boolean | undefined {
  if (!extensions) return undefined;
  const [list] = children(extensions);
  for (const extension of children(expectTag(list, TAG.SEQUENCE, 'Extensions'))) {
    const [id, ...rest] = children(expectTag(extension, TAG.SEQUENCE, 'Extension'));
    if (oidText(expectTag(id, TAG.OID, 'extnID').value) !== BASIC_CONSTRAINTS) continue;
    const value = expectTag(rest[rest.length - 1], TAG.OCTET_STRING, 'extnValue');
    const [ca] = children(expectTag(readWhole(value.value), TAG.SEQUENCE, 'BasicConstraints'));
    return ca?.tag === BOOLEAN && ca.value[0] !== 0;
  }
  return undefined;
}

/** Reads an X.509 v1-v3 certificate; throws DerError at the first field that is not as RFC 5280 §4.1 says. */
export function parseCertificate(der: Uint8Array): Certificate {
  const [tbsTlv, algorithm, signatureTlv, extra] = children(
    expectTag(readWhole(der), TAG.SEQUENCE, 'Certificate'),
  );
  if (extra) throw new DerError('unexpected field after signatureValue', extra.start);
  const fields = children(expectTag(tbsTlv, TAG.SEQUENCE, 'tbsCertificate'));
  // RFC 5280 §4.1.2.1: version is [0] EXPLICIT, absent for v1.
  const explicitVersion = fields[0]?.tag === TAG.CONTEXT_0 ? fields.shift() : undefined;
  const version = explicitVersion
    ? (expectTag(children(explicitVersion)[0], TAG.INTEGER, 'version').value[0] ?? 0) + 1
    : 1;
  const [serial, innerAlgorithm, issuer, validity, subject, spki, ...optional] = fields;
  const [notBefore, notAfter] = children(expectTag(validity, TAG.SEQUENCE, 'Validity'));
  if (!notBefore || !notAfter) throw new DerError('Validity needs two times', validity!.start);
  const signature = expectTag(signatureTlv, TAG.BIT_STRING, 'signatureValue').value;
  const signatureAlgorithm = algorithmIdentifier(algorithm);
  // §4.1.1.2: the algorithm inside tbsCertificate must be the one outside.
  if (algorithmIdentifier(innerAlgorithm).oid !== signatureAlgorithm.oid) {
    throw new DerError('signature algorithms inside and outside differ', innerAlgorithm!.start);
  }
  const isCa = basicConstraintsCa(optional.find((field) => field.tag === EXTENSIONS));
  return {
    der,
    tbs: tbsTlv!.raw,
    version,
    serialNumber: bytesToHex(expectTag(serial, TAG.INTEGER, 'serialNumber').value),
    signatureAlgorithm,
    signature: signature.subarray(1),
    issuer: nameToString(expectTag(issuer, TAG.SEQUENCE, 'issuer')),
    subject: nameToString(expectTag(subject, TAG.SEQUENCE, 'subject')),
    notBefore: readTime(notBefore),
    notAfter: readTime(notAfter),
    spki: expectTag(spki, TAG.SEQUENCE, 'subjectPublicKeyInfo').raw,
    ...(isCa !== undefined ? { isCa } : {}),
  };
}
