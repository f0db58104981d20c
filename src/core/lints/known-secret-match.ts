import { KNOWN_SECRETS } from './known-secrets';

/** The list lower-cased: cracking tools try case variants of every word, so a match is a match. */
const KNOWN_SECRETS_LOWER: ReadonlySet<string> = new Set(
  [...KNOWN_SECRETS].map((secret) => secret.toLowerCase()),
);

/**
 * Whether a secret is on the well-known list: `'exact'` for the text as typed (or without
 * surrounding white space), `'case-insensitive'` when only its case differs; else undefined.
 */
export function isKnownSecret(text: string): 'exact' | 'case-insensitive' | undefined {
  const trimmed = text.trim();
  if (KNOWN_SECRETS.has(text) || KNOWN_SECRETS.has(trimmed)) return 'exact';
  if (KNOWN_SECRETS_LOWER.has(trimmed.toLowerCase())) return 'case-insensitive';
  return undefined;
}
