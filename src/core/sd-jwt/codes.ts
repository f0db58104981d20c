/**
 * Every finding the SD-JWT engine reports, as a code (RFC 9901). The page turns each code into
 * English or Chinese (src/ui/i18n/messages/sd-jwt.ts); the core never writes UI text.
 */
import type { Diagnostic, Part, Severity } from '../diagnostics';
import type { JsonPath } from '../json/types';

export type SdJwtCode =
  // Reading the compact serialization (RFC 9901 §4).
  | 'SD_JWT_NO_TILDE'
  | 'SD_JWT_TRAILING_TILDE_MISSING'
  | 'SD_JWT_EMPTY_DISCLOSURE'
  | 'SD_JWT_ISSUER_JWS_MALFORMED'
  | 'SD_JWT_ISSUER_ALG_NONE'
  | 'SD_JWT_PAYLOAD_NOT_OBJECT'
  | 'SD_JWT_TOO_DEEP'
  // SD-JWT VC (draft-ietf-oauth-sd-jwt-vc §3.2.2.1): `vct` is required.
  | 'SD_JWT_VC_NO_VCT'
  // One disclosure (RFC 9901 §4.2.1, §4.2.2).
  | 'DISCLOSURE_BASE64URL'
  | 'DISCLOSURE_NOT_UTF8'
  | 'DISCLOSURE_NOT_JSON'
  | 'DISCLOSURE_NOT_ARRAY'
  | 'DISCLOSURE_WRONG_LENGTH'
  | 'DISCLOSURE_SALT_NOT_STRING'
  | 'DISCLOSURE_NAME_NOT_STRING'
  | 'DISCLOSURE_NAME_RESERVED'
  | 'DISCLOSURE_DUPLICATE_KEY'
  | 'DISCLOSURE_REPEATED'
  // The hash algorithm (RFC 9901 §4.1.1).
  | 'SD_ALG_UNSUPPORTED'
  | 'SD_ALG_NESTED'
  // Processing (RFC 9901 §7.1).
  | 'SD_NOT_ARRAY'
  | 'SD_DIGEST_NOT_STRING'
  | 'ELLIPSIS_NOT_DIGEST'
  | 'ELLIPSIS_OUTSIDE_ARRAY'
  | 'DIGEST_REPEATED'
  | 'DISCLOSURE_NOT_REFERENCED'
  | 'DISCLOSURE_CLAIM_EXISTS'
  | 'DISCLOSURE_WRONG_KIND'
  // The key-binding JWT (RFC 9901 §4.3, §7.3).
  | 'KB_VERIFIED'
  | 'KB_ABSENT'
  | 'KB_MALFORMED'
  | 'KB_TYP'
  | 'KB_ALG_NONE'
  | 'KB_NO_HOLDER_KEY'
  | 'KB_HOLDER_KEY_UNUSABLE'
  | 'KB_SIGNATURE_INVALID'
  | 'KB_SD_HASH_MISSING'
  | 'KB_SD_HASH_MISMATCH'
  | 'KB_SD_HASH_ALG_UNSUPPORTED'
  | 'KB_IAT_MISSING'
  | 'KB_AUD_MISSING'
  | 'KB_NONCE_MISSING'
  | 'KB_AUD_UNEXPECTED'
  | 'KB_NONCE_UNEXPECTED'
  // Issuing (RFC 9901 §4.2, SD-JWT VC §3.2.2).
  | 'ISSUE_PAYLOAD_NOT_OBJECT'
  | 'ISSUE_PAYLOAD_RESERVED_CLAIM'
  | 'ISSUE_PATH_EMPTY'
  | 'ISSUE_PATH_NOT_FOUND'
  | 'ISSUE_PATH_REPEATED'
  | 'ISSUE_VC_NOT_DISCLOSABLE'
  | 'ISSUE_DECOY_PATH'
  | 'ISSUE_SD_ALG_UNSUPPORTED'
  | 'ISSUE_ALG_NONE'
  | 'ISSUE_SIGN_FAILED'
  // Presenting (RFC 9901 §7.2).
  | 'PRESENT_KB_DROPPED'
  | 'PRESENT_DISCLOSURE_UNKNOWN';

/**
 * A finding about an SD-JWT: a diagnostic's fields with an SD-JWT code, and whether RFC 9901
 * says to reject. Its own type, so that the codes stay in this folder's union.
 */
export interface SdJwtFinding extends Omit<Diagnostic, 'code'> {
  readonly code: SdJwtCode;
  /** RFC 9901 says the SD-JWT MUST be rejected (§7.1, §7.3). */
  readonly reject: boolean;
  /** The disclosure the finding is about, by its position in the token. */
  readonly disclosure?: number;
  /** Where in the payload (issuer's, or the disclosed one) the finding is. */
  readonly path?: JsonPath;
}

export function finding(
  code: SdJwtCode,
  part: Part,
  severity: Severity,
  reject: boolean,
  fields: Omit<SdJwtFinding, 'code' | 'part' | 'severity' | 'reject'> = {},
): SdJwtFinding {
  return { code, part, severity, reject, ...fields };
}

/** True when any finding says RFC 9901 requires the SD-JWT to be rejected. */
export function mustReject(findings: readonly SdJwtFinding[]): boolean {
  return findings.some((item) => item.reject);
}
