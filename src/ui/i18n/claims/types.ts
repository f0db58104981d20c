/**
 * The words for the page's "Claims" and "Header parameters" tables. The core's catalogue
 * (`src/core/claims/catalogue.ts`) says what each name is; these tables say what it means.
 */

/**
 * Keyed by `payload:<name>` or `header:<name>`, e.g. `payload:exp`, `header:alg`, plus the
 * generic keys `private` and `public` for payload claims the catalogue does not know.
 */
export type ClaimTexts = Readonly<Record<string, ClaimText>>;

export interface ClaimText {
  /** A short human title, e.g. "Expiration time" / "过期时间". */
  readonly title: string;
  /**
   * One or two plain sentences for a developer or a learner: what the claim means and how
   * verifiers treat it.
   */
  readonly description: string;
}
