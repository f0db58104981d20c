/**
 * The Chromium side of `npm run bench:core-browser`: the same cases, contenders and method as
 * `npm run bench` (bench/cases.ts, implementations.ts, measure.ts), run in this page. The
 * driver calls `runCoreBench`; it supplies the renderer's CPU clock as `__rendererCpuMicros`.
 */
import { check, prepare, selectCases, type CaseResult } from '../cases';
import type { BenchAlg, KeyPair } from '../fixtures';
import { SIGN, VERIFY } from '../implementations';
import { compare } from '../measure';

export interface CoreBenchOptions {
  readonly words: readonly string[];
  readonly budgetMs: number;
  readonly rounds: number;
}

declare global {
  interface Window {
    runCoreBench: (options: CoreBenchOptions) => Promise<CaseResult[]>;
    __rendererCpuMicros: () => Promise<number>;
  }
}

window.runCoreBench = async ({ words, budgetMs, rounds }) => {
  const cases = selectCases(words);
  if (cases.length === 0) throw new Error(`no case matches ${words.join(' ')}`);
  const keyPairs = new Map<BenchAlg, KeyPair>();
  const results: CaseResult[] = [];
  for (const c of cases) {
    const input = await prepare(c, keyPairs);
    await check(input);
    const run = c.operation === 'verify' ? VERIFY : SIGN;
    const rates = await compare(
      {
        ours: () => run.ours(input),
        jose: () => run.jose(input),
        webcrypto: () => run.webcrypto(input),
      },
      budgetMs,
      rounds,
      () => window.__rendererCpuMicros(),
    );
    results.push({ case: c, tokenBytes: input.token.length, rates });
    console.log(
      `${c.name}: ours ${Math.round(rates.ours.opsPerSecond)}, jose ${Math.round(rates.jose.opsPerSecond)}, webcrypto ${Math.round(rates.webcrypto.opsPerSecond)}`,
    );
  }
  return results;
};
