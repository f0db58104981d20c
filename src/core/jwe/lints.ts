/**
 * Security checks for JWE as data, in the shape src/core/lints uses: a rule table (severity,
 * part, source) and checks that return findings, sorted danger, warning, info.
 */
import { decodeBase64url } from '../encoding/base64url';
import { utf8DecodeStrict } from '../encoding/utf8';
import { isKnownSecret } from '../lints/known-secret-match';
import type { LintDetail, LintPart, LintSeverity } from '../lints/types';
import { isJsonObject } from '../json/is-object';
import type { NestedToken } from './nested';
import type { ParsedJwe } from './parse';
import { P2C_WARN } from './pbes2';

export const JWE_LINT_RULES = [
  // RSAES-PKCS1-v1_5 invites Bleichenbacher's padding-oracle attack; deprecated for JOSE.
  { rule: 'jwe-rsa1_5', severity: 'danger', part: 'header', source: 'RFC 8725 §3.2' },
  // A password from a published list is no secret: anyone can try the list against the token.
  { rule: 'jwe-pbes2-known-password', severity: 'danger', part: 'key', source: 'RFC 8725 §3.5' },
  // dir uses the key as the CEK: a human-chosen or patterned key is far weaker than its size.
  { rule: 'jwe-dir-weak-key', severity: 'danger', part: 'key', source: 'RFC 8725 §3.5' },
  // Nesting MUST be declared with cty "JWT".
  { rule: 'jwe-nested-no-cty', severity: 'warning', part: 'header', source: 'RFC 7519 §5.2' },
  // Compressed length leaks plaintext when an attacker controls part of it (CRIME, BREACH).
  { rule: 'jwe-compression', severity: 'warning', part: 'header', source: 'RFC 8725 §3.6' },
  // Every decryption pays p2c iterations: a cheap way to exhaust a recipient.
  {
    rule: 'jwe-pbes2-p2c-high',
    severity: 'warning',
    part: 'header',
    source: 'draft-ietf-oauth-rfc8725bis',
  },
] as const satisfies readonly {
  rule: string;
  severity: LintSeverity;
  part: LintPart;
  source: string;
}[];

export type JweLintRule = (typeof JWE_LINT_RULES)[number]['rule'];

export interface JweLint {
  readonly rule: JweLintRule;
  readonly severity: LintSeverity;
  readonly part: LintPart;
  readonly source: string;
  readonly detail?: LintDetail;
}

export interface JweLintInput {
  readonly parsed: ParsedJwe;
  /** The key text in `Decryption key` (or `Encryption key` while the header leads). */
  readonly keyText?: string;
  /** What the decrypted plaintext is, once decrypted. */
  readonly nested?: NestedToken;
}

type Finding = { readonly rule: JweLintRule; readonly detail?: LintDetail };

/** The key octets of a dir key text: an oct JWK's `k` or base64url. */
function dirKeyBytes(text: string): Uint8Array | undefined {
  const trimmed = text.trim();
  let k: unknown = trimmed.replace(/=+$/, '');
  if (trimmed.startsWith('{')) {
    try {
      const value: unknown = JSON.parse(trimmed);
      k = isJsonObject(value) ? value.k : undefined;
    } catch (error) {
      // Not JSON: the key reader reports it; there is no key to judge.
      if (error instanceof SyntaxError) return undefined;
      throw error;
    }
  }
  const decoded = typeof k === 'string' ? decodeBase64url(k) : undefined;
  return decoded?.ok && decoded.bytes.length > 0 ? decoded.bytes : undefined;
}

/** Why a dir key is weak, if it is: a known secret, typed text, or few distinct octets. */
function weakness(bytes: Uint8Array): string | undefined {
  const asText = utf8DecodeStrict(bytes);
  if (asText !== undefined && isKnownSecret(asText)) return 'known-secret';
  // Random octets are all printable ASCII with odds (95/256)^16 < 1e-6 for 128 bits.
  if (bytes.every((byte) => byte >= 0x20 && byte <= 0x7e)) return 'text';
  if (new Set(bytes).size <= Math.max(2, bytes.length / 8)) return 'repeated';
  return undefined;
}

function checks({ parsed, keyText, nested }: JweLintInput): Finding[] {
  const { algorithm, zip, p2c } = parsed.params;
  const findings: Finding[] = [];
  if (algorithm?.family === 'rsa1_5') findings.push({ rule: 'jwe-rsa1_5' });
  if (algorithm?.family === 'pbes2' && keyText !== undefined && keyText !== '') {
    const match = isKnownSecret(keyText);
    if (match) findings.push({ rule: 'jwe-pbes2-known-password', detail: { match } });
  }
  if (algorithm?.family === 'dir' && keyText !== undefined) {
    const bytes = dirKeyBytes(keyText);
    const reason = bytes && weakness(bytes);
    if (reason) findings.push({ rule: 'jwe-dir-weak-key', detail: { reason } });
  }
  if (nested?.kind === 'jws' && !nested.ctyJwt) findings.push({ rule: 'jwe-nested-no-cty' });
  if (zip === 'DEF') findings.push({ rule: 'jwe-compression' });
  if (p2c !== undefined && p2c > P2C_WARN)
    findings.push({ rule: 'jwe-pbes2-p2c-high', detail: { p2c, threshold: P2C_WARN } });
  return findings;
}

const INDEX: ReadonlyMap<string, number> = new Map(
  JWE_LINT_RULES.map((entry, index) => [entry.rule, index]),
);
const SEVERITY: readonly LintSeverity[] = ['danger', 'warning', 'info'];

function toLint({ rule, detail }: Finding): JweLint {
  const { severity, part, source } = JWE_LINT_RULES[INDEX.get(rule)!]!;
  return detail === undefined
    ? { rule, severity, part, source }
    : { rule, severity, part, source, detail };
}

/** The JWE lints of a parsed token, its key text and its decrypted content. Never throws. */
export function lintJwe(input: JweLintInput): readonly JweLint[] {
  const rank = (lint: JweLint) => SEVERITY.indexOf(lint.severity) * 1000 + INDEX.get(lint.rule)!;
  return checks(input)
    .map(toLint)
    .sort((a, b) => rank(a) - rank(b));
}
