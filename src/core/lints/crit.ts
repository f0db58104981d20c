/**
 * `crit` (RFC 7515 §4.1.11) as a lint: the same reading the verifier refuses a token by
 * (jws/crit.ts), one finding per kind of problem with the names it concerns.
 */
import { critProblems, type CritCode } from '../jws/crit';
import type { Check, Finding } from './types';

/** The finding's `reason` per problem, in the order findings are reported. */
const REASONS: readonly (readonly [CritCode, string])[] = [
  ['CRIT_MALFORMED', 'malformed'],
  ['CRIT_REGISTERED', 'registered'],
  ['CRIT_ABSENT', 'absent'],
  ['CRIT_NOT_UNDERSTOOD', 'not-understood'],
  ['CRIT_DUPLICATE', 'duplicate'],
  ['CRIT_B64_NOT_BOOLEAN', 'b64-not-boolean'],
];

export const checkCrit: Check = ({ parsed }) => {
  const header = parsed.protectedHeader;
  if (header === undefined) return [];
  const problems = critProblems(header);
  const findings: Finding[] = [];
  for (const [code, reason] of REASONS) {
    const names = problems.filter((problem) => problem.code === code);
    if (names.length === 0) continue;
    if (code === 'CRIT_MALFORMED') {
      findings.push({ rule: 'crit-unknown', detail: { reason } });
      continue;
    }
    const list = [...new Set(names.map((problem) => problem.name!))];
    findings.push({
      rule: 'crit-unknown',
      detail: { reason, names: JSON.stringify(list), count: list.length },
    });
  }
  return findings;
};
