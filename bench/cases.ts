/**
 * The cases of `npm run bench` and `npm run bench:core-browser`: every algorithm, operation
 * and payload size, their shared inputs, and the check that all contenders agree before any
 * of them is timed. Runs in Node and in the Chromium bench page alike.
 */
import {
  ALGS,
  SIZES,
  headerText,
  importKeyPair,
  payloadText,
  type BenchAlg,
  type BenchSize,
  type KeyPair,
} from './fixtures';
import {
  IMPLEMENTATIONS,
  SIGN,
  VERIFY,
  makeToken,
  type CaseInput,
  type Implementation,
} from './implementations';
import { compare, type CpuClock, type Measurement } from './measure';

export const OPERATIONS = ['verify', 'sign'] as const;
export type Operation = (typeof OPERATIONS)[number];
/** Algorithms whose signature is a function of key and input (RFC 8032 §5.1.6, RFC 8017). */
const DETERMINISTIC: ReadonlySet<BenchAlg> = new Set(['HS256', 'RS256', 'EdDSA']);

export interface BenchCase {
  readonly name: string;
  readonly alg: BenchAlg;
  readonly operation: Operation;
  readonly size: BenchSize;
}

/** One case's figures per contender. */
export interface CaseResult {
  readonly case: BenchCase;
  readonly tokenBytes: number;
  readonly rates: Record<Implementation, Measurement>;
}

/** The cases whose name ("HS256 verify 300B") contains every word, ignoring case. */
export function selectCases(words: readonly string[]): BenchCase[] {
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
export async function check(input: CaseInput): Promise<void> {
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

/** The inputs of a case; key pairs are imported once per algorithm into `keyPairs`. */
export async function prepare(c: BenchCase, keyPairs: Map<BenchAlg, KeyPair>): Promise<CaseInput> {
  let keys = keyPairs.get(c.alg);
  if (!keys) {
    keys = await importKeyPair(c.alg);
    keyPairs.set(c.alg, keys);
  }
  const payload = payloadText(c.size);
  const prepared = {
    alg: c.alg,
    keys,
    header: headerText(c.alg),
    payload,
    payloadBytes: new TextEncoder().encode(payload),
  };
  return { ...prepared, token: await makeToken(prepared) };
}

/**
 * One case, as both benches run it: its inputs prepared, the contenders checked to agree, then
 * each measured (measure.ts, `compare`) on the given CPU clock (Node's own by default).
 */
export async function measureCase(
  c: BenchCase,
  keyPairs: Map<BenchAlg, KeyPair>,
  budgetMs: number,
  rounds: number,
  cpuClock?: CpuClock,
): Promise<CaseResult> {
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
    cpuClock,
  );
  return { case: c, tokenBytes: input.token.length, rates };
}
