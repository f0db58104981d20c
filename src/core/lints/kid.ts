/**
 * `kid` values that look like an injection attempt (RFC 8725 §2.9, §3.10): verifiers that
 * build a file path, an SQL query or a shell command from `kid` have been made to sign with
 * /dev/null or with the result of `' UNION SELECT 'key`. The patterns are chosen not to fire
 * on the usual key IDs: UUIDs, RFC 7638 thumbprints (base64url, so `--` alone can occur by
 * chance), dates and URLs.
 */
import { detailValue } from './detail-value';
import type { Check } from './types';

export type KidInjectionKind = 'path' | 'sql' | 'command';

/** First match wins; one finding per token. */
const KID_PATTERNS: readonly { readonly kind: KidInjectionKind; readonly pattern: RegExp }[] = [
  { kind: 'path', pattern: /\.\.[/\\]/ }, // ../ or ..\
  { kind: 'path', pattern: /%2e%2e(?:%2f|%5c|[/\\])/i }, // URL-encoded traversal
  { kind: 'path', pattern: /^\/[a-z][\w.-]*\// }, // an absolute path: /dev/null, /etc/passwd
  { kind: 'path', pattern: /^[a-z]:[/\\]/i }, // a Windows drive: C:\
  { kind: 'path', pattern: /\0/ }, // NUL truncates paths in C-based file APIs
  { kind: 'path', pattern: /^file:/i },
  { kind: 'sql', pattern: /['"]/ }, // string quotes
  { kind: 'sql', pattern: /;/ }, // statement separator
  { kind: 'sql', pattern: /\/\*/ }, // comment
  { kind: 'sql', pattern: /(?:^|[\s'")])--/ }, // comment after a quote, space or start
  { kind: 'sql', pattern: /\s(?:or|and|union|select)\s/i },
  { kind: 'command', pattern: /[|`]/ },
  { kind: 'command', pattern: /\$\(/ },
];

export const checkKid: Check = ({ parsed }) => {
  const kid = parsed.protectedHeader?.kid;
  if (typeof kid !== 'string') return [];
  const match = KID_PATTERNS.find(({ pattern }) => pattern.test(kid));
  if (match === undefined) return [];
  const { value, truncated } = detailValue(kid);
  return [{ rule: 'kid-injection', detail: { kind: match.kind, value, truncated } }];
};
