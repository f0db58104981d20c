import type { Part } from '../diagnostics';
import { decodeBase64 } from '../encoding/base64url';
import { finding, type X509Finding } from './codes';

export interface CertificateList {
  readonly ders: readonly Uint8Array[];
  readonly findings: readonly X509Finding[];
}

const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;

/** Every CERTIFICATE block of PEM text (RFC 7468 §5), in order: a chain pasted as a bundle. */
export function certificatesFromPem(text: string, part: Part): CertificateList {
  const ders: Uint8Array[] = [];
  const findings: X509Finding[] = [];
  for (const [index, match] of [...text.matchAll(CERTIFICATE_BLOCK)].entries()) {
    const decoded = decodeBase64(match[1]!);
    if (decoded.ok) ders.push(decoded.bytes);
    else findings.push(finding('CERT_BAD_DER', part, 'error', index, { offset: 0 }));
  }
  return { ders, findings };
}

/**
 * An `x5c` value (RFC 7515 §4.1.6, RFC 7517 §4.7): a non-empty array of base64 (not
 * base64url) DER certificates, the one of the key first.
 */
export function certificatesFromX5c(x5c: unknown, part: Part): CertificateList {
  if (!Array.isArray(x5c) || x5c.length === 0) {
    return { ders: [], findings: [finding('X5C_NOT_ARRAY', part, 'error')] };
  }
  const ders: Uint8Array[] = [];
  const findings: X509Finding[] = [];
  for (const [index, entry] of x5c.entries()) {
    const decoded = typeof entry === 'string' ? decodeBase64(entry) : undefined;
    if (decoded?.ok) {
      ders.push(decoded.bytes);
      continue;
    }
    const detail =
      decoded && !decoded.ok && 'char' in decoded.problem
        ? { char: decoded.problem.char, offset: decoded.problem.offset }
        : undefined;
    findings.push(finding('X5C_BAD_BASE64', part, 'error', index, detail));
    // The indexes that follow would be off by one: stop at the first unreadable entry.
    break;
  }
  return { ders, findings };
}
