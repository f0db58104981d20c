/**
 * Header Parameter values that have a meaning of their own: the `typ` values of the JWT
 * profiles, `cty: "JWT"` (a nested JWT), `zip: "DEF"`, and every JWE `alg` and `enc` (RFC 7518
 * §4.1 and §5.1). Each value's text is keyed `header:<name>=<value>`.
 */
import type { ClaimSource } from './catalogue';
import { rfc } from './entry';

export interface HeaderValue {
  readonly name: 'typ' | 'cty' | 'zip' | 'alg' | 'enc';
  /** As the table matches it: `typ` and `cty` lower-cased, `*+jwt` for a suffix. */
  readonly value: string;
  readonly source: ClaimSource;
}

const sdJwtVc: ClaimSource = { spec: 'draft-ietf-oauth-sd-jwt-vc', section: '3.2.1' };
const iana: ClaimSource = { spec: 'IANA JSON Web Signature and Encryption Algorithms registry' };

const typ = (value: string, source: ClaimSource): HeaderValue => ({ name: 'typ', value, source });
const alg = (value: string, section: string): HeaderValue => ({
  name: 'alg',
  value,
  source: rfc(7518, section),
});
const enc = (value: string, section: string): HeaderValue => ({
  name: 'enc',
  value,
  source: rfc(7518, section),
});

export const HEADER_VALUES: readonly HeaderValue[] = [
  // typ (RFC 7515 §4.1.9): media types without "application/", compared case-insensitively.
  typ('jwt', rfc(7519, '5.1')),
  typ('at+jwt', rfc(9068, '2.1')),
  typ('dpop+jwt', rfc(9449, '4.2')),
  typ('secevent+jwt', rfc(8417, '2.3')),
  typ('logout+jwt', { spec: 'OpenID Connect Back-Channel Logout 1.0', section: '2.4' }),
  typ('token-introspection+jwt', rfc(9701, '5')),
  typ('kb+jwt', rfc(9901, '4.3')),
  typ('sd-jwt', rfc(9901, '12.2')),
  typ('dc+sd-jwt', sdJwtVc),
  typ('vc+sd-jwt', sdJwtVc),
  typ('jose', rfc(7515, '9.2')),
  typ('jose+json', rfc(7515, '9.2')),
  // Structured suffixes, for profiles the table does not name.
  typ('*+sd-jwt', rfc(9901, '9.11')),
  typ('*+jwt', rfc(8725, '3.11')),

  { name: 'cty', value: 'jwt', source: rfc(7519, '5.2') },
  { name: 'zip', value: 'DEF', source: rfc(7516, '4.1.3') },

  // JWE key management (RFC 7518 §4.1).
  alg('RSA1_5', '4.2'),
  alg('RSA-OAEP', '4.3'),
  alg('RSA-OAEP-256', '4.3'),
  { name: 'alg', value: 'RSA-OAEP-384', source: iana },
  { name: 'alg', value: 'RSA-OAEP-512', source: iana },
  alg('A128KW', '4.4'),
  alg('A192KW', '4.4'),
  alg('A256KW', '4.4'),
  alg('dir', '4.5'),
  alg('ECDH-ES', '4.6'),
  alg('ECDH-ES+A128KW', '4.6'),
  alg('ECDH-ES+A192KW', '4.6'),
  alg('ECDH-ES+A256KW', '4.6'),
  alg('A128GCMKW', '4.7'),
  alg('A192GCMKW', '4.7'),
  alg('A256GCMKW', '4.7'),
  alg('PBES2-HS256+A128KW', '4.8'),
  alg('PBES2-HS384+A192KW', '4.8'),
  alg('PBES2-HS512+A256KW', '4.8'),

  // JWE content encryption (RFC 7518 §5.1).
  enc('A128CBC-HS256', '5.2.3'),
  enc('A192CBC-HS384', '5.2.4'),
  enc('A256CBC-HS512', '5.2.5'),
  enc('A128GCM', '5.3'),
  enc('A192GCM', '5.3'),
  enc('A256GCM', '5.3'),
];

const BY_KEY = new Map(HEADER_VALUES.map((entry) => [`${entry.name}=${entry.value}`, entry]));

/** The text key of an entry: `header:typ=dpop+jwt`, `header:enc=A256GCM`. */
export const headerValueKey = (entry: HeaderValue): string => `header:${entry.name}=${entry.value}`;

/** RFC 7515 §4.1.9: "application/" may be left out, and media types are case-insensitive. */
function mediaType(value: string): string {
  const lower = value.toLowerCase();
  return lower.startsWith('application/') ? lower.slice('application/'.length) : lower;
}

/** The entry that explains this value of this Header Parameter, if any. */
export function lookupHeaderValue(name: string, value: unknown): HeaderValue | undefined {
  if (typeof value !== 'string') return undefined;
  if (name === 'typ') {
    const type = mediaType(value);
    const exact = BY_KEY.get(`typ=${type}`);
    if (exact !== undefined) return exact;
    if (type.endsWith('+sd-jwt')) return BY_KEY.get('typ=*+sd-jwt');
    return type.endsWith('+jwt') ? BY_KEY.get('typ=*+jwt') : undefined;
  }
  if (name === 'cty') return BY_KEY.get(`cty=${mediaType(value)}`);
  // alg, enc and zip values are case-sensitive (RFC 7515 §4.1.1, RFC 7516 §4.1.2, §4.1.3).
  return name === 'alg' || name === 'enc' || name === 'zip'
    ? BY_KEY.get(`${name}=${value}`)
    : undefined;
}
