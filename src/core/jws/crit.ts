/**
 * `crit` (RFC 7515 §4.1.11): extensions the recipient MUST understand and process, or else
 * reject the JWS. This page implements one extension, `b64` (RFC 7797, which §6 requires to be
 * listed in `crit`). The verifier and the lint both read `crit` here, so they cannot disagree.
 */

/** Why a JWS must be rejected for its `crit`, first problem first. */
export type CritCode =
  /** Not a non-empty array of non-empty strings. */
  | 'CRIT_MALFORMED'
  /** Lists a name RFC 7515 itself defines, which producers MUST NOT list. */
  | 'CRIT_REGISTERED'
  /** Lists a name that is not a parameter of this header. */
  | 'CRIT_ABSENT'
  /** Lists an extension this page does not implement: jose refuses it the same way. */
  | 'CRIT_NOT_UNDERSTOOD'
  /** Lists a name twice. */
  | 'CRIT_DUPLICATE'
  /** Lists `b64`, whose value is not a boolean (RFC 7797 §3). */
  | 'CRIT_B64_NOT_BOOLEAN';

export interface CritProblem {
  readonly code: CritCode;
  /** The listed name the problem is about; absent for `CRIT_MALFORMED`. */
  readonly name?: string;
}

/** Extensions this page implements. */
const UNDERSTOOD: ReadonlySet<string> = new Set(['b64']);

/** RFC 7515 §4.1.1-§4.1.11: names producers MUST NOT list in `crit`. */
const REGISTERED: ReadonlySet<string> = new Set([
  'alg',
  'jku',
  'jwk',
  'kid',
  'x5u',
  'x5c',
  'x5t',
  'x5t#S256',
  'typ',
  'cty',
  'crit',
]);

function problemOf(
  name: string,
  header: Readonly<Record<string, unknown>>,
): CritProblem | undefined {
  if (REGISTERED.has(name)) return { code: 'CRIT_REGISTERED', name };
  if (!Object.hasOwn(header, name) || header[name] === undefined) {
    return { code: 'CRIT_ABSENT', name };
  }
  if (!UNDERSTOOD.has(name)) return { code: 'CRIT_NOT_UNDERSTOOD', name };
  if (name === 'b64' && typeof header.b64 !== 'boolean') {
    return { code: 'CRIT_B64_NOT_BOOLEAN', name };
  }
  return undefined;
}

/**
 * Every problem with the protected header's `crit`, in the order listed (each name once); empty
 * when there is no `crit` or it is fine. A JWS with any problem must be rejected.
 */
export function critProblems(header: Readonly<Record<string, unknown>>): readonly CritProblem[] {
  if (!Object.hasOwn(header, 'crit')) return [];
  const { crit } = header;
  // It MUST be a non-empty array of names (jose also refuses an empty name).
  if (
    !Array.isArray(crit) ||
    crit.length === 0 ||
    !crit.every((name) => typeof name === 'string' && name !== '')
  ) {
    return [{ code: 'CRIT_MALFORMED' }];
  }
  const problems: CritProblem[] = [];
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const name of crit as readonly string[]) {
    const problem = seen.has(name)
      ? { code: 'CRIT_DUPLICATE' as const, name }
      : problemOf(name, header);
    seen.add(name);
    const key = `${problem?.code}:${name}`;
    if (problem === undefined || reported.has(key)) continue;
    reported.add(key);
    problems.push(problem);
  }
  return problems;
}

/**
 * Whether the payload segment is the payload itself (RFC 7797 §3): `b64` is `false` and `crit`
 * lists it. A `b64` that `crit` does not list is ignored, as §6 lets a recipient that does not
 * know the extension do, and as jose does.
 */
export function isUnencodedPayload(header: Readonly<Record<string, unknown>> | undefined): boolean {
  return (
    header !== undefined &&
    header.b64 === false &&
    Array.isArray(header.crit) &&
    header.crit.includes('b64')
  );
}
