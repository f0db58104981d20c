import type { ClaimFamily, ClaimInfo, ClaimKind, ClaimLocation, ClaimSource } from './catalogue';

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
