import type { Base64Problem } from './encoding/base64url';
import type { PartCode } from './jose/codes';
import type { JwsCode, SignErrorCode } from './jws/codes';
import type { UnencodedCode } from './jws/unencoded';
import type { TokenCode } from './token/codes';

/**
 * Every code a diagnostic can carry: the page's message tables are typed by it, so a code
 * without English and Chinese words does not compile (style.md, "Codes as types").
 */
export type DiagnosticCode =
  TokenCode | Base64Problem['code'] | PartCode | JwsCode | UnencodedCode | SignErrorCode;

/**
 * A finding about the input, as data. The core never produces UI text: the page turns a
 * diagnostic's `code` (and its fields) into English or Chinese.
 */
export type Part =
  | 'token'
  | 'header'
  | 'payload'
  | 'signature'
  | 'key'
  | 'secret'
  /** JWE (RFC 7516 §7.1): the parts after the protected header. */
  | 'encrypted-key'
  | 'iv'
  | 'ciphertext'
  | 'tag'
  /** SD-JWT (RFC 9901 §4): a disclosure and the key-binding JWT. */
  | 'disclosure'
  | 'kb-jwt';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly part: Part;
  readonly severity: Severity;
  /** Offset in the part's text (UTF-16 code units), where the finding is at one place. */
  readonly offset?: number;
  /** 1-based line and column in decoded JSON text. */
  readonly line?: number;
  readonly column?: number;
  /** The offending character, as written. */
  readonly char?: string;
  /** Extra facts for the message, e.g. `{ count: 2 }` or `{ path: 'id', text: '123…' }`. */
  readonly detail?: Readonly<Record<string, string | number | boolean>>;
}

export function diagnostic(
  code: DiagnosticCode,
  part: Part,
  severity: Severity,
  fields: Omit<Diagnostic, 'code' | 'part' | 'severity'> = {},
): Diagnostic {
  return { code, part, severity, ...fields };
}
