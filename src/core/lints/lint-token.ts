/**
 * Security lints of a decoded token and the secret typed for it (RFC 8725, the JWT BCP).
 * Each check returns findings; the rule table gives each its severity, part and source, and
 * fixes the order: danger, warning, info, each in table order.
 */
import { checkAlgNone } from './alg';
import { checkCrit } from './crit';
import { checkEncryptedPayload } from './encrypted-payload';
import { checkKeyParameters, checkTyp } from './header-parameters';
import { checkHmacSecret } from './hmac-secret';
import { checkKeyRoca } from './key-roca';
import { checkKid } from './kid';
import { lintRule, SEVERITY_ORDER } from './rules';
import { checkSensitiveClaims } from './sensitive-claims';
import { checkTimes } from './times';
import type { Check, Finding, Lint, LintInput } from './types';

const CHECKS: readonly Check[] = [
  checkAlgNone,
  checkHmacSecret,
  checkKeyRoca,
  checkCrit,
  checkKid,
  checkKeyParameters,
  checkEncryptedPayload,
  checkTimes,
  checkSensitiveClaims,
  checkTyp,
];

function toLint({ rule, detail }: Finding): Lint {
  const { severity, part, source } = lintRule(rule).info;
  return detail === undefined
    ? { rule, severity, part, source }
    : { rule, severity, part, source, detail };
}

function rank(lint: Lint): number {
  return SEVERITY_ORDER.indexOf(lint.severity) * 1000 + lintRule(lint.rule).index;
}

/**
 * Lints a parsed token. Never throws for any header, payload or secret; throws
 * `JwtDebuggerError` (`TIME_OPTIONS_INVALID`) only when `now` is not a finite number.
 */
export function lintToken(input: LintInput): readonly Lint[] {
  const lints = CHECKS.flatMap((check) => check(input)).map(toLint);
  // Array.prototype.sort is stable: findings of one rule keep the order they were found in.
  return lints.sort((a, b) => rank(a) - rank(b));
}
