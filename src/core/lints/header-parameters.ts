/**
 * Header Parameters that bring a key or say where to fetch one (RFC 7515 §4.1.2-§4.1.6), and
 * the absent `typ` (RFC 8725 §3.11). A verifier must take its keys from its own configuration;
 * one that follows these lets the token choose the key that verifies it.
 */
import { detailValue } from './detail-value';
import type { Check, Finding } from './types';
import type { LintRule } from './rules';

/** Parameter name and the rule its presence triggers, in table order. */
const KEY_PARAMETERS: readonly (readonly [string, LintRule])[] = [
  ['jwk', 'header-jwk'],
  ['jku', 'header-jku'],
  ['x5u', 'header-x5u'],
  ['x5c', 'header-x5c'],
];

export const checkKeyParameters: Check = ({ parsed }) => {
  const header = parsed.protectedHeader;
  if (header === undefined) return [];
  const findings: Finding[] = [];
  for (const [name, rule] of KEY_PARAMETERS) {
    if (!Object.hasOwn(header, name)) continue;
    const raw = header[name];
    const { value, truncated } = detailValue(raw);
    findings.push({
      rule,
      detail: Array.isArray(raw) ? { value, truncated, count: raw.length } : { value, truncated },
    });
  }
  return findings;
};

export const checkTyp: Check = ({ parsed }) => {
  const header = parsed.protectedHeader;
  if (header === undefined || Object.hasOwn(header, 'typ')) return [];
  return [{ rule: 'typ-missing' }];
};
