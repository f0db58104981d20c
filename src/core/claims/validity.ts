/**
 * Whether the token is valid now by its time claims, for the page to say next to the verdict
 * (not only in the claims table): a good signature on an expired token is still a token every
 * verifier refuses (RFC 7519 §4.1.4, §4.1.5).
 */
import { analyseTimes } from './analyse-times';
import { spanDetail } from './duration';
import { instantDetail, isNumericDateInfo, type TimeOptions } from './time';

export type ValidityCode =
  /** exp is past (`ago` seconds, at `iso` or in `year`). */
  | 'TOKEN_EXPIRED'
  /** nbf is ahead (`in` seconds). */
  | 'TOKEN_NOT_YET_VALID'
  /** exp or nbf is there but not a NumericDate (a string, say): no verifier agrees on it. */
  | 'TIME_CLAIM_NOT_NUMERIC_DATE';

export interface ValidityNote {
  readonly code: ValidityCode;
  readonly severity: 'warning' | 'danger';
  readonly detail: Readonly<Record<string, string | number>>;
}

/**
 * Notes on the token's validity at `options.now`: expired, not yet valid, or a time claim that
 * cannot be judged. Empty for a token valid now, or one without exp and nbf. Throws only for bad
 * options, as analyseTimes does.
 */
export function validityNotes(payload: unknown, options: TimeOptions): readonly ValidityNote[] {
  const { claims, statuses } = analyseTimes(payload, options);
  const notes: ValidityNote[] = [];
  for (const claim of ['exp', 'nbf'] as const) {
    const reading = claims[claim];
    if (reading !== undefined && !isNumericDateInfo(reading)) {
      notes.push({
        code: 'TIME_CLAIM_NOT_NUMERIC_DATE',
        severity: 'danger',
        detail: { claim, problem: reading.problem },
      });
    }
  }
  for (const status of statuses) {
    if (status.claim === 'exp' && status.state === 'expired') {
      notes.push({
        code: 'TOKEN_EXPIRED',
        severity: 'warning',
        detail: { ...spanDetail(status.ago), ...instantDetail(claims.exp) },
      });
    } else if (status.claim === 'nbf' && status.state === 'not-yet-valid') {
      notes.push({
        code: 'TOKEN_NOT_YET_VALID',
        severity: 'warning',
        detail: { ...spanDetail(status.in), ...instantDetail(claims.nbf) },
      });
    }
  }
  return notes;
}
