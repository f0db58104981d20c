/**
 * What the page says about each claim or Header Parameter: which catalogue row explains it (the
 * provider's own row when the token's issuer family is that provider, the generic row otherwise),
 * its category, the text keys of its meaning and of its value's meaning, and where the meaning
 * comes from. Data only: the UI's tables turn the keys into English or Chinese.
 */
import {
  lookupClaim,
  lookupHeaderParameter,
  type ClaimInfo,
  type ClaimKind,
  type ClaimLocation,
  type ClaimSource,
} from './catalogue';
import { classifyClaim, type ClaimCategory } from './category';
import { headerValueKey, lookupHeaderValue } from './header-values';
import type { IssuerFamilyCode } from './issuer-family';
import { isProviderOnly, lookupProviderClaim, providersUsing } from './provider-catalogue';
import { isProviderCode, type ProviderCode } from './providers';
import { claimTextKey, cnfMemberKeys, GENERIC_TEXT_KEYS } from './text-keys';

export interface ClaimContext {
  /** The token's issuer family (`issuerFamily(payload).code`); the header table needs none. */
  readonly family?: IssuerFamilyCode;
}

export interface ClaimExplanation {
  readonly name: string;
  readonly where: ClaimLocation;
  readonly category: ClaimCategory;
  readonly namespaced: boolean;
  /** Key of the title and description: `payload:exp`, `payload:scp@okta`, `private`, ... */
  readonly textKey: string;
  /** The row that explains it, when the catalogue has one. */
  readonly info?: ClaimInfo;
  /** Set when the name is explained as this provider's own claim. */
  readonly provider?: ProviderCode;
  readonly kind?: ClaimKind;
  /** Where the meaning comes from: the RFC, or the provider's documentation page. */
  readonly source?: ClaimSource;
  readonly seeAlso: readonly ClaimSource[];
  /** Keys of what the value means: `header:typ=kb+jwt`, `payload:cnf.jkt`. */
  readonly valueKeys: readonly string[];
  /** Sources of those values' meanings, in the same order. */
  readonly valueSources: readonly ClaimSource[];
  /** Providers whose documentation defines the name, for a name explained generically. */
  readonly usedBy: readonly ProviderCode[];
}

function headerExplanation(name: string, value: unknown): ClaimExplanation {
  const info = lookupHeaderParameter(name);
  const { category, namespaced } = classifyClaim(name, 'header');
  const known = lookupHeaderValue(name, value);
  return {
    name,
    where: 'header',
    category,
    namespaced,
    textKey: info
      ? claimTextKey(info)
      : category === 'registered'
        ? GENERIC_TEXT_KEYS.headerRegistered
        : GENERIC_TEXT_KEYS.headerPrivate,
    ...(info ? { info, kind: info.kind, source: info.source } : {}),
    seeAlso: info?.seeAlso ?? [],
    valueKeys: known ? [headerValueKey(known)] : [],
    valueSources: known ? [known.source] : [],
    usedBy: [],
  };
}

const providerOf = (family: IssuerFamilyCode | undefined): ProviderCode | undefined =>
  family !== undefined && isProviderCode(family) ? family : undefined;

/** The row for a payload name: the provider's own first, then a generic row any token may use. */
function payloadRow(name: string, provider: ProviderCode | undefined): ClaimInfo | undefined {
  const own = provider === undefined ? undefined : lookupProviderClaim(provider, name);
  if (own !== undefined) return own;
  const generic = lookupClaim(name);
  return generic !== undefined && !isProviderOnly(generic) ? generic : undefined;
}

function payloadExplanation(name: string, value: unknown, context: ClaimContext): ClaimExplanation {
  const { category, namespaced } = classifyClaim(name, 'payload');
  const family = providerOf(context.family);
  const info = payloadRow(name, family);
  const members = name === 'cnf' && info !== undefined ? cnfMemberKeys(value) : [];
  const fallback =
    category === 'registered'
      ? GENERIC_TEXT_KEYS.registered
      : namespaced
        ? GENERIC_TEXT_KEYS.privateNamespaced
        : GENERIC_TEXT_KEYS.private;
  // Explained as the provider's own: its row, or a provider-only generic row (flask's `fresh`).
  const provider =
    info?.provider ?? (info !== undefined && isProviderOnly(info) ? family : undefined);
  return {
    name,
    where: 'payload',
    category,
    namespaced,
    textKey: info ? claimTextKey(info) : fallback,
    ...(info ? { info, kind: info.kind, source: info.source } : {}),
    ...(provider ? { provider } : {}),
    seeAlso: info?.seeAlso ?? [],
    valueKeys: members.map((member) => member.key),
    valueSources: members.map((member) => member.source),
    usedBy: info === undefined ? providersUsing(name) : [],
  };
}

/** The explanation of one claim (`where: 'payload'`) or Header Parameter (`'header'`). */
export function explainClaim(
  where: ClaimLocation,
  name: string,
  value: unknown,
  context: ClaimContext = {},
): ClaimExplanation {
  return where === 'header'
    ? headerExplanation(name, value)
    : payloadExplanation(name, value, context);
}

/** Every member of a JSON object, in its order. */
export function explainClaims(
  where: ClaimLocation,
  object: Readonly<Record<string, unknown>>,
  context: ClaimContext = {},
): ClaimExplanation[] {
  return Object.entries(object).map(([name, value]) => explainClaim(where, name, value, context));
}
