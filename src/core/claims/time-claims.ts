/**
 * The payload claims that hold a NumericDate (RFC 7519 §2), and flask-jwt-extended's `fresh`
 * when it holds one, in catalogue order. A list of its own so the time analysis, which the page
 * runs at start, does not load the whole catalogue; a test holds it to the catalogue's time rows.
 */
export const TIME_CLAIMS: readonly {
  readonly name: string;
  readonly kind: 'time' | 'boolean-or-time';
}[] = [
  { name: 'exp', kind: 'time' },
  { name: 'nbf', kind: 'time' },
  { name: 'iat', kind: 'time' },
  { name: 'auth_time', kind: 'time' },
  { name: 'updated_at', kind: 'time' },
  { name: 'toe', kind: 'time' },
  { name: 'fresh', kind: 'boolean-or-time' },
];
