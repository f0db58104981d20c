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
import os from 'node:os';
import {
  ALGS,
  SIZES,
  headerText,
  importKeyPair,
  payloadText,
  type BenchAlg,
  type BenchSize,
} from './fixtures';
import {
  IMPLEMENTATIONS,
  SIGN,
  VERIFY,
  makeToken,
  type CaseInput,
  type Implementation,
} from './implementations';
import { compare, ratio, type Measurement } from './measure';

const OPERATIONS = ['verify', 'sign'] as const;
type Operation = (typeof OPERATIONS)[number];
/** Algorithms whose signature is a function of key and input (RFC 8032 §5.1.6, RFC 8017). */
const DETERMINISTIC: ReadonlySet<BenchAlg> = new Set(['HS256', 'RS256', 'EdDSA']);

interface BenchCase {
  readonly name: string;
  readonly alg: BenchAlg;
  readonly operation: Operation;
  readonly size: BenchSize;
}

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value > 0)) throw new Error(`${name} must be a positive number, not ${raw}`);
  return value;
}

function selectCases(words: readonly string[]): BenchCase[] {
  const cases: BenchCase[] = [];
  for (const alg of ALGS) {
    for (const operation of OPERATIONS) {
      for (const size of SIZES)
        cases.push({ name: `${alg} ${operation} ${size}`, alg, operation, size });
    }
  }
  const lower = words.map((word) => word.toLowerCase());
  return cases.filter((c) => lower.every((word) => c.name.toLowerCase().includes(word)));
}

/** Runs every implementation once and checks they agree, before anything is timed. */
async function check(input: CaseInput): Promise<void> {
  for (const name of IMPLEMENTATIONS) await VERIFY[name](input);
  const tokens = new Map<Implementation, string>();
  for (const name of IMPLEMENTATIONS) {
    const token = await SIGN[name](input);
    // Each signed token must verify by hand.
    await VERIFY.webcrypto({ ...input, token });
    tokens.set(name, token);
  }
  if (DETERMINISTIC.has(input.alg) && new Set(tokens.values()).size !== 1) {
    throw new Error(`${input.alg}: the implementations signed different tokens`);
  }
}

function machine(): string[] {
  const cpus = os.cpus();
  return [
    `date: ${new Date().toISOString()}`,
    `node: ${process.version} (${process.platform} ${process.arch})`,
    `cpu: ${cpus[0]?.model ?? 'unknown'} x ${os.availableParallelism()}`,
    `memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    loadAverage(),
  ];
}

function loadAverage(): string {
  return `load average: ${os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}`;
}

function formatRate(value: number): string {
  return value >= 100
    ? Math.round(value).toLocaleString('en-US')
    : value.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const budgetMs = positiveNumber('BENCH_TIME_MS', 1000);
  const rounds = Math.round(positiveNumber('BENCH_ROUNDS', 10));
  const cases = selectCases(process.argv.slice(2));
  if (cases.length === 0) throw new Error(`no case matches ${process.argv.slice(2).join(' ')}`);

  for (const line of machine()) console.log(line);
  console.log(`budget: ${budgetMs} ms per implementation per case, ${rounds} rounds + warm-up`);

  const keyPairs = new Map<BenchAlg, Awaited<ReturnType<typeof importKeyPair>>>();
  const results: {
    case: BenchCase;
    tokenBytes: number;
    rates: Record<Implementation, Measurement>;
  }[] = [];
  for (const c of cases) {
    let keys = keyPairs.get(c.alg);
    if (!keys) {
      keys = await importKeyPair(c.alg);
      keyPairs.set(c.alg, keys);
    }
    const header = headerText(c.alg);
    const payload = payloadText(c.size);
    const prepared = {
      alg: c.alg,
      keys,
      header,
      payload,
      payloadBytes: new TextEncoder().encode(payload),
    };
    const input: CaseInput = { ...prepared, token: await makeToken(prepared) };
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
    );
    results.push({ case: c, tokenBytes: input.token.length, rates });
    console.error(
      `${c.name}: ${IMPLEMENTATIONS.map((n) => `${n} ${formatRate(rates[n].opsPerSecond)}`).join(', ')}`,
    );
  }

  const rows = results.map(({ case: c, tokenBytes, rates }) => {
    const vsJose = ratio(rates.ours, rates.jose, 'wall');
    const vsWebcrypto = ratio(rates.ours, rates.webcrypto, 'wall');
    const notes = [
      vsJose < 1 ? 'below jose' : '',
      c.size === '300B' && vsWebcrypto < 0.9 ? '<90% of webcrypto' : '',
    ].filter(Boolean);
    const spread = Math.max(...IMPLEMENTATIONS.map((n) => rates[n].spread));
    return [
      c.name,
      tokenBytes.toLocaleString('en-US'),
      ...IMPLEMENTATIONS.map((n) => formatRate(rates[n].opsPerSecond)),
      vsJose.toFixed(2),
      vsWebcrypto.toFixed(2),
      ratio(rates.ours, rates.jose, 'cpu').toFixed(2),
      ratio(rates.ours, rates.webcrypto, 'cpu').toFixed(2),
      `${Math.round(spread * 100)}%`,
      notes.join(', '),
    ];
  });
  console.log(`after: ${loadAverage()}`);
  console.log('');
  // ours/jose and ours/wc: median of the ratios round by round, wall clock; the cpu columns
  // are the same per CPU second (see measure.ts). spread: the noisiest contender's rounds.
  console.log(
    table(
      [
        'case',
        'token B',
        'ours op/s',
        'jose op/s',
        'webcrypto op/s',
        'ours/jose',
        'ours/wc',
        'cpu ours/jose',
        'cpu ours/wc',
        'spread',
        '',
      ],
      rows,
    ),
  );
  console.log(
    JSON.stringify({
      rows: results.map(({ case: c, rates }) => ({
        case: c.name,
        ours: Number(rates.ours.opsPerSecond.toFixed(1)),
        jose: Number(rates.jose.opsPerSecond.toFixed(1)),
        webcrypto: Number(rates.webcrypto.opsPerSecond.toFixed(1)),
      })),
    }),
  );
}

await main();
