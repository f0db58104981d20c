import { EMPTY_KEYS, type KeyInputs } from '../../core/debug/key-inputs';
import { parseCompact, type ParsedToken } from '../../core/jws/parse';

/** Which side the user last typed in: it leads (ui-contract.md, "Which side leads"). */
export type Leading = 'token' | 'json';

export interface DebuggerState {
  readonly token: string;
  /** The token parsed, once per change of its text: the page and the verifier share it. */
  readonly parsed: ParsedToken;
  readonly header: string;
  readonly payload: string;
  readonly leading: Leading;
  readonly keys: KeyInputs;
  /** The public key box holds the private key's public half, filled in by the page. */
  readonly publicDerived: boolean;
  /** The decoded texts of the token last pasted, to say when re-encoding changed their bytes. */
  readonly pasted: { readonly header?: string; readonly payload?: string };
}

export type Action =
  | { readonly type: 'token'; readonly text: string }
  | { readonly type: 'header'; readonly text: string }
  | { readonly type: 'payload'; readonly text: string }
  | { readonly type: 'keys'; readonly patch: Partial<KeyInputs> }
  | { readonly type: 'public-derived'; readonly pem: string }
  | { readonly type: 'encoded'; readonly token: string }
  | { readonly type: 'load'; readonly token: string; readonly keys: KeyInputs };

/** The token's decoded texts; a part that does not decode keeps the pane's last good text. */
function decodeIntoPanes(state: DebuggerState, token: string): DebuggerState {
  const parsed = parseCompact(token);
  if (token.trim() === '') return { ...state, token, parsed, leading: 'token' };
  const header = parsed.header?.text ?? state.header;
  const payload = parsed.payload?.text ?? state.payload;
  return {
    ...state,
    token,
    parsed,
    header,
    payload,
    leading: 'token',
    pasted: { header: parsed.header?.text, payload: parsed.payload?.text },
  };
}

export function reducer(state: DebuggerState, action: Action): DebuggerState {
  switch (action.type) {
    case 'token':
      return decodeIntoPanes(state, action.text);
    case 'header':
      return { ...state, header: action.text, leading: 'json' };
    case 'payload':
      return { ...state, payload: action.text, leading: 'json' };
    case 'keys': {
      const { patch } = action;
      const typedPublic = patch.publicKey !== undefined;
      // A new private key replaces a public key the page derived from the old one.
      const clearDerived = patch.privateKey !== undefined && state.publicDerived && !typedPublic;
      return {
        ...state,
        keys: { ...state.keys, ...patch, ...(clearDerived ? { publicKey: '' } : {}) },
        publicDerived: typedPublic ? false : clearDerived ? false : state.publicDerived,
      };
    }
    case 'public-derived':
      if (state.keys.publicKey !== '' && !state.publicDerived) return state;
      if (state.keys.publicKey === action.pem) return state;
      return { ...state, keys: { ...state.keys, publicKey: action.pem }, publicDerived: true };
    case 'encoded':
      return state.leading === 'json' && state.token !== action.token
        ? { ...state, token: action.token, parsed: parseCompact(action.token) }
        : state;
    case 'load':
      return {
        ...decodeIntoPanes({ ...state, keys: action.keys, publicDerived: false }, action.token),
      };
  }
}

export function initialState(token: string): DebuggerState {
  return decodeIntoPanes(
    {
      token: '',
      parsed: parseCompact(''),
      header: '',
      payload: '',
      leading: 'token',
      keys: EMPTY_KEYS,
      publicDerived: false,
      pasted: {},
    },
    token,
  );
}
