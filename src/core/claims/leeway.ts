/**
 * The time comparisons, written once. RFC 7519 §4.1.4: the current time MUST be before `exp`;
 * §4.1.5: it MUST be after or equal to `nbf`; both allow "some small leeway". The exact
 * comparisons with leeway are those of PyJWT (jwt/api_jwt.py `_validate_exp`, `_validate_nbf`,
 * `_validate_iat`) and of jose (lib/jwt_claims_set.ts `validateClaimsSet`), which agree:
 *
 *   expired          exp <= now - leeway   (so `now === exp` with no leeway is expired)
 *   not yet valid    nbf >  now + leeway
 *   issued in future iat >  now + leeway   (jose checks it only with `maxTokenAge`)
 *
 * Both libraries truncate somewhere (PyJWT `int(exp)`, jose `floor(now)`); here the values are
 * compared as given, fractions included.
 */

export function isExpired(exp: number, now: number, leeway: number): boolean {
  return exp <= now - leeway;
}

export function isNotYetValid(nbf: number, now: number, leeway: number): boolean {
  return nbf > now + leeway;
}

/** For `iat` and any other instant that should be in the past (`auth_time`, `updated_at`, `toe`). */
export function isInFuture(instant: number, now: number, leeway: number): boolean {
  return instant > now + leeway;
}

/**
 * flask-jwt-extended's numeric `fresh` (view_decorators.py `_verify_token_is_fresh`): the token
 * is no longer fresh when `fresh < now`. No leeway applies.
 */
export function isNoLongerFresh(fresh: number, now: number): boolean {
  return fresh < now;
}
