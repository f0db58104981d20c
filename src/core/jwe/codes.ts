/**
 * Every code the JWE engine reports, as string-literal unions: the page's message tables
 * (src/ui/i18n/messages/jwe.ts) are typed `Record<JweCode, string>`, so a new code without its
 * English and Chinese text does not compile. Codes say what is wrong; the diagnostic's `part`
 * and `detail` say where and with which values.
 */

import type { Diagnostic, DiagnosticCode, Part, Severity } from '../diagnostics';

/** Problems found by `parseJwe` in the token's parts and its protected header. */
export const JWE_PARSE_CODES = [
  /** Not five dot-separated parts (RFC 7516 §7.1). `detail.count`. */
  'JWE_PART_COUNT',
  /** The JWE JSON Serialization (RFC 7516 §7.2): read, but not decrypted by this page. */
  'JWE_JSON_SERIALIZATION',
  'JWE_HEADER_NOT_OBJECT',
  'JWE_ALG_MISSING',
  'JWE_ALG_NOT_STRING',
  /** An `alg` that is no key-management algorithm (a JWS alg, a typo). `detail.alg`. */
  'JWE_ALG_UNKNOWN',
  'JWE_ENC_MISSING',
  'JWE_ENC_NOT_STRING',
  /** `detail.enc`. */
  'JWE_ENC_UNKNOWN',
  /** `zip` other than "DEF" (RFC 7516 §4.1.3). `detail.zip`. */
  'JWE_ZIP_UNKNOWN',
  /** A header parameter the alg needs is absent (`epk`, `p2s`, `p2c`, `iv`, `tag`). `detail.name`. */
  'JWE_PARAM_MISSING',
  /** A parameter of the wrong JSON type. `detail.name`, `detail.expected`. */
  'JWE_PARAM_WRONG_TYPE',
  /** `apu`, `apv`, `p2s`, `iv` or `tag` that is not base64url. `detail.name`, `detail.problem`. */
  'JWE_PARAM_NOT_BASE64URL',
  /** A parameter this alg does not use (e.g. `epk` with `dir`). `detail.name`, `detail.alg`. */
  'JWE_PARAM_UNUSED',
  /** `epk` that is no public JWK of a key-agreement curve. `detail.reason`, `detail.member`. */
  'JWE_EPK_INVALID',
  /** `epk` on a curve ECDH-ES does not use (secp256k1, Ed25519). `detail.crv`. */
  'JWE_EPK_CURVE_UNKNOWN',
  /** `epk` carries its private key `d`: whoever has the token can decrypt it. */
  'JWE_EPK_HAS_PRIVATE_KEY',
  /** RFC 7518 §4.8.1.1: a PBES2 salt input under 8 octets. `detail.bytes`, `detail.minimum`. */
  'JWE_P2S_TOO_SHORT',
  /** `p2c` that is not a positive integer. */
  'JWE_P2C_INVALID',
  /** `p2c` above 1,200,000: refused (a decryption would cost seconds). `detail.p2c`, `detail.cap`. */
  'JWE_P2C_OVER_CAP',
  /** `p2c` above 310,000: decrypting costs the recipient a lot. `detail.p2c`, `detail.threshold`. */
  'JWE_P2C_HIGH',
  /** The IV is not as long as `enc` needs. `detail.expected`, `detail.found` (bits). */
  'JWE_IV_LENGTH',
  /** The tag is not as long as `enc` produces. `detail.expected`, `detail.found` (bits). */
  'JWE_TAG_LENGTH',
  /** AES-CBC ciphertext that is empty or not whole 16-octet blocks. `detail.bytes`. */
  'JWE_CIPHERTEXT_LENGTH',
  /** `dir` and `ECDH-ES` have an empty encrypted key (RFC 7516 §5.1 step 5). `detail.bytes`. */
  'JWE_ENCRYPTED_KEY_NOT_EMPTY',
  /** The alg wraps or encrypts the CEK, but the encrypted key is empty. */
  'JWE_ENCRYPTED_KEY_MISSING',
  /** The encrypted key's length does not fit the alg and enc. `detail.expected`, `detail.found` (bytes). */
  'JWE_ENCRYPTED_KEY_LENGTH',
  /** RSA: an encrypted key shorter than a 2048-bit modulus. `detail.minimum`, `detail.found` (bytes). */
  'JWE_ENCRYPTED_KEY_TOO_SHORT',
  /** AES-GCM key wrap: the header's `iv` is not 96 bits or `tag` not 128 bits. `detail.name`, `expected`, `found`. */
  'JWE_KW_PARAM_LENGTH',
  /** `crit` that is not a non-empty array of names present in the header (RFC 7515 §4.1.11). */
  'JWE_CRIT_INVALID',
  /** `crit` names an extension this page does not understand: the JWE must be rejected. `detail.names`. */
  'JWE_CRIT_UNSUPPORTED',
  /** `cty` is "JWT": the plaintext should be a nested JWT (RFC 7519 §5.2). */
  'JWE_CTY_JWT',
] as const;

export type JweParseCode = (typeof JWE_PARSE_CODES)[number];

const PARSE_CODES: ReadonlySet<string> = new Set(JWE_PARSE_CODES);

export function isJweParseCode(code: string): code is JweParseCode {
  return PARSE_CODES.has(code);
}

/**
 * A JWE diagnostic: the shared Diagnostic shape (src/core/diagnostics.ts), its code one of ours
 * or one the shared decoders give (base64url, UTF-8, JSON of the header).
 */
export type JweDiagnosticCode = JweParseCode | DiagnosticCode;

export interface JweDiagnostic extends Omit<Diagnostic, 'code'> {
  readonly code: JweDiagnosticCode;
}

export function jweDiagnostic(
  code: JweParseCode,
  part: Part,
  severity: Severity,
  fields: Omit<Diagnostic, 'code' | 'part' | 'severity'> = {},
): JweDiagnostic {
  return { code, part, severity, ...fields };
}

/** Why a key given for a JWE cannot be used (`readDecryptionKey`, `readEncryptionKey`). */
export type JweKeyCode =
  | 'JWE_KEY_EMPTY'
  /** The text is no key this reader knows; `detail.keyCode` is the key reader's own code. */
  | 'JWE_KEY_UNREADABLE'
  /** A symmetric key that is neither an `oct` JWK nor base64url. `detail.problem`, `detail.offset`. */
  | 'JWE_KEY_NOT_BASE64URL'
  /** The key's type does not fit the alg. `detail.expected`, `detail.found`. */
  | 'JWE_KEY_WRONG_TYPE'
  /** An EC/OKP key on a curve the alg cannot use. `detail.found`. */
  | 'JWE_KEY_WRONG_CURVE'
  /** The private key's curve is not the `epk`'s. `detail.expected` (epk), `detail.found` (key). */
  | 'JWE_KEY_CURVE_MISMATCH'
  /** A symmetric key of the wrong size. `detail.expected`, `detail.found` (bits). */
  | 'JWE_KEY_WRONG_SIZE'
  /** RFC 7518 §4.2/§4.3: RSA keys of 2048 bits or more. `detail.bits`, `detail.minimum`. */
  | 'JWE_KEY_RSA_TOO_SMALL'
  /** Decryption needs the private key; a public one was given. */
  | 'JWE_KEY_PUBLIC_ONLY'
  /** The JWK's `alg` names another algorithm (RFC 7517 §4.4). `detail.jwkAlg`, `detail.alg`. */
  | 'JWE_KEY_JWK_ALG_MISMATCH'
  /** The JWK's `use` is not "enc" (RFC 7517 §4.2). `detail.use`. */
  | 'JWE_KEY_JWK_USE_MISMATCH'
  /** The JWK's `key_ops` lack the operation (RFC 7517 §4.3). `detail.operation`, `detail.keyOps`. */
  | 'JWE_KEY_JWK_OPS_MISMATCH'
  /** No key of the JWK Set fits. `detail.keyCount`, `detail.kid`, `detail.reasons`. */
  | 'JWE_KEY_NO_MATCH_IN_JWKS'
  /** WebCrypto refused the key. `detail.reason`. */
  | 'JWE_KEY_IMPORT_FAILED'
  /** PBES2 with an empty password. */
  | 'JWE_PASSWORD_EMPTY';

/** Why a decryption did not happen (`decryptJwe`), after the key was read. */
export type JweDecryptCode =
  /** No key text was given: nothing was tried. */
  | 'JWE_NO_KEY'
  /** A part that does not decode (base64url, UTF-8, JSON); `detail.code` is that problem's code. */
  | 'JWE_MALFORMED'
  /** The encrypted key did not unwrap or decrypt: not the key this token was encrypted to. */
  | 'JWE_UNWRAP_FAILED'
  /** The recovered CEK has the wrong size for `enc`. `detail.expected`, `detail.found` (bits). */
  | 'JWE_CEK_WRONG_SIZE'
  /** RSA: the encrypted key is not as long as the key's modulus. `detail.expected`, `detail.found`. */
  | 'JWE_ENCRYPTED_KEY_MODULUS'
  /** The authentication tag does not match: ciphertext, IV, header or tag were altered, or the CEK is wrong. */
  | 'JWE_TAG_MISMATCH'
  /** The `epk` is not a point on its curve (WebCrypto refused it). `detail.crv`. */
  | 'JWE_EPK_NOT_ON_CURVE'
  /** The X25519/X448 agreement gave the all-zero secret: a small-order `epk`. */
  | 'JWE_EPK_SMALL_ORDER'
  /** `zip: "DEF"` content that inflates past the limit. `detail.limit` (bytes). */
  | 'JWE_ZIP_TOO_LARGE'
  /** `zip: "DEF"` content that is not valid DEFLATE. */
  | 'JWE_ZIP_INVALID'
  /** The tag matched but the content did not decrypt (bad CBC padding from a broken encoder). */
  | 'JWE_CONTENT_DECRYPT_FAILED';

/** Why `encryptJwe` made no token. */
export type JweEncryptCode =
  /** The header text is not a JSON object. `detail.reason`. */
  | 'JWE_HEADER_INVALID'
  /** `zip` content could not be compressed (no CompressionStream). */
  | 'JWE_ZIP_UNAVAILABLE';

/** What this runtime's WebCrypto cannot do. `detail.name` is the alg, enc or curve. */
export type JweUnsupportedCode =
  | 'JWE_ALG_UNSUPPORTED'
  | 'JWE_ENC_UNSUPPORTED'
  | 'JWE_CURVE_UNSUPPORTED'
  /** The JSON serialization: the page reads compact JWEs (ui-contract: not required). */
  | 'JWE_JSON_UNSUPPORTED';

/** Findings about a decrypted plaintext and nesting (`nested.ts`). */
export type JweNestedCode =
  /** The plaintext is a compact JWS: a nested JWT (RFC 7519 §5.2). */
  | 'JWE_NESTED_JWS'
  /** `cty: "JWT"` but the plaintext is no compact JWS. */
  | 'JWE_CTY_JWT_NOT_NESTED';

export type JweCode =
  JweParseCode | JweKeyCode | JweDecryptCode | JweEncryptCode | JweUnsupportedCode | JweNestedCode;

/** Facts for a code's message, as in Diagnostic.detail. */
export type JweDetail = Readonly<Record<string, string | number | boolean>>;

/** Why the panes made no JWE, as the encoding reports it (view/encode-panes.ts, KindProblem). */
export interface JweProblem {
  readonly kind: 'jwe';
  readonly code: JweCode;
  readonly detail: JweDetail;
}
