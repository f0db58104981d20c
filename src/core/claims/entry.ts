import type { ClaimFamily, ClaimInfo, ClaimKind, ClaimLocation, ClaimSource } from './catalogue';
import type { ProviderCode } from './providers';

export const rfc = (number: number, section: string): ClaimSource => ({
  spec: `RFC ${number}`,
  section,
});

/**
 * The row maker of one table (payload claims or header parameters); `seeAlso` only where other
 * specifications use the name too.
 */
export function rowsFor(where: ClaimLocation) {
  return (
    name: string,
    kind: ClaimKind,
    source: ClaimSource,
    families: readonly [ClaimFamily, ...ClaimFamily[]],
    seeAlso?: readonly ClaimSource[],
  ): ClaimInfo =>
    seeAlso === undefined
      ? { name, where, kind, source, families }
      : { name, where, kind, source, families, seeAlso };
}

/**
 * The row maker of one provider's claims: each row explains `name` in that provider's tokens
 * only (its text is keyed `payload:<name>@<provider>`).
 */
export function providerRowsFor(provider: ProviderCode) {
  return (
    name: string,
    kind: ClaimKind,
    source: ClaimSource,
    options: {
      readonly pattern?: 'prefix' | 'namespaced';
      readonly seeAlso?: readonly ClaimSource[];
    } = {},
  ): ClaimInfo => ({
    name,
    where: 'payload',
    kind,
    source,
    families: [provider],
    provider,
    ...(options.pattern === undefined ? {} : { pattern: options.pattern }),
    ...(options.seeAlso === undefined ? {} : { seeAlso: options.seeAlso }),
  });
}
