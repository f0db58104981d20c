/**
 * Choosing keys from a JWK Set (RFC 7517 §5) by what the operation needs: `kid`, `kty`, curve,
 * `alg`, `use` and `key_ops` (§4.2-§4.5). Nothing here knows JWS: a JWE key reader passes its
 * own criteria (`use: 'enc'`, `keyOp: 'unwrapKey'`, the curves ECDH-ES allows).
 *
 * Like jose's local JWK Set (jwks/local.ts), every key that fits is a candidate, and several
 * candidates are not settled by taking the first: jose raises ERR_JWKS_MULTIPLE_MATCHING_KEYS
 * and lets the caller try each; here the caller gets them all (see jws/verify-candidates.ts).
 */
import { keyError } from './errors';
import { isJwkObject, type Jwk } from './jwk';

export interface JwkCriteria {
  /** The `kid` asked for (a token header's): only keys with this `kid` fit. */
  readonly kid?: string;
  /** The key type the operation needs. */
  readonly kty?: string;
  /** Curves the operation takes (EC and OKP `crv`); any curve when absent. */
  readonly crv?: readonly string[];
  /** The algorithm: a key's own `alg`, when it has one, must be this (RFC 7517 §4.4). */
  readonly alg?: string;
  /** RFC 7517 §4.2: a key's `use`, when present, must be this. */
  readonly use?: 'sig' | 'enc';
  /** RFC 7517 §4.3: a key's `key_ops`, when present, must include this. */
  readonly keyOp?: string;
  /**
   * Keys of this type name their algorithm in `alg` and are unusable without it (AKP: the
   * ML-DSA parameter set), as jose treats them.
   */
  readonly algRequiredFor?: readonly string[];
}

/** Why a key of the set does not fit, each reason a code the page words, in reporting order. */
export const PASS_OVER_REASONS = [
  'kid-differs',
  'use-differs',
  'alg-differs',
  'alg-missing',
  'kty-differs',
  'curve-differs',
  'key-ops-lack',
] as const;

export type PassOverReason = (typeof PASS_OVER_REASONS)[number];

export interface PassedOver {
  readonly index: number;
  readonly kid?: string;
  readonly reasons: readonly PassOverReason[];
}

export interface JwkCandidate {
  /** Position in the set's `keys`. */
  readonly index: number;
  readonly kid?: string;
  readonly jwk: Jwk;
}

export interface JwksSelection {
  /** The first candidate's position and `kid`: the key used when only one key is needed. */
  readonly index: number;
  readonly kid?: string;
  /** `kid`: the criteria named a kid; `alg`: no kid, the key fits the alg (and use, ops...). */
  readonly chosenBy: 'kid' | 'alg';
  readonly keyCount: number;
  /** Every key that fits, in set order; more than one means the set alone cannot tell. */
  readonly candidates: readonly JwkCandidate[];
  readonly passedOver: readonly PassedOver[];
  /** The set holds both `oct` secrets and public-key types: a confusion risk (RFC 8725 §2.1). */
  readonly mixesSymmetricAndAsymmetric: boolean;
}

function kidOf(jwk: Jwk): string | undefined {
  return typeof jwk.kid === 'string' ? jwk.kid : undefined;
}

/** The reasons a key does not fit, in a fixed order; none means it is a candidate. */
export function reasonsAgainst(jwk: Jwk, criteria: JwkCriteria): PassOverReason[] {
  const reasons: PassOverReason[] = [];
  if (criteria.kid !== undefined && jwk.kid !== criteria.kid) reasons.push('kid-differs');
  if (criteria.use !== undefined && jwk.use !== undefined && jwk.use !== criteria.use) {
    reasons.push('use-differs');
  }
  if (jwk.alg !== undefined) {
    if (criteria.alg !== undefined && jwk.alg !== criteria.alg) reasons.push('alg-differs');
  } else if (typeof jwk.kty === 'string' && criteria.algRequiredFor?.includes(jwk.kty)) {
    reasons.push('alg-missing');
  }
  if (criteria.kty !== undefined && jwk.kty !== criteria.kty) reasons.push('kty-differs');
  else if (criteria.crv !== undefined && !criteria.crv.includes(String(jwk.crv))) {
    reasons.push('curve-differs');
  }
  if (
    criteria.keyOp !== undefined &&
    jwk.key_ops !== undefined &&
    !(Array.isArray(jwk.key_ops) && jwk.key_ops.includes(criteria.keyOp))
  ) {
    reasons.push('key-ops-lack');
  }
  return reasons;
}

/**
 * The keys of a set that fit the criteria. Throws `KEY_BAD_JWK` for an entry that is not an
 * object (jose: "JSON Web Key Set malformed") and `KEY_NO_MATCH_IN_JWKS` when none fits, with
 * why each was passed over.
 */
export function selectJwks(keys: readonly unknown[], criteria: JwkCriteria): JwksSelection {
  const candidates: JwkCandidate[] = [];
  const passedOver: PassedOver[] = [];
  let symmetric = false;
  let asymmetric = false;
  for (const [index, entry] of keys.entries()) {
    if (!isJwkObject(entry)) {
      throw keyError('KEY_BAD_JWK', `JWK Set entry ${index} is not an object`, {
        reason: 'bad-set-entry',
        index,
      });
    }
    if (entry.kty === 'oct') symmetric = true;
    else if (typeof entry.kty === 'string') asymmetric = true;
    const kid = kidOf(entry);
    const reasons = reasonsAgainst(entry, criteria);
    if (reasons.length === 0)
      candidates.push({ index, ...(kid !== undefined ? { kid } : {}), jwk: entry });
    else passedOver.push({ index, ...(kid !== undefined ? { kid } : {}), reasons });
  }
  const [first] = candidates;
  if (first === undefined) {
    const { kid, alg } = criteria;
    throw keyError(
      'KEY_NO_MATCH_IN_JWKS',
      kid !== undefined
        ? `no key in the JWK Set has kid "${kid}" and fits ${alg ?? 'the operation'}`
        : `no key in the JWK Set fits ${alg ?? 'the operation'}`,
      {
        keyCount: keys.length,
        ...(kid !== undefined ? { kid } : {}),
        ...(alg !== undefined ? { alg } : {}),
        reasons: passedOver
          .map((entry) => `${entry.kid ?? `#${entry.index + 1}`}: ${entry.reasons.join(' ')}`)
          .join('; '),
      },
    );
  }
  return {
    index: first.index,
    ...(first.kid !== undefined ? { kid: first.kid } : {}),
    chosenBy: criteria.kid !== undefined ? 'kid' : 'alg',
    keyCount: keys.length,
    candidates,
    passedOver,
    mixesSymmetricAndAsymmetric: symmetric && asymmetric,
  };
}
