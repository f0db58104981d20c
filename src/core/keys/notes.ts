/**
 * What the page should say about a key that was used, beside its facts: how its text was
 * repaired, how it was chosen from a set, and dangers in the key itself. Data only: the page
 * words each code (src/ui/i18n/messages/strict.ts).
 */

export type KeyNoteCode =
  /** The PEM held literal `\n` sequences (an environment variable, a JSON string): unescaped. */
  | 'PEM_ESCAPED_NEWLINES'
  /** The PEM's line breaks were lost (joined by spaces or not at all): put back. */
  | 'PEM_LINE_BREAKS_RESTORED'
  /** The PEM was wrapped in quotes, as copied from JSON or a shell: ignored. */
  | 'PEM_QUOTED'
  /** An EC JWK member was short: its producer dropped leading zero bytes (RFC 7518 §6.2.1.2). */
  | 'JWK_COORDINATE_PADDED'
  /** The secret box held an `oct` JWK or a JWK Set: its `k` is the HMAC key. */
  | 'SECRET_FROM_JWK'
  /** Several keys of the JWK Set fit: each is tried (jose: ERR_JWKS_MULTIPLE_MATCHING_KEYS). */
  | 'JWKS_SEVERAL_CANDIDATES'
  /** The JWK Set mixes `oct` secrets with public keys (RFC 8725 §2.1, algorithm confusion). */
  | 'JWKS_MIXES_SYMMETRIC_AND_ASYMMETRIC'
  /** CVE-2017-15361 (ROCA): the RSA modulus has the Infineon fingerprint; anyone can factor it. */
  | 'RSA_ROCA_FINGERPRINT';

export interface KeyNote {
  readonly code: KeyNoteCode;
  /** `danger`: the key must not be trusted; `warning`: worth fixing; `info`: what was changed. */
  readonly severity: 'danger' | 'warning' | 'info';
  readonly detail?: Readonly<Record<string, string | number | boolean>>;
}
