/**
 * The SD-JWT's own part of the view (ui-contract.md, "Selective disclosure"): the Disclosures
 * table, the disclosed payload, the key-binding verdict, the claims marked as disclosed.
 */
import type { JsonPath } from '../../json/types';
import type { KeyBindingVerdict } from '../../sd-jwt/key-binding';
import type { SdJwtInspection } from '../../sd-jwt/inspect';
import type { SdJwtFinding } from '../../sd-jwt/codes';
import type { KindView } from '../model';

export interface DisclosureRow {
  readonly index: number;
  /** The claim name; undefined for an array element. */
  readonly name: string | undefined;
  /** 1 for the first row of a name (or of array elements), 2 for the next, … (` (2)`). */
  readonly repeat: number;
  readonly valueText: string | undefined;
  readonly salt: string | undefined;
  readonly digest: string | undefined;
  readonly referenced: boolean;
  /** In the token on screen (unchecked: left out of this presentation). */
  readonly included: boolean;
  /** The disclosure whose value holds this one's digest. */
  readonly parent: number | undefined;
}

export type KeyBindingView =
  /** The SD-JWT ends without a KB-JWT: no `Key binding status` at all. */
  | { readonly state: 'absent' }
  | { readonly state: 'pending' }
  | { readonly state: 'checked'; readonly verdict: KeyBindingVerdict };

export interface SdJwtView {
  readonly kind: 'sd-jwt';
  /** Undefined until the disclosures are processed (their digests are async). */
  readonly disclosures: readonly DisclosureRow[] | undefined;
  /** The Processed SD-JWT Payload, pretty-printed. */
  readonly disclosedPayload: string | undefined;
  readonly keyBinding: KeyBindingView;
  /** Digests in the payload with no disclosure here: decoys, or claims not disclosed. */
  readonly decoys: number;
  /** Top-level claims of the disclosed payload that came from a disclosure. */
  readonly disclosedClaims: readonly string[];
  readonly findings: readonly SdJwtFinding[];
  /** RFC 9901 says to reject this SD-JWT. */
  readonly rejected: boolean;
  /** The presentation left a disclosure out, so the KB-JWT the SD-JWT ended in was dropped. */
  readonly keyBindingDropped: boolean;
  /**
   * Read from the JWS JSON serialization (RFC 9901 §8): shown in full, but presentations are
   * made from its compact form (the Signatures pane converts it).
   */
  readonly json?: true;
}

/** The SD-JWT the view shows: the token itself, or the one a JSON serialization carries. */
export function sdJwtOf(kind: KindView | undefined): SdJwtView | undefined {
  if (kind?.kind === 'sd-jwt') return kind;
  return kind?.kind === 'jws-json' ? kind.sdJwt : undefined;
}

function rows(inspection: SdJwtInspection, withheld: ReadonlySet<number>): DisclosureRow[] {
  const seen = new Map<string | undefined, number>();
  return inspection.processed.disclosures.map((disclosure) => {
    const name = disclosure.kind === 'property' ? disclosure.name : undefined;
    const repeat = (seen.get(name) ?? 0) + 1;
    seen.set(name, repeat);
    return {
      index: disclosure.index,
      name,
      repeat,
      valueText: disclosure.valueText,
      salt: disclosure.salt,
      digest: disclosure.digest,
      referenced: disclosure.referenced,
      included: !withheld.has(disclosure.index),
      parent: disclosure.parent,
    };
  });
}

const topLevel = (path: JsonPath) => (path.length === 1 ? [String(path[0])] : []);

/**
 * `ends`: the token ends in a KB-JWT. `inspection`: for exactly the token's text, if come;
 * `issued`: for the SD-JWT a presentation came from, whose rows it shows, `withheld` unchecked.
 */
export function sdJwtView(
  ends: boolean,
  inspection: SdJwtInspection | undefined,
  issued: SdJwtInspection | undefined,
  withheld: readonly number[],
  keyBindingDropped = false,
): SdJwtView {
  const source = withheld.length > 0 || issued ? issued : inspection;
  if (!inspection || !source) {
    return {
      kind: 'sd-jwt',
      disclosures: undefined,
      disclosedPayload: undefined,
      keyBinding: ends ? { state: 'pending' } : { state: 'absent' },
      decoys: 0,
      disclosedClaims: [],
      findings: [],
      rejected: false,
      keyBindingDropped,
    };
  }
  const { processed, keyBinding } = inspection;
  return {
    kind: 'sd-jwt',
    disclosures: rows(source, new Set(withheld)),
    disclosedPayload: processed.disclosedPayload
      ? JSON.stringify(processed.disclosedPayload, null, 2)
      : undefined,
    keyBinding:
      keyBinding.status === 'absent'
        ? { state: 'absent' }
        : { state: 'checked', verdict: keyBinding },
    decoys: processed.decoys.length,
    disclosedClaims: processed.claims
      .filter((claim) => claim.disclosed)
      .flatMap((claim) => topLevel(claim.path)),
    findings: processed.findings,
    rejected: processed.rejected,
    keyBindingDropped,
  };
}

/**
 * The disclosures to leave out after the user (un)checks row `index`: leaving one out takes
 * those nested in it along (RFC 9901 §4.2.6: nothing else could reference them); putting one
 * back brings back the ones it holds, and the ones that hold it.
 */
export function withheldAfter(
  rows: readonly DisclosureRow[],
  index: number,
  include: boolean,
): number[] {
  const withheld = new Set(rows.filter((row) => !row.included).map((row) => row.index));
  const parentOf = new Map(rows.map((row) => [row.index, row.parent]));
  const within = (row: DisclosureRow, ancestor: number): boolean => {
    for (let at = row.parent; at !== undefined; at = parentOf.get(at))
      if (at === ancestor) return true;
    return false;
  };
  for (const row of rows) {
    const nested = row.index === index || within(row, index);
    if (!include && nested) withheld.add(row.index);
    const holds = rows.find((candidate) => candidate.index === index);
    if (include && (nested || (holds && within(holds, row.index)))) withheld.delete(row.index);
  }
  return [...withheld].sort((a, b) => a - b);
}
