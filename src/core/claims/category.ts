/**
 * What kind of name a claim or Header Parameter name is, from its name alone (RFC 7519 §4):
 * registered when the IANA registry holds it, private otherwise. A namespaced name (a URL, or a
 * name with `:` such as `cognito:groups`) is not registered either: it belongs to whoever owns
 * its namespace, so it is private too, and flagged as namespaced.
 */
import { lookupHeaderParameter, type ClaimLocation } from './catalogue';
import { IANA_CLAIM_NAMES, IANA_HEADER_NAMES_WITHOUT_ROW } from './iana-registry';

export type ClaimCategory = 'registered' | 'private';

export interface ClaimClassification {
  readonly category: ClaimCategory;
  /** A URL (`https://example.com/roles`), or a name with a `:` (`cognito:groups`). */
  readonly namespaced: boolean;
}

/** RFC 7519 §2 Collision-Resistant Names are most often URLs; `:` marks a prefix namespace. */
export function isNamespacedName(name: string): boolean {
  return /[:/]/.test(name);
}

function isRegistered(name: string, where: ClaimLocation): boolean {
  if (where === 'payload') return IANA_CLAIM_NAMES.has(name);
  return lookupHeaderParameter(name) !== undefined || IANA_HEADER_NAMES_WITHOUT_ROW.has(name);
}

export function classifyClaim(name: string, where: ClaimLocation = 'payload'): ClaimClassification {
  return {
    category: isRegistered(name, where) ? 'registered' : 'private',
    namespaced: isNamespacedName(name),
  };
}
