import type { Diagnostic, Part } from '../diagnostics';

/**
 * What the certificate checks find, as data (the page words them). In the order a chain is
 * read: the x5c array, each certificate's DER, its dates, the thumbprints, then the links.
 */
export type X509Code =
  /** RFC 7515 §4.1.6: x5c is a non-empty array of strings. */
  | 'X5C_NOT_ARRAY'
  /** An x5c entry is not standard base64 (x5c is base64, not base64url: RFC 7515 §4.1.6). */
  | 'X5C_BAD_BASE64'
  /** The bytes are not an X.509 certificate (RFC 5280 §4.1); `detail.offset` is where. */
  | 'CERT_BAD_DER'
  /** `now` is after notAfter (RFC 5280 §4.1.2.5). */
  | 'CERT_EXPIRED'
  /** `now` is before notBefore. */
  | 'CERT_NOT_YET_VALID'
  /** x5t is not the SHA-1 thumbprint of the first certificate (RFC 7515 §4.1.7). */
  | 'CERT_X5T_MISMATCH'
  /** x5t#S256 is not its SHA-256 thumbprint (RFC 7515 §4.1.8). */
  | 'CERT_X5T_S256_MISMATCH'
  /** A certificate's issuer is not the next one's subject (RFC 5280 §6.1.4 (a)(4)). */
  | 'CHAIN_ISSUER_MISMATCH'
  /** A certificate's signature does not verify with the next one's key. */
  | 'CHAIN_SIGNATURE_INVALID'
  /** A signature this runtime's WebCrypto cannot check (Ed448, SHA-1 ECDSA, PSS with another MGF1 hash). */
  | 'CHAIN_SIGNATURE_UNSUPPORTED'
  /** The last certificate is not self-signed: the chain stops before its root. */
  | 'CHAIN_INCOMPLETE'
  /**
   * A chain proves nothing by itself: anyone can make one. Only a root the verifier already
   * trusts gives it meaning (RFC 7515 §4.1.6, RFC 8725 §3.10).
   */
  | 'CHAIN_UNTRUSTED';

/** A diagnostic of this folder's own codes (the page words them from messages/). */
export interface X509Finding extends Omit<Diagnostic, 'code'> {
  readonly code: X509Code;
  /** The certificate it is about, 0 being the first (the one holding the key). */
  readonly index?: number;
}

export function finding(
  code: X509Code,
  part: Part,
  severity: Diagnostic['severity'],
  index?: number,
  detail?: Readonly<Record<string, string | number | boolean>>,
): X509Finding {
  return {
    code,
    part,
    severity,
    ...(index !== undefined ? { index } : {}),
    ...(detail ? { detail } : {}),
  };
}
