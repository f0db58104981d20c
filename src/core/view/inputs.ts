/**
 * What the user entered: the only state the page keeps. Everything it shows is derived from
 * these and from async results computed for them (derive.ts).
 */
import { EMPTY_KEYS, type KeyInputs } from '../debug/key-inputs';
import { presentationText, type Presentation } from '../sd-jwt/presentation-text';
import { readToken } from '../token/read';

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
      readonly token: string;
    }
  | { readonly type: 'load'; readonly token: string; readonly keys: KeyInputs }
  | { readonly type: 'show-full-payload' }
  /** SD-JWT: present the token without these disclosures (their nested ones included). */
  | { readonly type: 'present'; readonly withheld: readonly number[] }
  /** SD-JWT: a KB-JWT signed for the token text `for`, to end the presentation with. */
  | { readonly type: 'bind'; readonly for: string; readonly kbJwt: string };

export function initialInputs(token: string, keys: KeyInputs = EMPTY_KEYS): Inputs {
  return { token, header: '', payload: '', leading: 'token', keys, pasted: token };
}

/** The pane texts the token decodes to: where the user starts editing from. */
function decodedTexts(token: string): { header: string; payload: string } {
  const read = readToken(token);
  const parsed = read.kind === 'jws' ? read.jws : undefined;
  return { header: parsed?.header?.text ?? '', payload: parsed?.payload?.text ?? '' };
}

/** The header and payload take the lead with one of them edited, the other as it was shown. */
function editPane(inputs: Inputs, pane: 'header' | 'payload', text: string): Inputs {
  const base = inputs.leading === 'json' ? inputs : { ...inputs, ...decodedTexts(inputs.token) };
  return { ...base, [pane]: text, leading: 'json' };
}

export function reduce(inputs: Inputs, action: Action): Inputs {
  switch (action.type) {
    case 'token':
      return { ...initialInputs(action.text, inputs.keys) };
    case 'header':
    case 'payload':
      return editPane(inputs, action.type, action.text);
    case 'keys':
      return { ...inputs, keys: { ...inputs.keys, ...action.patch } };
    case 'made':
      // Only for the panes as they still are: a token made for older text is not theirs.
      return inputs.leading === 'json' &&
        inputs.header === action.header &&
        inputs.payload === action.payload &&
        inputs.keys === action.keys &&
        inputs.token !== action.token
        ? { ...inputs, token: action.token }
        : inputs;
    case 'load':
      return initialInputs(action.token, action.keys);
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
