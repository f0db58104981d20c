/**
 * Which token is on screen and which results speak for it, for the current inputs: the one
 * place both the job runner (what to compute) and derive (what to show) ask.
 */
import type { Inspection } from '../debug/inspect';
import { IDENTITY } from '../token/offsets';
import { readToken, type Token } from '../token/read';
import type { PanesEncoding } from './encode-panes';
import type { KindInspection, TokenInspection } from './inspect-token';
import type { Inputs } from './inputs';
import { resultFor, type Job, type Result } from './jobs';
import { issueOfInputs } from './kinds/sd-jwt-issue';

export type Stage =
  /** Nothing to compute: the token box is empty. */
  | { readonly kind: 'idle' }
  /** The result for the current job has not arrived. */
  | { readonly kind: 'pending' }
  | { readonly kind: 'failed'; readonly error: string }
  /** The token shown was inspected with the current keys. */
  | {
      readonly kind: 'inspected';
      /** The verdict on its signature; none for a JWE that has not decrypted to a JWS. */
      readonly inspection?: Inspection;
      /** What its kind learned, for these keys too. */
      readonly extra?: KindInspection;
    }
  /** The header and payload could not make a token; the token shown is not theirs. */
  | { readonly kind: 'not-made'; readonly encoding: Extract<PanesEncoding, { ok: false }> };

export interface Plan {
  /** The jobs the current inputs need, in the order they are needed. */
  readonly jobs: readonly Job[];
  /** The token on screen: the one typed, the last one made, or one made for these panes. */
  readonly shown: Token;
  readonly stage: Stage;
  /** The encoding for the current panes, when they lead and it has arrived. */
  readonly encoding?: PanesEncoding;
}

/** The panes' encoding when it made exactly the token shown (it is for the current inputs). */
export function shownEncoding(p: Plan): Extract<PanesEncoding, { ok: true }> | undefined {
  return p.encoding?.ok && p.encoding.token === p.shown.given ? p.encoding : undefined;
}

/**
 * The token the panes made: a JWS is already parsed by the inspection that came with it (a
 * large payload being edited is not read again); another kind is read.
 */
function madeToken(token: string, inspected: TokenInspection): Token {
  const parsed = inspected.inspection?.parsed;
  if (inspected.extra || !parsed || parsed.token !== token) return readToken(token);
  return {
    kind: 'jws',
    given: parsed.token,
    cleaned: { text: parsed.token, map: IDENTITY, notes: [] },
    jws: parsed,
  };
}

/**
 * The panes say what the token says: the typed texts are its decoded header and payload, as
 * they are or in compact form (`encoding.compact`). Then the token is theirs, made or not
 * (switching the alg away and back leaves the panes as the pasted token had them).
 */
export function panesMatchToken(
  inputs: Inputs,
  token: Token,
  encoding: Extract<PanesEncoding, { ok: false }>,
): boolean {
  if (token.kind !== 'jws') return false;
  // A pane still as it showed this token (laid out, say) says what the token says.
  const untouched = inputs.pristine?.token === token.given;
  const same = (part: 'header' | 'payload') => {
    const decoded = token.jws[part]?.text;
    return (
      decoded !== undefined &&
      (inputs[part] === decoded ||
        encoding.compact[part] === decoded ||
        (untouched && inputs[part] === inputs.pristine![part]))
    );
  };
  return same('header') && same('payload');
}

function inspectStage(results: readonly Result[], job: Job): Stage {
  const outcome = resultFor(results, job);
  if (!outcome) return { kind: 'pending' };
  if (outcome.kind === 'failed') return { kind: 'failed', error: outcome.error };
  if (outcome.kind !== 'inspect') return { kind: 'failed', error: `unexpected ${outcome.kind}` };
  return inspectedStage(outcome);
}

function inspectedStage({ inspection, extra }: TokenInspection): Stage {
  return {
    kind: 'inspected',
    ...(inspection ? { inspection } : {}),
    ...(extra ? { extra } : {}),
  };
}

/** `token` is `inputs.token` read (the caller keeps it, so a large token is read once). */
export function plan(inputs: Inputs, token: Token, results: readonly Result[]): Plan {
  const { keys } = inputs;
  const inspectToken: Job = { kind: 'inspect', token: inputs.token, keys };
  if (inputs.leading === 'token') {
    if (token.kind === 'empty') return { jobs: [], shown: token, stage: { kind: 'idle' } };
    // A presentation shows the disclosures it left out too: those of the SD-JWT it came from.
    const issued: Job[] = inputs.presentation
      ? [{ kind: 'inspect', token: inputs.presentation.issued, keys }]
      : [];
    return {
      jobs: [inspectToken, ...issued],
      shown: token,
      stage: inspectStage(results, inspectToken),
    };
  }
  const issue = issueOfInputs(inputs);
  const encode: Job = {
    kind: 'encode',
    header: inputs.header,
    payload: inputs.payload,
    keys,
    ...(issue ? { issue } : {}),
    ...(inputs.nested !== undefined ? { nested: inputs.nested } : {}),
  };
  const outcome = resultFor(results, encode);
  if (!outcome) return { jobs: [encode], shown: token, stage: { kind: 'pending' } };
  if (outcome.kind === 'failed')
    return { jobs: [encode], shown: token, stage: { kind: 'failed', error: outcome.error } };
  if (outcome.kind !== 'encode') {
    return { jobs: [encode], shown: token, stage: { kind: 'failed', error: outcome.kind } };
  }
  const { encoding } = outcome;
  if (encoding.ok) {
    return {
      jobs: [encode],
      shown: madeToken(encoding.token, encoding.inspected),
      stage: inspectedStage(encoding.inspected),
      encoding,
    };
  }
  // Panes choosing disclosures make an SD-JWT: a JWS of the same claims is not theirs.
  if (!issue && panesMatchToken(inputs, token, encoding)) {
    return {
      jobs: [encode, inspectToken],
      shown: token,
      stage: inspectStage(results, inspectToken),
      encoding,
    };
  }
  return { jobs: [encode], shown: token, stage: { kind: 'not-made', encoding }, encoding };
}
