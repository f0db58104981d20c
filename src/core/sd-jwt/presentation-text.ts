/**
 * The text of a presentation (RFC 9901 §7.2) made from an SD-JWT by leaving disclosures out:
 * plain string work on the `~` parts, so the page can edit the token as the user unchecks a
 * disclosure, before any digest is computed.
 */

/** What the user chose to present of the SD-JWT they pasted. */
export interface Presentation {
  /** The SD-JWT as pasted or issued, with all its disclosures. */
  readonly issued: string;
  /** The disclosures (by position in `issued`) left out, those nested in them included. */
  readonly withheld: readonly number[];
  /** A key-binding JWT the page signed for exactly this presentation. */
  readonly kbJwt?: string;
}

/** `issued` split: the issuer JWS, each disclosure as written, and what follows the last `~`. */
export function tildeSplit(issued: string): { jws: string; disclosures: string[]; last: string } {
  const parts = issued.split('~');
  const last = parts.length > 1 ? parts.pop()! : '';
  const [jws = '', ...disclosures] = parts;
  return { jws, disclosures, last };
}

/**
 * The token text of a presentation. A KB-JWT the SD-JWT ended in stays only while every
 * disclosure does: its `sd_hash` covers them all (§4.3.1).
 */
export function presentationText(presentation: Presentation): string {
  const { jws, disclosures, last } = tildeSplit(presentation.issued);
  const withheld = new Set(presentation.withheld);
  const kept = disclosures.filter((_text, index) => !withheld.has(index));
  const kb = presentation.kbJwt ?? (withheld.size === 0 ? last : '');
  return `${jws}~${kept.map((text) => `${text}~`).join('')}${kb}`;
}

/** Whether the SD-JWT ended in a KB-JWT that this presentation had to leave out. */
export function keyBindingDropped(presentation: Presentation): boolean {
  return (
    presentation.withheld.length > 0 &&
    presentation.kbJwt === undefined &&
    tildeSplit(presentation.issued).last.includes('.')
  );
}
