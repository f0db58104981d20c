import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { readToken } from '../../core/token/read';
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

/**
 * The inputs store and the keyed async runner (design.md, ui/state): the user's inputs in a
 * reducer, the jobs they need run once each, every result kept with its job, and the view
 * derived from both. A result for other inputs is kept but never found for these.
 */
export function useDebugger(
  initial: Inputs,
  env: Environment,
): { inputs: Inputs; view: ViewModel; dispatch: (action: Action) => void } {
  const [inputs, dispatch] = useReducer(reduce, initial);
  const [results, setResults] = useState<readonly Result[]>([]);
  // Reading a large token costs milliseconds: once per change of its text, not per render.
  const token = useMemo(() => readToken(inputs.token), [inputs.token]);
  const pasted = useMemo(
    () => (inputs.pasted === inputs.token ? token : readToken(inputs.pasted)),
    [inputs.pasted, inputs.token, token],
  );
  const { jobs } = useMemo(() => plan(inputs, token, results), [inputs, token, results]);
  const running = useRef<Job[]>([]);

  useEffect(() => {
    for (const job of jobs) {
      if (resultFor(results, job) || running.current.some((started) => sameJob(started, job)))
        continue;
      running.current.push(job);
      void runJob(
        job,
        job.kind === 'inspect' && job.token === token.given ? token : undefined,
      ).then((outcome) => {
        running.current = running.current.filter((started) => started !== job);
        setResults((previous) => withResult(previous, { job, outcome }));
        if (job.kind === 'encode' && outcome.kind === 'encode' && outcome.encoding.ok) {
          const { header, payload, keys, nested, issue } = job;
          const token = outcome.encoding.token;
          const made = { header, payload, keys, nested, ...(issue ? { issue } : {}), token };
          dispatch({ type: 'made', ...made });
        }
      });
    }
  }, [jobs, results, token]);

  const view = useMemo(
    () => derive(inputs, token, pasted, results, env),
    [inputs, token, pasted, results, env],
  );
  return { inputs, view, dispatch };
}
