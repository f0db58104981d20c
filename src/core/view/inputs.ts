/**
 * What the user entered: the only state the page keeps. Everything it shows is derived from
 * these and from async results computed for them (derive.ts).
 */
import { EMPTY_KEYS, sameKeyInputs, type KeyInputs } from '../debug/key-inputs';
import { presentationText, type Presentation } from '../sd-jwt/presentation-text';
import type { DecodedPart } from '../jose/part';
import { panesOf, readToken } from '../token/read';
import {
  changeIssue,
  issueOfInputs,
  sameIssue,
  type IssueChange,
  type IssueChoice,
} from './kinds/sd-jwt-issue';

/** Which side the user last typed in: it leads (ui-contract.md, "Which side leads"). */
export type Leading = 'token' | 'json';

export interface Inputs {
  /**
   * The token box's text while the token leads. While the header and payload lead, the last
   * token they made (the token box shows a newer one as soon as it is made for them).
   */
  readonly token: string;
  /** The Header and Payload boxes' texts while they lead; unused while the token leads. */
  readonly header: string;
  readonly payload: string;
  readonly leading: Leading;
  readonly keys: KeyInputs;
  /** The token last pasted or typed, to say when re-encoding the panes changed its bytes. */
  readonly pasted: string;
  /** The user asked to see all of a large payload, for this token text. */
  readonly fullPayloadOf?: string;
  /**
   * An SD-JWT presented with some disclosures left out, or with a key-binding JWT added: the
   * one edit of a pasted token's text (ui-contract.md, `Include NAME`). `token` is its text.
   */
  readonly presentation?: Presentation;
  /** Show the decoded header and payload exactly as in the token, not laid out. */
  readonly exact: boolean;
  /** SD-JWT: the claims the panes make selectively disclosable, with decoys and the hash. */
  readonly issue?: IssueChoice;
  /**
   * What the panes showed when they took the lead, with the token they showed it for: a pane
   * still holding that text is untouched (its bytes changed only by re-encoding).
   */
  readonly pristine?: { readonly token: string; readonly header: string; readonly payload: string };
  /**
   * Sign, then encrypt (a nested JWT, RFC 7519 §5.2): while the panes lead with an `enc`, the
   * payload is signed with this inner alg before it is encrypted. Undefined: not nested.
   */
  readonly nested?: string;
  /**
   * The keys in the boxes came with this example token (the page's first one, or one from the
   * Examples menu), untouched since: they are the example's, not the user's, and a token of
   * another payload and signature pasted in clears them (exampleKeysKept).
   */
  readonly example?: { readonly token: string; readonly keys: KeyInputs };
}

export type Action =
  /** Typed or pasted into the token box; a paste of the same text counts too. */
  | { readonly type: 'token'; readonly text: string }
  | { readonly type: 'header'; readonly text: string }
  | { readonly type: 'payload'; readonly text: string }
  | { readonly type: 'keys'; readonly patch: Partial<KeyInputs> }
  /** The header and payload made this token (encode result for the current inputs). */
  | {
      readonly type: 'made';
      readonly header: string;
      readonly payload: string;
      readonly keys: KeyInputs;
      /** The SD-JWT issuing choice the token was made with (none for a plain JWS). */
      readonly issue?: IssueChoice;
      /** The inner alg the token was signed with before it was encrypted, if nested. */
      readonly nested?: string;
      readonly token: string;
    }
  /**
   * An example chosen while `over` was the token: its data arrives later, and lands only if the
   * token is still that one (a paste in between wins).
   */
  | {
      readonly type: 'load';
      readonly token: string;
      readonly keys: KeyInputs;
      readonly over?: string;
    }
  | { readonly type: 'show-full-payload' }
  /** SD-JWT: present the token without these disclosures (their nested ones included). */
  | { readonly type: 'present'; readonly withheld: readonly number[] }
  /** SD-JWT: a KB-JWT signed for the token text `for`, to end the presentation with. */
  | { readonly type: 'bind'; readonly for: string; readonly kbJwt: string }
  /** Show the decoded parts exactly as in the token (true) or laid out (false). */
  | { readonly type: 'exact'; readonly exact: boolean }
  /** SD-JWT issuing: a claim made (not) selectively disclosable, the decoys, the hash. */
  | { readonly type: 'issue'; readonly change: IssueChange }
  /** Sign, then encrypt with this inner alg; undefined: encrypt the payload itself. */
  | { readonly type: 'nested'; readonly innerAlg: string | undefined };

export function initialInputs(token: string, keys: KeyInputs = EMPTY_KEYS, exact = false): Inputs {
  return { token, header: '', payload: '', leading: 'token', keys, pasted: token, exact };
}

/** An example token with the keys that verify it, shown in the boxes (Inputs.example). */
export function exampleInputs(token: string, keys: KeyInputs, exact = false): Inputs {
  return { ...initialInputs(token, keys, exact), example: { token, keys } };
}

/**
 * Whether a token typed or pasted over an example keeps the example's keys: while it is an
 * edit of that token (its payload or its signature segment still in it: one keystroke changes
 * at most one; `Bearer `, quotes or `%2E` around them change neither), not a token of its
 * own, which the example's secret would call invalid. A substring search, not a reading: this
 * runs on the first paste into a fresh page, megabytes at times.
 */
function exampleKeysKept(example: NonNullable<Inputs['example']>, text: string): boolean {
  const segments = example.token.split('.');
  const [payload, signature] = [segments[1], segments.at(-1)];
  return (
    (payload !== undefined && payload !== '' && text.includes(payload)) ||
    (segments.length > 2 && signature !== undefined && signature !== '' && text.includes(signature))
  );
}

function tokenTyped(inputs: Inputs, text: string): Inputs {
  const { example } = inputs;
  if (!example || inputs.keys !== example.keys)
    return initialInputs(text, inputs.keys, inputs.exact);
  if (exampleKeysKept(example, text))
    return { ...initialInputs(text, inputs.keys, inputs.exact), example };
  return initialInputs(text, EMPTY_KEYS, inputs.exact);
}

/** A decoded part as the pane shows it: laid out, unless the exact bytes were asked for. */
export function paneText(part: DecodedPart | undefined, exact: boolean): string {
  return (exact ? part?.text : (part?.pretty ?? part?.text)) ?? '';
}

/** The pane texts the token decodes to: where the user starts editing from. */
function decodedTexts(token: string, exact: boolean): { header: string; payload: string } {
  const parsed = panesOf(readToken(token));
  return { header: paneText(parsed?.header, exact), payload: paneText(parsed?.payload, exact) };
}

/** The header and payload take the lead with one of them edited, the other as it was shown. */
function editPane(inputs: Inputs, pane: 'header' | 'payload', text: string): Inputs {
  if (inputs.leading === 'json') return { ...inputs, [pane]: text };
  const shown = decodedTexts(inputs.token, inputs.exact);
  return {
    ...inputs,
    ...shown,
    [pane]: text,
    leading: 'json',
    pristine: { token: inputs.token, ...shown },
  };
}

export function reduce(inputs: Inputs, action: Action): Inputs {
  switch (action.type) {
    case 'token':
      return tokenTyped(inputs, action.text);
    case 'header':
    case 'payload':
      return editPane(inputs, action.type, action.text);
    case 'keys': {
      // The keys are the user's from now on.
      const { example: _example, ...rest } = inputs;
      return { ...rest, keys: { ...inputs.keys, ...action.patch } };
    }
    case 'made':
      // Only for the panes as they still are: a token made for older text is not theirs.
      return inputs.leading === 'json' &&
        inputs.header === action.header &&
        inputs.payload === action.payload &&
        sameKeyInputs(inputs.keys, action.keys) &&
        sameIssue(issueOfInputs(inputs), action.issue) &&
        inputs.nested === action.nested &&
        inputs.token !== action.token
        ? { ...inputs, token: action.token }
        : inputs;
    case 'load':
      if (action.over !== undefined && action.over !== inputs.token) return inputs;
      return exampleInputs(action.token, action.keys, inputs.exact);
    case 'exact':
      return { ...inputs, exact: action.exact };
    case 'issue':
      return { ...inputs, issue: changeIssue(inputs.issue, action.change) };
    case 'nested': {
      const { nested: _off, ...rest } = inputs;
      return action.innerAlg === undefined ? rest : { ...inputs, nested: action.innerAlg };
    }
    case 'show-full-payload':
      return { ...inputs, fullPayloadOf: inputs.token };
    case 'present': {
      const issued = inputs.presentation?.issued ?? inputs.token;
      const presentation: Presentation = { issued, withheld: [...action.withheld].sort() };
      return { ...inputs, leading: 'token', presentation, token: presentationText(presentation) };
    }
    case 'bind': {
      // A KB-JWT signed for another text than the one on screen would not bind it.
      if (inputs.token !== action.for) return inputs;
      const presentation: Presentation = {
        ...(inputs.presentation ?? { issued: inputs.token, withheld: [] }),
        kbJwt: action.kbJwt,
      };
      return { ...inputs, leading: 'token', presentation, token: presentationText(presentation) };
    }
  }
}
