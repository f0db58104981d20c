/**
 * Token payloads (and headers) as each provider's documentation shows them, with the page they
 * come from. Placeholders the pages leave in (`{yourDomain}`, `{tenantid}`) are filled with a
 * value of the documented form; claims the sample lacks but the page's claims table describes are
 * added under `added`, so a test can tell the two apart. Data only; see README.md.
 */

export interface DocumentedToken {
  readonly name: string;
  /** The documentation page (title and address) the payload comes from. */
  readonly source: { readonly title: string; readonly url: string };
  readonly header?: Readonly<Record<string, unknown>>;
  readonly payload: Readonly<Record<string, unknown>>;
  /** Names added from the page's claims table to the page's sample. */
  readonly added?: readonly string[];
}

export * from './idp-tokens';
export * from './platform-tokens';
export * from './rfc-tokens';
