import type { ClaimInfo, ClaimKind, ClaimSource } from './catalogue';
import type { ProviderCode } from './providers';

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
