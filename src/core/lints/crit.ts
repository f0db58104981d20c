/**
 * `crit` (RFC 7515 §4.1.11): extensions the recipient MUST understand and process, or else
 * reject the JWS. This page understands only `b64` (RFC 7797 §6 requires it in `crit`).
 */
import type { Check, Finding } from './types';
import { headerParameters } from '../claims/catalogue';

/** Extensions this page implements. */
const UNDERSTOOD: ReadonlySet<string> = new Set(['b64']);

/** Names RFC 7515 §4.1 defines, which producers MUST NOT list in `crit`: from the catalogue. */
const REGISTERED: ReadonlySet<string> = new Set(
  headerParameters.filter((entry) => entry.source.spec === 'RFC 7515').map((entry) => entry.name),
);

/**
 * Why a listed name is a problem, in the order findings are reported:
 * - `registered`: a name RFC 7515 defines (producers MUST NOT list it);
 * - `absent`: not a parameter of this header (producers MUST NOT list it);
 * - `not-understood`: an extension this page does not implement, so a verifier like it rejects;
 * - `duplicate`: listed more than once.
 */
type CritProblem = 'registered' | 'absent' | 'not-understood' | 'duplicate';
const PROBLEMS: readonly CritProblem[] = ['registered', 'absent', 'not-understood', 'duplicate'];

function problemOf(
  name: string,
  header: Readonly<Record<string, unknown>>,
): CritProblem | undefined {
  if (REGISTERED.has(name)) return 'registered';
  if (!Object.hasOwn(header, name)) return 'absent';
  if (!UNDERSTOOD.has(name)) return 'not-understood';
  return undefined;
}

export const checkCrit: Check = ({ parsed }) => {
  const header = parsed.protectedHeader;
  if (header === undefined || !Object.hasOwn(header, 'crit')) return [];
  const crit = header.crit;
  // It MUST be a non-empty array of strings.
  if (!Array.isArray(crit) || crit.length === 0 || !crit.every((n) => typeof n === 'string')) {
    return [{ rule: 'crit-unknown', detail: { reason: 'malformed' } }];
  }
  const byProblem = new Map<CritProblem, string[]>();
  const seen = new Set<string>();
  for (const name of crit as readonly string[]) {
    const problem = seen.has(name) ? 'duplicate' : problemOf(name, header);
    seen.add(name);
    if (problem === undefined) continue;
    const names = byProblem.get(problem) ?? [];
    if (!names.includes(name)) names.push(name);
    byProblem.set(problem, names);
  }
  const findings: Finding[] = [];
  for (const reason of PROBLEMS) {
    const names = byProblem.get(reason);
    if (names === undefined) continue;
    findings.push({
      rule: 'crit-unknown',
      detail: { reason, names: JSON.stringify(names), count: names.length },
    });
  }
  return findings;
};
