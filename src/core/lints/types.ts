import type { ParsedToken } from '../jws/parse';
import type { SecretEncoding } from '../keys/secret';
import type { LintPart, LintRule, LintSeverity } from './rules';

export type { LintPart, LintRule, LintSeverity } from './rules';

/** Facts for the page's message, e.g. `{ claim: 'password' }` or `{ bytes: 6, minimum: 32 }`. */
export type LintDetail = Readonly<Record<string, string | number | boolean>>;

/** One finding, as data: the page turns `rule` and `detail` into words. */
export interface Lint {
  readonly rule: LintRule;
  readonly severity: LintSeverity;
  readonly part: LintPart;
  readonly source: string;
  readonly detail?: LintDetail;
}

export interface LintInput {
  readonly parsed: ParsedToken;
  /** Seconds since the epoch; the lints never read the clock. */
  readonly now: number;
  /** For HS* tokens, the secret the user typed, if any. */
  readonly secret?: { readonly text: string; readonly encoding: SecretEncoding };
  /** The public key the token is verified with, as a JWK (ImportedKey.publicJwk), if any. */
  readonly publicJwk?: Readonly<Record<string, unknown>>;
}

/** What a check reports; the rule table adds severity, part and source. */
export interface Finding {
  readonly rule: LintRule;
  readonly detail?: LintDetail;
}

export type Check = (input: LintInput) => readonly Finding[];
