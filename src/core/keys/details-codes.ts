import type { Diagnostic, Part } from '../diagnostics';

/** What the key details find about a key beyond whether it imports (keys/errors.ts). */
export type KeyDetailsCode =
  /**
   * The key is the one the token carries in its own header (`jwk`, RFC 7515 §4.1.3, or the
   * first certificate of `x5c`, §4.1.6): a signature it verifies proves nothing until the
   * key, or the chain's root, is one the verifier already trusts (RFC 8725 §3.10).
   */
  | 'KEY_FROM_TOKEN'
  /** The header's `jwk` holds private members: anyone with the token can sign (RFC 7515 §4.1.3). */
  | 'KEY_FROM_TOKEN_PRIVATE'
  /** RFC 7517 §4.7: the JWK's key is not the key of its first x5c certificate. */
  | 'KEY_X5C_MISMATCH';

/** A diagnostic of this folder's own codes (the page words them from messages/). */
export interface KeyFinding extends Omit<Diagnostic, 'code'> {
  readonly code: KeyDetailsCode;
}

export function keyFinding(
  code: KeyDetailsCode,
  part: Part,
  severity: Diagnostic['severity'],
  detail?: Readonly<Record<string, string | number | boolean>>,
): KeyFinding {
  return { code, part, severity, ...(detail ? { detail } : {}) };
}
