/**
 * Lookups of one provider's claims. A provider's row for a name wins over the generic row in that
 * provider's tokens (Okta's `scp` is an array, Entra's a string); a row of the generic table whose
 * families are all providers (flask-jwt-extended's `fresh`) is that provider's row too. Patterns
 * match after exact names: `xms_*` by prefix, Auth0's custom claims by being namespaced.
 */
import { payloadClaims, type ClaimInfo } from './catalogue';
import { isNamespacedName } from './category';
import { IDP_CLAIMS } from './provider-claims-idp';
import { PLATFORM_CLAIMS } from './provider-claims-platform';
import { isProviderCode, PROVIDER_CODES, type ProviderCode } from './providers';

/** Every provider row, in table order. */
export const providerClaims: readonly ClaimInfo[] = Object.freeze(
  [...IDP_CLAIMS, ...PLATFORM_CLAIMS].map((row) => Object.freeze(row)),
);

/** A generic row that only providers use: it explains its name in their tokens only. */
export function isProviderOnly(info: ClaimInfo): boolean {
  return info.families.every((family) => isProviderCode(family));
}

interface ProviderIndex {
  readonly exact: Map<string, ClaimInfo>;
  readonly prefixes: { readonly prefix: string; readonly info: ClaimInfo }[];
  namespaced?: ClaimInfo;
}

function buildIndex(): ReadonlyMap<ProviderCode, ProviderIndex> {
  const index = new Map<ProviderCode, ProviderIndex>(
    PROVIDER_CODES.map((code) => [code, { exact: new Map(), prefixes: [] }]),
  );
  const add = (provider: ProviderCode, info: ClaimInfo) => {
    const entry = index.get(provider);
    // A table mistake is a programming error: say which row.
    if (entry === undefined || entry.exact.has(info.name)) {
      throw new Error(`claims catalogue: bad ${provider} row "${info.name}"`);
    }
    if (info.pattern === 'prefix' && info.name.endsWith('*')) {
      entry.prefixes.push({ prefix: info.name.slice(0, -1), info });
    } else if (info.pattern === 'namespaced') {
      entry.namespaced = info;
    } else {
      entry.exact.set(info.name, info);
    }
  };
  for (const row of providerClaims) {
    if (
      row.provider === undefined ||
      row.families.length !== 1 ||
      row.families[0] !== row.provider
    ) {
      throw new Error(`claims catalogue: provider row "${row.name}" names no single provider`);
    }
    add(row.provider, row);
  }
  for (const row of payloadClaims) {
    if (!isProviderOnly(row)) continue;
    for (const family of row.families) if (isProviderCode(family)) add(family, row);
  }
  return index;
}

const INDEX = buildIndex();

/** The row that explains `name` in `provider`'s tokens, or `undefined`. */
export function lookupProviderClaim(provider: ProviderCode, name: string): ClaimInfo | undefined {
  const entry = INDEX.get(provider);
  if (entry === undefined) return undefined;
  const exact = entry.exact.get(name);
  if (exact !== undefined) return exact;
  const prefixed = entry.prefixes.find(({ prefix }) => name.startsWith(prefix) && name !== prefix);
  if (prefixed !== undefined) return prefixed.info;
  return entry.namespaced !== undefined && isNamespacedName(name) ? entry.namespaced : undefined;
}

/** The providers with an exact or prefix row for `name` (not Auth0's catch-all namespace row). */
export function providersUsing(name: string): readonly ProviderCode[] {
  return PROVIDER_CODES.filter((provider) => {
    const info = lookupProviderClaim(provider, name);
    return info !== undefined && info.pattern !== 'namespaced';
  });
}
