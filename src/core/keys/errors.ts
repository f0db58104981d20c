import { KeyError } from '../errors';

/**
 * Why a key cannot be used, in the order `importKeyText` checks: its text, its format, then
 * whether it fits the alg, then whether this runtime can import it.
 */
export type KeyErrorCode =
  | 'KEY_EMPTY'
  /** Neither PEM, JSON, nor bare base64 key material. */
  | 'KEY_UNKNOWN_FORMAT'
  /** BEGIN without END, labels that differ, a body that is not base64. */
  | 'KEY_BAD_PEM'
  /** A PEM label we do not read, e.g. `OPENSSH PRIVATE KEY`. */
  | 'KEY_UNSUPPORTED_PEM_LABEL'
  /** `ENCRYPTED PRIVATE KEY` or a `Proc-Type: 4,ENCRYPTED` PEM: needs a passphrase. */
  | 'KEY_ENCRYPTED'
  /** Base64 key material without its BEGIN/END lines; `detail.label` is the label it needs. */
  | 'KEY_PEM_ARMOR_MISSING'
  /** The DER inside is not the structure its label promises. */
  | 'KEY_BAD_DER'
  /** JSON that does not parse, or is not a JWK or JWK Set. */
  | 'KEY_BAD_JWK'
  /** A JWK Set without a key for this token; `detail.reasons` says why each was passed over. */
  | 'KEY_NO_MATCH_IN_JWKS'
  /** The key's type does not fit the alg, e.g. an EC key for RS256 (named as keyTypeName does). */
  | 'KEY_WRONG_TYPE'
  /** A key no JWS alg uses (DSA, an unknown algorithm OID); `detail.oid` is its OID. */
  | 'KEY_UNSUPPORTED_TYPE'
  /** An EC or OKP key on another curve, e.g. secp256k1 for ES256. */
  | 'KEY_WRONG_CURVE'
  /** RFC 7518 §3.3: RSA keys must be at least 2048 bits. */
  | 'KEY_RSA_TOO_SMALL'
  /** A public key where signing needs the private one. */
  | 'KEY_PUBLIC_CANNOT_SIGN'
  /** The JWK's own `alg` names another algorithm (RFC 7517 §4.4). */
  | 'KEY_JWK_ALG_MISMATCH'
  /** The JWK's `use` is not `sig`, or `key_ops` lacks the operation (RFC 7517 §4.2, §4.3). */
  | 'KEY_JWK_USE_MISMATCH'
  /** An algorithm this runtime's WebCrypto lacks (ML-DSA before Chromium 156). */
  | 'KEY_ALG_NOT_SUPPORTED'
  /** The alg takes no key (`none`) or is unknown. */
  | 'KEY_ALG_UNUSABLE'
  /** The secret's text is not valid in the chosen encoding. */
  | 'KEY_SECRET_BAD_ENCODING'
  /** WebCrypto refused the key; `cause` holds its error. */
  | 'KEY_IMPORT_FAILED';

export function keyError(
  code: KeyErrorCode,
  message: string,
  detail: Record<string, string | number | boolean> = {},
  cause?: unknown,
): KeyError {
  return new KeyError(code, message, detail, cause === undefined ? undefined : { cause });
}
