/**
 * The asynchronous work the page does (WebCrypto is asynchronous), as data: each job names the
 * exact inputs it computes for, and each result keeps its job. A result is looked up by the
 * job the current inputs need, so one computed for other inputs is never found (style.md,
 * "State that cannot lie").
 */
import type { PanesEncoding } from './encode-panes';
import { sameKeyInputs, type KeyInputs } from '../debug/key-inputs';
import { readToken, type Token } from '../token/read';
import { Chunks } from './chunks';
import { inspectToken, type TokenInspection } from './inspect-token';
import { sameIssue, type IssueChoice } from './kinds/sd-jwt-issue';

export type Job =
  /** Read the key boxes for the token and verify it: the token leads, or the panes match it. */
  | { readonly kind: 'inspect'; readonly token: string; readonly keys: KeyInputs }
  /** Make a token from the header and payload texts with the keys: they lead. */
  | {
      readonly kind: 'encode';
      readonly header: string;
      readonly payload: string;
      readonly keys: KeyInputs;
      /** Claims chosen as selectively disclosable: the job issues an SD-JWT. */
      readonly issue?: IssueChoice;
      /** Sign with this inner alg, then encrypt (inputs.ts, `nested`). */
      readonly nested?: string;
    };

export type Outcome =
  | ({ readonly kind: 'inspect' } & TokenInspection)
  | { readonly kind: 'encode'; readonly encoding: PanesEncoding }
  /** The job threw: a bug, shown as such rather than as a verdict that never arrives. */
  | { readonly kind: 'failed'; readonly error: string };

export interface Result {
  readonly job: Job;
  readonly outcome: Outcome;
}

export function sameJob(a: Job, b: Job): boolean {
  if (a.kind === 'inspect' && b.kind === 'inspect')
    return a.token === b.token && sameKeyInputs(a.keys, b.keys);
  if (a.kind === 'encode' && b.kind === 'encode')
    return (
      a.header === b.header &&
      a.payload === b.payload &&
      a.nested === b.nested &&
      sameKeyInputs(a.keys, b.keys) &&
      sameIssue(a.issue, b.issue)
    );
  return false;
}

/**
 * What a kind learned from the token's text alone (disclosures, the JSON serialization's
 * parts), from any inspection of that very text: it holds whatever the keys are.
 */
export function textFactsFor(
  results: readonly Result[],
  token: string,
): TokenInspection['extra'] | undefined {
  for (const { job, outcome } of results) {
    if (
      job.kind === 'inspect' &&
      job.token === token &&
      outcome.kind === 'inspect' &&
      outcome.extra
    )
      return outcome.extra;
  }
  return undefined;
}

/** The result computed for exactly this job, if it has arrived. */
export function resultFor(results: readonly Result[], job: Job): Outcome | undefined {
  return results.find((result) => sameJob(result.job, job))?.outcome;
}

/** How many results are kept: the current ones and a few before, for an undo or a toggle. */
export const RESULTS_KEPT = 8;

/** Adds a result, dropping the oldest beyond RESULTS_KEPT and any older one for its job. */
export function withResult(results: readonly Result[], result: Result): readonly Result[] {
  const others = results.filter((kept) => !sameJob(kept.job, result.job));
  return [result, ...others].slice(0, RESULTS_KEPT);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Runs a job. Never rejects: the core reports bad input as data, so a throw is a bug, kept as
 * a `failed` outcome for these inputs. `read` is the job's token already read, if at hand;
 * `chunks` the lazy chunks the holder has loaded.
 */
export async function runJob(job: Job, read?: Token, chunks = new Chunks()): Promise<Outcome> {
  try {
    if (job.kind === 'inspect') {
      const token = read?.given === job.token ? read : readToken(job.token);
      if (token.kind === 'empty') throw new Error('an empty token has nothing to inspect');
      return { kind: 'inspect', ...(await inspectToken(token, job.keys, chunks)) };
    }
    // Encoding loads when the panes first lead: most visits only paste.
    const { encodePanes } = await chunks.encodePanes.get();
    return { kind: 'encode', encoding: await encodePanes(job, chunks) };
  } catch (error) {
    return { kind: 'failed', error: describe(error) };
  }
}
