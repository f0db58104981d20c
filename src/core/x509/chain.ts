import type { Part } from '../diagnostics';
import { DerError } from '../keys/der';
import type { Jwk } from '../keys/jwk';
import { shapeOfSpki, type KeyShape } from '../keys/shape';
import { publicJwkFromSpki } from '../keys/spki-jwk';
import { parseCertificate, type Certificate } from './certificate';
import { checkSignature, type SignatureCheck } from './check-signature';
import { finding, type X509Finding } from './codes';
import { signatureScheme } from './signature-algorithms';
import { certificateThumbprints, type CertificateThumbprints } from './thumbprints';

/** One certificate of a chain as the page shows it. */
export interface CertificateSummary {
  /** Its place in the chain, 0 being the certificate of the key. */
  readonly index: number;
  readonly subject: string;
  readonly issuer: string;
  readonly serialNumber: string;
  readonly version: number;
  /** Seconds since the epoch. */
  readonly notBefore: number;
  readonly notAfter: number;
  readonly validity: 'valid' | 'expired' | 'not-yet-valid';
  readonly key: KeyShape;
  /** The certified key as a JWK, where its type has one. */
  readonly publicJwk?: Jwk;
  /** The signature algorithm's name, or its OID when the page does not know it. */
  readonly signatureAlgorithm: string;
  readonly isCa?: boolean;
  readonly thumbprints: CertificateThumbprints;
  /**
   * Who signed it, as far as the chain shows: the next certificate, itself (a self-signed
   * root), or nobody here (the last certificate, issued by one not included).
   */
  readonly signer: 'next' | 'self' | 'absent';
  /** The signature check, for a signer that is here and readable. */
  readonly signature?: SignatureCheck;
  /** For signer `next`: is its issuer the next certificate's subject? */
  readonly issuerMatchesNext?: boolean;
}

export interface ThumbprintCheck {
  /** The value given (x5t or x5t#S256), as text. */
  readonly given: string;
  readonly matches: boolean;
}

export interface ChainReport {
  /** The certificates that could be read, in chain order. */
  readonly certificates: readonly CertificateSummary[];
  readonly x5t?: ThumbprintCheck;
  readonly x5tS256?: ThumbprintCheck;
  readonly findings: readonly X509Finding[];
}

export interface ChainOptions {
  /** Seconds since the epoch; the checks never read the clock. */
  readonly now: number;
  /** Where the chain came from: the token header, or a key box. */
  readonly part: Part;
  /** The `x5t` and `x5t#S256` given alongside, checked against the first certificate. */
  readonly x5t?: unknown;
  readonly x5tS256?: unknown;
}

/** The certified key's shape; a damaged SPKI inside a readable certificate has none. */
function keyShape(spki: Uint8Array): KeyShape {
  try {
    return shapeOfSpki(spki);
  } catch (error) {
    if (error instanceof DerError) return { kty: undefined };
    throw error;
  }
}

function validityAt(certificate: Certificate, now: number): CertificateSummary['validity'] {
  if (now < certificate.notBefore) return 'not-yet-valid';
  return now > certificate.notAfter ? 'expired' : 'valid';
}

function thumbprintCheck(given: unknown, actual: string): ThumbprintCheck | undefined {
  if (given === undefined) return undefined;
  const text = typeof given === 'string' ? given : JSON.stringify(given);
  return { given: text, matches: text === actual };
}

/**
 * Reads a chain (RFC 5280 §6.1's order reversed, as x5c has it: RFC 7515 §4.1.6) and checks
 * what can be checked without trusting anything: each certificate's dates against `now`, the
 * thumbprints given, and whether each is signed by the next (WebCrypto), the last by itself.
 */
export async function inspectChain(
  ders: readonly Uint8Array[],
  options: ChainOptions,
): Promise<ChainReport> {
  const { now, part } = options;
  const findings: X509Finding[] = [];
  const parsed = ders.map((der, index) => {
    try {
      return parseCertificate(der);
    } catch (error) {
      if (!(error instanceof DerError)) throw error;
      findings.push(finding('CERT_BAD_DER', part, 'error', index, { offset: error.offset }));
      return undefined;
    }
  });

  const certificates: CertificateSummary[] = [];
  for (const [index, certificate] of parsed.entries()) {
    if (!certificate) continue;
    const next = parsed[index + 1];
    const selfIssued = certificate.subject === certificate.issuer;
    const isLast = index === parsed.length - 1;
    const signer = !isLast ? 'next' : selfIssued ? 'self' : 'absent';
    const issuerCertificate =
      signer === 'next' ? next : signer === 'self' ? certificate : undefined;
    const [signature, thumbprints] = await Promise.all([
      issuerCertificate ? checkSignature(certificate, issuerCertificate.spki) : undefined,
      certificateThumbprints(certificate.der),
    ]);
    const jwk = publicJwkFromSpki(certificate.spki);
    const validity = validityAt(certificate, now);
    if (validity === 'expired') {
      findings.push(
        finding('CERT_EXPIRED', part, 'error', index, { notAfter: certificate.notAfter }),
      );
    } else if (validity === 'not-yet-valid') {
      findings.push(
        finding('CERT_NOT_YET_VALID', part, 'error', index, { notBefore: certificate.notBefore }),
      );
    }
    const issuerMatchesNext =
      signer === 'next' && next ? certificate.issuer === next.subject : undefined;
    if (issuerMatchesNext === false)
      findings.push(finding('CHAIN_ISSUER_MISMATCH', part, 'error', index));
    if (signature?.status === 'invalid') {
      findings.push(finding('CHAIN_SIGNATURE_INVALID', part, 'error', index, { signer }));
    } else if (signature?.status === 'unsupported') {
      findings.push(finding('CHAIN_SIGNATURE_UNSUPPORTED', part, 'warning', index));
    }
    if (signer === 'absent') findings.push(finding('CHAIN_INCOMPLETE', part, 'info', index));
    const scheme = signatureScheme(certificate.signatureAlgorithm);
    certificates.push({
      index,
      subject: certificate.subject,
      issuer: certificate.issuer,
      serialNumber: certificate.serialNumber,
      version: certificate.version,
      notBefore: certificate.notBefore,
      notAfter: certificate.notAfter,
      validity,
      key: keyShape(certificate.spki),
      ...(jwk.ok ? { publicJwk: jwk.value } : {}),
      signatureAlgorithm: scheme?.name ?? certificate.signatureAlgorithm.oid,
      ...(certificate.isCa !== undefined ? { isCa: certificate.isCa } : {}),
      thumbprints,
      signer,
      ...(signature ? { signature } : {}),
      ...(issuerMatchesNext !== undefined ? { issuerMatchesNext } : {}),
    });
  }

  const first = certificates[0]?.index === 0 ? certificates[0] : undefined;
  const x5t = first ? thumbprintCheck(options.x5t, first.thumbprints.x5t) : undefined;
  const x5tS256 = first ? thumbprintCheck(options.x5tS256, first.thumbprints.x5tS256) : undefined;
  if (x5t?.matches === false) {
    findings.push(finding('CERT_X5T_MISMATCH', part, 'error', 0, { given: x5t.given }));
  }
  if (x5tS256?.matches === false) {
    findings.push(finding('CERT_X5T_S256_MISMATCH', part, 'error', 0, { given: x5tS256.given }));
  }
  return {
    certificates,
    ...(x5t ? { x5t } : {}),
    ...(x5tS256 ? { x5tS256 } : {}),
    findings,
  };
}
