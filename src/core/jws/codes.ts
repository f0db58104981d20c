/** What the JWS parser and encoder can say about a header or payload (jws/parse.ts, debug/encode.ts). */
export type JwsCode =
  | 'HEADER_NOT_OBJECT'
  | 'HEADER_NO_ALG'
  | 'HEADER_ALG_NOT_STRING'
  | 'PAYLOAD_DETACHED'
  | 'PAYLOAD_NOT_OBJECT'
  | 'ALG_UNKNOWN'
  /** The header and payload lead and no key can sign them. */
  | 'SIGN_NO_SECRET'
  | 'SIGN_NO_PRIVATE_KEY';

/** Why signing failed (jws/sign.ts). */
export type SignErrorCode =
  | 'SIGN_ALG_UNKNOWN'
  | 'SIGN_NO_KEY'
  | 'SIGN_KEY_ALG_MISMATCH'
  | 'SIGN_KEY_CANNOT_SIGN'
  | 'SIGN_FAILED'
  /** RFC 7797 §5.2: with `b64: false`, a compact JWS cannot carry a payload with a dot. */
  | 'SIGN_UNENCODED_PAYLOAD_DOT';
