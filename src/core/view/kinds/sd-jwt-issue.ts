/**
 * Issuing an SD-JWT from the panes (ui-contract.md, `Selectively disclosable: NAME`): what the
 * user chose, which top-level claims the panes offer, and the `Signed payload` view.
 */
import { paneText, type Inputs } from '../inputs';
import { isJsonObject } from '../../json/is-object';
import type { SdHashName } from '../../sd-jwt/digest';
import { SD_JWT_VC_NOT_DISCLOSABLE, isSdJwtVc } from '../../sd-jwt/vc-claims';
import type { Plan } from '../plan';

/** What the user chose to issue with; part of the inputs, so the encode job is keyed by it. */
export interface IssueChoice {
  /** Top-level claim names to make disclosures of: sorted, each once. */
  readonly disclosable: readonly string[];
  /** Decoy digests in the top-level `_sd` (RFC 9901 §4.2.5). */
  readonly decoys: number;
  /** The digests' hash; `_sd_alg` is written only when it is not sha-256 (§4.1.1). */
  readonly sdAlg: SdHashName;
}

export const NO_ISSUE: IssueChoice = { disclosable: [], decoys: 0, sdAlg: 'sha-256' };

/** At most this many decoys: issue-checks.ts refuses more. */
export const MAX_DECOYS = 1000;

export type IssueChange =
  | { readonly claim: string; readonly disclosable: boolean }
  | { readonly decoys: number }
  | { readonly sdAlg: SdHashName };

export function changeIssue(issue: IssueChoice | undefined, change: IssueChange): IssueChoice {
  const before = issue ?? NO_ISSUE;
  if ('claim' in change) {
    const others = before.disclosable.filter((name) => name !== change.claim);
    const disclosable = change.disclosable ? [...others, change.claim].sort() : others;
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
  readonly name: string;
  /** Chosen, and in the payload: a disclosure of the token made. */
  readonly disclosable: boolean;
  /** SD-JWT VC forbids this claim to be selectively disclosable (SD-JWT VC §3.2.2.2). */
  readonly vcForbidden: boolean;
}

export interface IssueView {
  /** One per top-level claim of the Payload pane, in the order typed. */
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
  const claims = Object.keys(payload).map((name) => ({
    name,
    disclosable: chosen.has(name),
    vcForbidden: vc && SD_JWT_VC_NOT_DISCLOSABLE.has(name),
  }));
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
