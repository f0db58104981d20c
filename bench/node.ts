/**
 * `npm run bench [-- WORD...]`: decode+verify and sign with our core, jose and bare
 * crypto.subtle, on the same keys and tokens. Prints a table, then as its last line one JSON
 * object `{"rows":[{"case","ours","jose","webcrypto"}]}` in operations per second.
 *
 * - Words filter the cases: a case runs when its name ("HS256 verify 300B") contains every
 *   word, ignoring case.
 * - BENCH_TIME_MS: measured time per implementation per case (default 1000), in BENCH_ROUNDS
 *   rounds (default 10), after a warm-up of one more round.
 *
 * Timings are written down in docs/performance.md, never asserted in tests.
 */
import { measureCase, selectCases, type CaseResult } from './cases';
import { coreJson, coreTable } from './core-report';
import type { BenchAlg, KeyPair } from './fixtures';
import { IMPLEMENTATIONS } from './implementations';
import { loadAverage, machine } from './machine';
import { formatRate } from './table';

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value > 0)) throw new Error(`${name} must be a positive number, not ${raw}`);
  return value;
}

async function main(): Promise<void> {
  const budgetMs = positiveNumber('BENCH_TIME_MS', 1000);
  const rounds = Math.round(positiveNumber('BENCH_ROUNDS', 10));
  const cases = selectCases(process.argv.slice(2));
  if (cases.length === 0) throw new Error(`no case matches ${process.argv.slice(2).join(' ')}`);

  for (const line of machine()) console.log(line);
  console.log(`budget: ${budgetMs} ms per implementation per case, ${rounds} rounds + warm-up`);

  const keyPairs = new Map<BenchAlg, KeyPair>();
  const results: CaseResult[] = [];
  for (const c of cases) {
    const result = await measureCase(c, keyPairs, budgetMs, rounds);
    const { rates } = result;
    results.push(result);
    console.error(
      `${c.name}: ${IMPLEMENTATIONS.map((n) => `${n} ${formatRate(rates[n].opsPerSecond)}`).join(', ')}`,
    );
  }
  console.log(`after: ${loadAverage()}`);
  console.log('');
  console.log(coreTable(results));
  console.log(coreJson(results));
}

await main();
