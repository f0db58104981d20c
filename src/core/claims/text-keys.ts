/**
 * The keys the UI's claim text tables are indexed by, and every key `explainClaim` can give, so
 * a test can hold the English and Chinese tables to exactly that set.
 */
import { headerParameters, payloadClaims, type ClaimInfo, type ClaimSource } from './catalogue';
import { HEADER_VALUES, headerValueKey } from './header-values';
import { isJsonObject } from '../json/is-object';
import { isProviderOnly, providerClaims } from './provider-catalogue';
import { rfc } from './entry';

/** `payload:exp`, `header:alg`, and `payload:scp@okta` for a provider's row. */
export function claimTextKey(info: ClaimInfo): string {
  const base = `${info.where}:${info.name}`;
  return info.provider === undefined ? base : `${base}@${info.provider}`;
}

/** Texts for names no row explains, by category (category.ts). */
export const GENERIC_TEXT_KEYS = {
  registered: 'registered',
  private: 'private',
  privateNamespaced: 'private-namespaced',
  /** An IANA-registered Header Parameter without a row: `iss` replicated into a JWE header. */
  headerRegistered: 'header-registered',
  headerPrivate: 'header-private',
} as const;

/**
 * `cnf` confirmation methods (RFC 7800 §3.2-§3.5, registered in the IANA "JWT Confirmation
 * Methods" registry): each member present gets its own note, `payload:cnf.jkt` for DPoP.
 */
const CNF_MEMBERS: readonly (readonly [member: string, source: ClaimSource])[] = [
  ['jwk', rfc(7800, '3.2')],
  ['jwe', rfc(7800, '3.3')],
  ['kid', rfc(7800, '3.4')],
  ['jku', rfc(7800, '3.5')],
  ['jkt', rfc(9449, '6.1')],
  ['x5t#S256', rfc(8705, '3.1')],
];

export function cnfMemberKeys(value: unknown): { key: string; source: ClaimSource }[] {
  if (!isJsonObject(value)) return [];
  return CNF_MEMBERS.filter(([member]) => Object.hasOwn(value, member)).map(([member, source]) => ({
    key: `payload:cnf.${member}`,
    source,
  }));
}

/** Every text key `explainClaim` can return, each once. */
export function allTextKeys(): string[] {
  const rows = [...payloadClaims, ...headerParameters, ...providerClaims];
  return [
    ...rows.map(claimTextKey),
    ...HEADER_VALUES.map(headerValueKey),
    ...CNF_MEMBERS.map(([member]) => `payload:cnf.${member}`),
    ...Object.values(GENERIC_TEXT_KEYS),
  ];
}

/** Keys whose rows explain their name in providers' tokens only (for the tests' wording rules). */
export function providerTextKeys(): string[] {
  return [...providerClaims, ...payloadClaims.filter(isProviderOnly)].map(claimTextKey);
}
