/**
 * The page in a test: inputs, results, and a runner that answers every job it needs, as
 * ui/state/useDebugger.ts does (a made token lands with the choices it was made for).
 */
import { readToken } from '../../token/read';
import { derive, type Environment } from '../derive';
import { initialInputs, reduce, type Action, type Inputs } from '../inputs';
import { resultFor, runJob, withResult, type Result } from '../jobs';
import type { ViewModel } from '../model';
import { plan } from '../plan';

export class Harness {
  inputs: Inputs;
  results: readonly Result[] = [];

  constructor(
    token = '',
    private readonly env: Environment = { now: 1_750_000_000 },
  ) {
    this.inputs = initialInputs(token);
  }

  act(action: Action): this {
    this.inputs = reduce(this.inputs, action);
    return this;
  }

  get view(): ViewModel {
    const { inputs } = this;
    return derive(
      inputs,
      readToken(inputs.token),
      readToken(inputs.pasted),
      this.results,
      this.env,
    );
  }

  async settle(): Promise<ViewModel> {
    for (let round = 0; round < 5; round++) {
      const { jobs } = plan(this.inputs, readToken(this.inputs.token), this.results);
      const missing = jobs.filter((job) => !resultFor(this.results, job));
      if (missing.length === 0) break;
      for (const job of missing) {
        const outcome = await runJob(job);
        this.results = withResult(this.results, { job, outcome });
        if (job.kind === 'encode' && outcome.kind === 'encode' && outcome.encoding.ok) {
          const { header, payload, keys, nested } = job;
          this.act({ type: 'made', header, payload, keys, nested, token: outcome.encoding.token });
        }
      }
    }
    return this.view;
  }
}
