/**
 * Several keys of a JWK Set fit a token (a `kid` listed twice, or no `kid` and several keys of
 * the right type): the set alone cannot say which one signed it. jose raises
 * ERR_JWKS_MULTIPLE_MATCHING_KEYS and leaves the trying to its caller; this is that trying.
 */
import type { ParsedToken } from './parse';
import { verifyCompact, type Verdict, type VerifyOptions } from './verify';

export interface VerificationCandidate {
  /** Position of the key in the set's `keys`. */
  readonly index: number;
  readonly kid?: string;
  /** The key that verifies (a public key or a secret). */
  readonly key: CryptoKey;
}

export type CandidateOutcome =
  /** One key was given: its verdict is the verdict. */
  | 'single'
  /** Exactly one of the candidates verifies the token. */
  | 'one-verified'
  /** More than one verifies: the set holds the same key twice. */
  | 'several-verified'
  /** None verifies: the set is ambiguous and none of its fitting keys signed this token. */
  | 'none-verified';

export interface CandidateVerdict {
  /** The verdict of the first key that verified, else of the first candidate. */
  readonly verdict: Verdict;
  readonly outcome: CandidateOutcome;
  /** The candidates that verified, in set order. */
  readonly verifiedBy: readonly { readonly index: number; readonly kid?: string }[];
  readonly tried: number;
}

/**
 * Verifies the token with each candidate and says which verified. Throws a TypeError for an
 * empty list (misuse: a JWK Set selection always has a candidate).
 */
export async function verifyWithCandidates(
  parsed: ParsedToken,
  candidates: readonly VerificationCandidate[],
  options: VerifyOptions = {},
): Promise<CandidateVerdict> {
  if (candidates.length === 0) throw new TypeError('verifyWithCandidates needs a candidate');
  const verdicts = await Promise.all(
    candidates.map((candidate) => verifyCompact(parsed, candidate.key, options)),
  );
  const verifiedBy = candidates
    .filter((_, i) => verdicts[i]!.status === 'verified')
    .map(({ index, kid }) => (kid === undefined ? { index } : { index, kid }));
  const firstVerified = verdicts.find((verdict) => verdict.status === 'verified');
  const verdict = firstVerified ?? verdicts[0]!;
  const outcome: CandidateOutcome =
    candidates.length === 1
      ? 'single'
      : verifiedBy.length === 1
        ? 'one-verified'
        : verifiedBy.length > 1
          ? 'several-verified'
          : 'none-verified';
  return { verdict, outcome, verifiedBy, tried: candidates.length };
}
