import { useEffect, useReducer, useRef, useState } from 'react';
import type { Diagnostic } from '../../core/diagnostics';
import { encodeToken } from '../../core/debug/encode';
import { inspectParsed, type Inspection } from '../../core/debug/inspect';
import type { KeyReports } from '../../core/debug/key-inputs';
import { initialState, reducer, type Action, type DebuggerState } from './reducer';

/** What the async side computed for the current inputs. */
export interface Outcome {
  /** The latest inspection of the token shown (after a re-sign, of the new token). */
  readonly inspection?: Inspection;
  /** Why the header and payload could not make a token, when they lead. */
  readonly problems: readonly Diagnostic[];
  readonly keys: KeyReports;
}

const IDLE: Outcome = { problems: [], keys: {} };

/**
 * The page's state and the one place that computes results from it. WebCrypto is
 * asynchronous: a result that arrives after the input changed is dropped (style.md).
 */
export function useDebugger(initialToken: string): {
  state: DebuggerState;
  outcome: Outcome;
  dispatch: (action: Action) => void;
} {
  const [state, dispatch] = useReducer(reducer, initialToken, initialState);
  const [outcome, setOutcome] = useState<Outcome>(IDLE);
  const generation = useRef(0);
  const { leading, parsed, header, payload, keys } = state;
  // The inputs that matter for the leading side; the other side's text is an output.
  const source = leading === 'token' ? parsed : null;
  const jsonHeader = leading === 'json' ? header : null;
  const jsonPayload = leading === 'json' ? payload : null;

  useEffect(() => {
    // A private key fills an empty public key box with its public half (the reducer decides).
    const fillPublicKey = (reports: KeyReports) => {
      const pem = reports.privateKey?.ok ? reports.privateKey.publicPem : undefined;
      if (pem) dispatch({ type: 'public-derived', pem });
    };
    const current = ++generation.current;
    const fresh = () => current === generation.current;
    const work =
      source !== null
        ? inspectParsed(source, keys).then((inspection) => {
            if (!fresh()) return;
            setOutcome({ inspection, problems: [], keys: inspection.keys });
            fillPublicKey(inspection.keys);
          })
        : encodeToken(jsonHeader ?? '', jsonPayload ?? '', keys).then((encoding) => {
            if (!fresh()) return;
            if (encoding.ok) {
              dispatch({ type: 'encoded', token: encoding.token });
              fillPublicKey(encoding.inspection.keys);
              setOutcome({
                inspection: encoding.inspection,
                problems: [],
                keys: encoding.inspection.keys,
              });
            } else {
              setOutcome((previous) => ({
                ...previous,
                problems: encoding.problems,
                keys: encoding.keys,
              }));
              fillPublicKey(encoding.keys);
            }
          });
    work.catch((error: unknown) => {
      // The core reports bad input as data; anything thrown here is a bug worth seeing.
      console.error('jwt-debugger: unexpected failure', error);
    });
  }, [source, jsonHeader, jsonPayload, keys]);

  return { state, outcome, dispatch };
}
