/**
 * The security lints, one row each: severity, the part of the input it is about, and the
 * section it comes from. Rows are in the order the page lists findings: danger first, then
 * warning, then info, and within a severity in this order (a test keeps the table sorted).
 * Thresholds and patterns live with each check; this table holds only what is shown.
 */

export type LintSeverity = 'danger' | 'warning' | 'info';
export type LintPart = 'header' | 'payload' | 'secret' | 'key';

export interface LintRuleInfo {
  readonly rule: string;
  readonly severity: LintSeverity;
  readonly part: LintPart;
  /** Where the rule comes from, e.g. `'RFC 8725 §3.10'`. */
  readonly source: string;
}

export const LINT_RULES = [
  // alg "none" in any spelling: an Unsecured JWS (RFC 7518 §3.6) that libraries SHOULD NOT
  // consume unless asked (RFC 8725 §3.2); case-folding "NONE" is a known bypass (§2.1).
  { rule: 'alg-none', severity: 'danger', part: 'header', source: 'RFC 8725 §3.2' },
  // The RS256 -> HS256 attack: an RSA public key used as the HMAC shared secret.
  {
    rule: 'hmac-secret-looks-like-public-key',
    severity: 'danger',
    part: 'secret',
    source: 'RFC 8725 §2.1',
  },
  // Human-memorable or published secrets MUST NOT be HMAC keys.
  { rule: 'hmac-secret-well-known', severity: 'danger', part: 'secret', source: 'RFC 8725 §3.5' },
  // A key at least as long as the hash output MUST be used.
  { rule: 'hmac-secret-short', severity: 'danger', part: 'secret', source: 'RFC 7518 §3.2' },
  // Infineon's RSA keys (ROCA): the modulus can be factored, so anyone can sign as the key holder.
  { rule: 'key-roca', severity: 'danger', part: 'key', source: 'CVE-2017-15361' },
  // A recipient that does not understand a critical extension MUST reject the JWS.
  { rule: 'crit-unknown', severity: 'danger', part: 'header', source: 'RFC 7515 §4.1.11' },
  // kid is used for key lookup: validate it against SQL, LDAP (and path) injection.
  { rule: 'kid-injection', severity: 'danger', part: 'header', source: 'RFC 8725 §3.10' },
  // exp, nbf or iat as a string: NumericDate is a JSON number, and libraries disagree on strings.
  { rule: 'time-claim-string', severity: 'danger', part: 'payload', source: 'RFC 7519 §2' },
  // A key inside the token: a verifier that trusts it accepts self-signed tokens.
  { rule: 'header-jwk', severity: 'warning', part: 'header', source: 'RFC 7515 §4.1.3' },
  // URLs the verifier might fetch: SSRF, and keys of the attacker's choosing.
  { rule: 'header-jku', severity: 'warning', part: 'header', source: 'RFC 8725 §3.10' },
  { rule: 'header-x5u', severity: 'warning', part: 'header', source: 'RFC 8725 §3.10' },
  // Encrypted, then signed: a signature over ciphertext says nothing about who wrote the claims.
  { rule: 'payload-is-jwe', severity: 'warning', part: 'payload', source: 'RFC 7519 §11.2' },
  { rule: 'no-exp', severity: 'warning', part: 'payload', source: 'RFC 7519 §4.1.4' },
  { rule: 'long-lifetime', severity: 'warning', part: 'payload', source: 'RFC 6819 §5.1.5.3' },
  // NumericDate is seconds; a milliseconds value means a date tens of millennia away.
  { rule: 'numericdate-milliseconds', severity: 'warning', part: 'payload', source: 'RFC 7519 §2' },
  { rule: 'iat-in-future', severity: 'warning', part: 'payload', source: 'RFC 7519 §4.1.6' },
  // Expired when issued: exp is not after iat.
  { rule: 'exp-before-iat', severity: 'warning', part: 'payload', source: 'RFC 7519 §4.1.4' },
  // Anyone holding a JWS can read its payload: secrets and personal data do not belong there.
  { rule: 'sensitive-claim', severity: 'warning', part: 'payload', source: 'RFC 7519 §12' },
  // Not yet valid is often intended (a token issued ahead of time): information only.
  { rule: 'nbf-in-future', severity: 'info', part: 'payload', source: 'RFC 7519 §4.1.5' },
  // A chain is trustworthy only after validation against the verifier's trust anchors.
  { rule: 'header-x5c', severity: 'info', part: 'header', source: 'RFC 7515 §4.1.6' },
  // Explicit typing keeps one kind of JWT from being accepted as another.
  { rule: 'typ-missing', severity: 'info', part: 'header', source: 'RFC 8725 §3.11' },
] as const satisfies readonly LintRuleInfo[];

export type LintRule = (typeof LINT_RULES)[number]['rule'];

export const SEVERITY_ORDER: readonly LintSeverity[] = ['danger', 'warning', 'info'];

const BY_RULE: ReadonlyMap<string, { readonly info: LintRuleInfo; readonly index: number }> =
  new Map(LINT_RULES.map((info, index) => [info.rule, { info, index }]));

/** The table row of `rule` and its position in the table. */
export function lintRule(rule: LintRule): { readonly info: LintRuleInfo; readonly index: number } {
  return BY_RULE.get(rule)!;
}
