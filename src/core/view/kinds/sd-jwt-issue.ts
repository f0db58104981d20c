/**
 * Issuing an SD-JWT from the panes (ui-contract.md, `Selectively disclosable: NAME`): what the
 * user chose, which claims the panes offer (top-level ones, and the members and elements
 * inside them, RFC 9901 §4.2.6), and the `Signed payload` view.
 */
import { paneText, type Inputs } from '../inputs';
import { isJsonObject } from '../../json/is-object';
import type { JsonPath } from '../../json/types';
import type { SdHashName } from '../../sd-jwt/digest';
import { SD_JWT_VC_NOT_DISCLOSABLE, isSdJwtVc } from '../../sd-jwt/vc-claims';
import type { Plan } from '../plan';

/** What the user chose to issue with; part of the inputs, so the encode job is keyed by it. */
export interface IssueChoice {
  /** The claims to make disclosures of, each as its path's key (pathKey): sorted, each once. */
  readonly disclosable: readonly string[];
  /** Decoy digests in the top-level `_sd` (RFC 9901 §4.2.5). */
  readonly decoys: number;
  /** The digests' hash; `_sd_alg` is written only when it is not sha-256 (§4.1.1). */
  readonly sdAlg: SdHashName;
}

export const NO_ISSUE: IssueChoice = { disclosable: [], decoys: 0, sdAlg: 'sha-256' };

/** At most this many decoys: issue-checks.ts refuses more. */
export const MAX_DECOYS = 1000;

/** Offered below the top level: members and elements this deep, at most this many rows. */
export const NESTED_DEPTH = 3;
export const MAX_ROWS = 200;

const RESERVED: ReadonlySet<string> = new Set(['_sd', '_sd_alg', '...']);

/** A claim path as a string: `["address","country"]`; equal paths, equal keys. */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

/** A claim path as a person reads it: `address.country`, `nationalities[1]`. */
export function pathLabel(path: JsonPath): string {
  return path.reduce<string>(
    (label, key, i) =>
      typeof key === 'number' ? `${label}[${key}]` : i === 0 ? key : `${label}.${key}`,
    '',
  );
}

/**
 * The claim paths a payload offers, in document order: each top-level claim, then the members
 * of the objects and the elements of the arrays inside it, NESTED_DEPTH deep, MAX_ROWS in all.
 */
export function claimPaths(payload: Readonly<Record<string, unknown>>): JsonPath[] {
  const paths: JsonPath[] = [];
  const visit = (value: unknown, path: JsonPath): void => {
    // The digest carriers are the issuer's to write (RFC 9901 §4.1), never a claim to offer.
    if (RESERVED.has(String(path.at(-1)))) return;
    paths.push(path);
    if (path.length >= NESTED_DEPTH) return;
    // Stops at MAX_ROWS: a payload of megabytes is not walked on every keystroke.
    const entries: Iterable<[string | number, unknown]> = Array.isArray(value)
      ? value.entries()
      : isJsonObject(value)
        ? Object.entries(value)
        : [];
    for (const [key, member] of entries) {
      if (paths.length >= MAX_ROWS) return;
      visit(member, [...path, key]);
    }
  };
  for (const [name, value] of Object.entries(payload)) {
    if (paths.length >= MAX_ROWS) break;
    visit(value, [name]);
  }
  return paths;
}

export type IssueChange =
  | { readonly path: JsonPath; readonly disclosable: boolean }
  | { readonly decoys: number }
  | { readonly sdAlg: SdHashName };

export function changeIssue(issue: IssueChoice | undefined, change: IssueChange): IssueChoice {
  const before = issue ?? NO_ISSUE;
  if ('path' in change) {
    const key = pathKey(change.path);
    const others = before.disclosable.filter((chosen) => chosen !== key);
    const disclosable = change.disclosable ? [...others, key].sort() : others;
    return { ...before, disclosable };
  }
  if ('decoys' in change) {
    const decoys = Number.isFinite(change.decoys) ? Math.trunc(change.decoys) : 0;
    return { ...before, decoys: Math.min(MAX_DECOYS, Math.max(0, decoys)) };
  }
  return { ...before, sdAlg: change.sdAlg };
}

export function sameIssue(a: IssueChoice | undefined, b: IssueChoice | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.decoys === b.decoys &&
    a.sdAlg === b.sdAlg &&
    a.disclosable.length === b.disclosable.length &&
    a.disclosable.every((name, i) => name === b.disclosable[i])
  );
}

/**
 * The choice the panes' encode job issues with: none while no claim is chosen, so the job is
 * a plain JWS's (and keeps its result) until one is.
 */
export function issueOfInputs(inputs: Inputs): IssueChoice | undefined {
  return inputs.issue && inputs.issue.disclosable.length > 0 ? inputs.issue : undefined;
}

export interface IssueClaim {
  readonly path: JsonPath;
  /** `given_name`, `address.country`, `nationalities[1]`: what `Selectively disclosable:` names. */
  readonly label: string;
  /** Chosen, and in the payload: a disclosure of the token made. */
  readonly disclosable: boolean;
  /** SD-JWT VC forbids this claim, or the claim it is inside, to be selectively disclosable. */
  readonly vcForbidden: boolean;
}

export interface IssueView {
  /** One per claim path of the Payload pane (claimPaths), in the order typed. */
  readonly claims: readonly IssueClaim[];
  readonly decoys: number;
  readonly sdAlg: SdHashName;
  /** The header's `typ` is `dc+sd-jwt`: an SD-JWT VC. */
  readonly vc: boolean;
  /** Some claim is disclosable: the panes make an SD-JWT (or say why they cannot). */
  readonly issuing: boolean;
  /**
   * The issuer JWS's payload as signed, laid out like the panes, for exactly these inputs;
   * `pending` until it is made; undefined while no claim is disclosable or none was made.
   */
  readonly signedPayload:
    { readonly state: 'pending' } | { readonly state: 'made'; readonly text: string } | undefined;
}

/**
 * The issuing controls' view, while the header and payload lead a JWS (not a JWE) and the
 * payload is a JSON object. `payload` and `header` are the panes' parsed values.
 */
export function issueView(
  inputs: Inputs,
  p: Plan,
  payload: unknown,
  header: Readonly<Record<string, unknown>> | undefined,
): IssueView | undefined {
  if (inputs.leading !== 'json' || !header || header.enc !== undefined) return undefined;
  if (!isJsonObject(payload)) return undefined;
  const choice = inputs.issue ?? NO_ISSUE;
  const chosen = new Set(choice.disclosable);
  const vc = isSdJwtVc(header);
  const claims = claimPaths(payload)
    .map((path) => ({
      path,
      label: pathLabel(path),
      disclosable: chosen.has(pathKey(path)),
      vcForbidden: vc && SD_JWT_VC_NOT_DISCLOSABLE.has(String(path[0])),
    }))
    // The sub-claims of a claim SD-JWT VC keeps visible are not offered: the claim says why.
    .filter((claim) => claim.path.length === 1 || !claim.vcForbidden || claim.disclosable);
  const issuing = claims.some((claim) => claim.disclosable);
  return {
    claims,
    decoys: choice.decoys,
    sdAlg: choice.sdAlg,
    vc,
    issuing,
    signedPayload: issuing ? signedPayloadOf(inputs, p) : undefined,
  };
}

function signedPayloadOf(inputs: Inputs, p: Plan): IssueView['signedPayload'] {
  // Only the encoding for these very inputs speaks: the token shown while it is pending may
  // be one made for another choice.
  if (p.stage.kind === 'pending') return { state: 'pending' };
  if (!p.encoding?.ok || p.shown.kind !== 'sd-jwt') return undefined;
  return { state: 'made', text: paneText(p.shown.jws.payload, inputs.exact) };
}
