import {
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import { readToken, type Token } from '../../core/token/read';
import { Chunks } from '../../core/view/chunks';
import { derive, type Environment } from '../../core/view/derive';
import { reduce, type Action, type Inputs } from '../../core/view/inputs';
import {
  resultFor,
  runJob,
  sameJob,
  withResult,
  type Job,
  type Result,
} from '../../core/view/jobs';
import type { ViewModel } from '../../core/view/model';
import { plan } from '../../core/view/plan';

export interface Debugger {
  readonly inputs: Inputs;
  /** The view of these inputs, without the security checks and the claims tables. */
  readonly view: ViewModel;
  /**
   * The whole view, checks and tables too, of these inputs or, for a frame or two after a
   * change, of the ones before: it is rendered after the view above, which a keystroke or a
   * paste must not wait for (docs/performance.md). `stale` says which.
   */
  readonly later: { readonly view: ViewModel; readonly stale: boolean };
  readonly dispatch: (action: Action) => void;
  /** The chunks the jobs load when first needed, held for this page. */
  readonly chunks: Chunks;
}

/** What the view is derived from: the deferred copy of it lags behind while React is busy. */
interface Sources {
  readonly inputs: Inputs;
  readonly token: Token;
  readonly pasted: Token;
  readonly results: readonly Result[];
}

/** The environment without what only the later view needs. */
function firstEnv({ now, validityNotes }: Environment): Environment {
  return { now, ...(validityNotes ? { validityNotes } : {}) };
}

/**
 * Reads a token's text once: the event that changes the text reads it to start its jobs, and
 * the render that follows finds it read. A cache of one, per page, as pure as readToken itself.
 */
class TokenReader {
  private last: Token | undefined;
  read(text: string): Token {
    if (this.last?.given !== text) this.last = readToken(text);
    return this.last;
  }
}

/**
 * The inputs store and the keyed async runner (design.md, ui/state): the user's inputs in a
 * reducer, the jobs they need run once each, every result kept with its job, and the view
 * derived from both. A result for other inputs is kept but never found for these.
 *
 * A change starts its jobs from the event that made it, before React renders it: WebCrypto
 * works on its own thread while the page renders, and a typical token's verdict is in the first
 * frame after a paste (docs/performance.md). The effect after the render starts what is still
 * missing.
 */
export function useDebugger(initial: Inputs, env: Environment): Debugger {
  const [inputs, dispatchNow] = useReducer(reduce, initial);
  const [results, setResults] = useState<readonly Result[]>([]);
  const [reader] = useState(() => new TokenReader());
  const [chunks] = useState(() => new Chunks());
  // Reading a large token costs milliseconds: once per change of its text, not per render.
  const token = useMemo(() => reader.read(inputs.token), [reader, inputs.token]);
  const pasted = useMemo(
    () => (inputs.pasted === inputs.token ? token : readToken(inputs.pasted)),
    [inputs.pasted, inputs.token, token],
  );
  const { jobs } = useMemo(() => plan(inputs, token, results), [inputs, token, results]);
  const running = useRef<Job[]>([]);

  const start = useCallback(
    (jobs: readonly Job[], results: readonly Result[], token: Token) => {
      for (const job of jobs) {
        if (resultFor(results, job) || running.current.some((started) => sameJob(started, job)))
          continue;
        running.current.push(job);
        void runJob(
          job,
          job.kind === 'inspect' && job.token === token.given ? token : undefined,
          chunks,
        ).then((outcome) => {
          running.current = running.current.filter((started) => started !== job);
          setResults((previous) => withResult(previous, { job, outcome }));
          if (job.kind === 'encode' && outcome.kind === 'encode' && outcome.encoding.ok) {
            const { header, payload, keys, nested, issue } = job;
            const token = outcome.encoding.token;
            const made = { header, payload, keys, nested, ...(issue ? { issue } : {}), token };
            dispatchNow({ type: 'made', ...made });
          }
        });
      }
    },
    [chunks],
  );
  useEffect(() => start(jobs, results, token), [start, jobs, results, token]);

  // What the last render committed, and the inputs of the actions dispatched since.
  const committed = useRef({ inputs, results });
  const ahead = useRef<Inputs | undefined>(undefined);
  useLayoutEffect(() => {
    committed.current = { inputs, results };
    ahead.current = undefined;
  }, [inputs, results]);
  const dispatch = useCallback(
    (action: Action) => {
      const next = reduce(ahead.current ?? committed.current.inputs, action);
      ahead.current = next;
      const nextToken = reader.read(next.token);
      start(
        plan(next, nextToken, committed.current.results).jobs,
        committed.current.results,
        nextToken,
      );
      dispatchNow(action);
    },
    [reader, start],
  );

  const first = useMemo(() => firstEnv(env), [env]);
  const view = useMemo(
    () => derive(inputs, token, pasted, results, first),
    [inputs, token, pasted, results, first],
  );
  const sources = useMemo<Sources>(
    () => ({ inputs, token, pasted, results }),
    [inputs, token, pasted, results],
  );
  // The later view waits for the jobs of these inputs too: rendered while a verdict is on its
  // way, it would delay that verdict, and be rendered again with it.
  const settled = jobs.every((job) => resultFor(results, job) !== undefined);
  const [lastSettled, setLastSettled] = useState(sources);
  if (settled && lastSettled !== sources) setLastSettled(sources);
  const deferred = useDeferredValue(settled ? sources : lastSettled);
  const laterView = useMemo(
    () => derive(deferred.inputs, deferred.token, deferred.pasted, deferred.results, env),
    [deferred, env],
  );
  return {
    inputs,
    view,
    later: { view: laterView, stale: deferred !== sources },
    dispatch,
    chunks,
  };
}
