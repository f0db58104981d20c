/** What decoding a header or payload segment can say (jose/part.ts). */
export type PartCode =
  | 'HEADER_NOT_UTF8'
  | 'PAYLOAD_NOT_UTF8'
  | 'HEADER_JSON_SYNTAX'
  | 'PAYLOAD_JSON_SYNTAX'
  /** Text that is not JSON: allowed in a JWS payload (RFC 7515), not in a JWT's. */
  | 'PAYLOAD_NOT_JSON'
  | 'JSON_TOO_DEEP'
  | 'JSON_UNSAFE_INTEGER'
  | 'JSON_LOSSY_NUMBER'
  | 'JSON_NOT_CANONICAL_NUMBER'
  | 'JSON_DUPLICATE_KEY';
