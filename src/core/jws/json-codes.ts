/** Findings about the JWS JSON Serialization (RFC 7515 §7.2), as codes the page translates. */
import type { Diagnostic, Severity } from '../diagnostics';

export type JwsJsonCode =
  | 'JWS_JSON_SYNTAX'
  | 'JWS_JSON_NOT_OBJECT'
  | 'JWS_JSON_DUPLICATE_MEMBER'
  | 'JWS_JSON_NO_PAYLOAD'
  | 'JWS_JSON_PAYLOAD_NOT_STRING'
  | 'JWS_JSON_NO_SIGNATURE'
  | 'JWS_JSON_BOTH_FORMS'
  | 'JWS_JSON_SIGNATURES_NOT_ARRAY'
  | 'JWS_JSON_SIGNATURES_EMPTY'
  | 'JWS_JSON_SIGNATURE_NOT_OBJECT'
  | 'JWS_JSON_SIGNATURE_NOT_STRING'
  | 'JWS_JSON_SIGNATURE_BASE64URL'
  | 'JWS_JSON_NO_HEADER'
  | 'JWS_JSON_PROTECTED_NOT_STRING'
  | 'JWS_JSON_PROTECTED_NOT_OBJECT'
  | 'JWS_JSON_HEADER_NOT_OBJECT'
  | 'JWS_JSON_HEADER_DUPLICATE'
  | 'JWS_JSON_CRIT_UNPROTECTED'
  | 'JWS_JSON_NO_ALG'
  | 'JWS_JSON_ALG_NOT_STRING'
  | 'JWS_JSON_SD_DISCLOSURES_INVALID'
  | 'JWS_JSON_SD_KB_JWT_INVALID'
  | 'JWS_JSON_SD_NOT_FIRST'
  | 'JWS_JSON_CONVERT_MULTIPLE'
  | 'JWS_JSON_CONVERT_UNPROTECTED_DROPPED'
  | 'JWS_JSON_CONVERT_ALG_UNPROTECTED'
  | 'JWS_JSON_CONVERT_NOT_COMPACT';

export interface JwsJsonFinding extends Omit<Diagnostic, 'code'> {
  readonly code: JwsJsonCode;
  /** The signature the finding is about, by its position in `signatures` (0 when flattened). */
  readonly signature?: number;
}

export function jwsJsonFinding(
  code: JwsJsonCode,
  severity: Severity,
  fields: Omit<JwsJsonFinding, 'code' | 'part' | 'severity'> = {},
): JwsJsonFinding {
  return { code, part: 'token', severity, ...fields };
}
