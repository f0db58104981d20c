/**
 * The Chromium side of `npm run bench:core-browser`: the same cases, contenders and method as
 * `npm run bench` (bench/cases.ts, implementations.ts, measure.ts), run in this page. The
 * driver calls `runCoreBench`; it supplies the renderer's CPU clock as `__rendererCpuMicros`.
 */
import { measureCase, selectCases, type CaseResult } from '../cases';
import type { BenchAlg, KeyPair } from '../fixtures';

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
    const result = await measureCase(c, keyPairs, budgetMs, rounds, () =>
      window.__rendererCpuMicros(),
    );
    const { rates } = result;
    results.push(result);
    console.log(
      `${c.name}: ours ${Math.round(rates.ours.opsPerSecond)}, jose ${Math.round(rates.jose.opsPerSecond)}, webcrypto ${Math.round(rates.webcrypto.opsPerSecond)}`,
    );
  }
  return results;
};
