import { children, expectTag, readWhole, TAG } from './der';

/**
 * The SubjectPublicKeyInfo inside an X.509 certificate (RFC 5280 §4.1): the seventh field of
 * tbsCertificate when the explicit [0] version is present, the sixth otherwise.
 */
export function spkiFromCertificate(certificate: Uint8Array): Uint8Array {
  const [tbs] = children(expectTag(readWhole(certificate), TAG.SEQUENCE, 'Certificate'));
  const fields = children(expectTag(tbs, TAG.SEQUENCE, 'tbsCertificate'));
  const index = fields[0]?.tag === TAG.CONTEXT_0 ? 6 : 5;
  return expectTag(fields[index], TAG.SEQUENCE, 'subjectPublicKeyInfo').raw;
}
