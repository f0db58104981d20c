/**
 * The token producers whose own claims the catalogue explains: identity providers, platforms
 * that issue workload tokens, and libraries with a claim set of their own. A provider's code is
 * both a `ClaimFamily` (who uses a name) and an issuer family (who made this token).
 */
export const PROVIDER_CODES = [
  'google',
  'entra',
  'auth0',
  'okta',
  'keycloak',
  'cognito',
  'firebase',
  'github-actions',
  'kubernetes',
  'flask-jwt-extended',
  'flask-jwt',
] as const;

export type ProviderCode = (typeof PROVIDER_CODES)[number];

const CODES: ReadonlySet<string> = new Set(PROVIDER_CODES);

export function isProviderCode(value: string): value is ProviderCode {
  return CODES.has(value);
}
