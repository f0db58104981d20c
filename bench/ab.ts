/**
 * Our core as it is against a candidate change, with jose and bare crypto.subtle alongside,
 * interleaved in one process (so load from outside hits all four alike):
 *
 *   git worktree add ../candidate        # or any copy of the repository, then edit it
 *   npx tsx bench/ab.ts ../candidate [WORD...]
 *
 * The candidate directory must hold `src/core/`. Words filter the cases as in bench/node.ts.
 * Before timing, both cores must parse every case's token to deep-equal results and sign the
 * same signing input. Prints operations per CPU second (steady on a shared machine, see
 * measure.ts) and per wall-clock second.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import * as baselineParse from '../src/core/jws/parse';
import * as baselineSign from '../src/core/jws/sign';
import * as baselineVerify from '../src/core/jws/verify';
import { ALGS, SIZES, headerText, importKeyPair, payloadText } from './fixtures';
import { SIGN, VERIFY, makeToken, type CaseInput } from './implementations';
import { compare, ratio } from './measure';

interface Core {
  readonly parseCompact: typeof baselineParse.parseCompact;
  readonly verifyCompact: typeof baselineVerify.verifyCompact;
  readonly signCompact: typeof baselineSign.signCompact;
}

async function loadCore(dir: string): Promise<Core> {
  const load = (path: string) => import(pathToFileURL(resolve(dir, 'src/core', path)).href);
  const [parse, verify, sign] = await Promise.all([
    load('jws/parse.ts'),
    load('jws/verify.ts'),
    load('jws/sign.ts'),
  ]);
  return {
    parseCompact: parse.parseCompact,
    verifyCompact: verify.verifyCompact,
    signCompact: sign.signCompact,
  };
}

function verifyWith(core: Core, input: CaseInput): () => Promise<unknown> {
  return async () => {
    const verdict = await core.verifyCompact(core.parseCompact(input.token), input.keys.verifyKey);
    if (verdict.status !== 'verified') throw new Error(`verify: ${verdict.reason}`);
  };
}

function signWith(core: Core, input: CaseInput): () => Promise<unknown> {
  const { header, payload, alg, keys } = input;
  return () => core.signCompact({ header, payload, alg, key: keys.signKey });
}

const [candidateDir, ...words] = process.argv.slice(2);
if (!candidateDir) throw new Error('usage: npx tsx bench/ab.ts CANDIDATE_DIR [WORD...]');
const baseline: Core = { ...baselineParse, ...baselineVerify, ...baselineSign };
const candidate = await loadCore(candidateDir);
const budgetMs = Number(process.env.BENCH_TIME_MS ?? 1000);
const lower = words.map((word) => word.toLowerCase());

console.log('ops per CPU second (wall-clock ops/s in brackets); ratios are per-round medians');
for (const alg of ALGS) {
  const keys = await importKeyPair(alg);
  for (const operation of ['verify', 'sign'] as const) {
    for (const size of SIZES) {
      const name = `${alg} ${operation} ${size}`;
      if (!lower.every((word) => name.toLowerCase().includes(word))) continue;
      const header = headerText(alg);
      const payload = payloadText(size);
      const prepared = {
        alg,
        keys,
        header,
        payload,
        payloadBytes: new TextEncoder().encode(payload),
      };
      const input: CaseInput = { ...prepared, token: await makeToken(prepared) };
      if (
        !isDeepStrictEqual(baseline.parseCompact(input.token), candidate.parseCompact(input.token))
      ) {
        throw new Error(`${name}: the candidate parses the token differently`);
      }
      const signed = [baseline, candidate].map((core) =>
        core.signCompact({ header, payload, alg, key: keys.signKey }),
      );
      const [a, b] = await Promise.all(signed);
      if (a!.signingInput !== b!.signingInput) {
        throw new Error(`${name}: the candidate signs another signing input`);
      }
      const make = operation === 'verify' ? verifyWith : signWith;
      const table = operation === 'verify' ? VERIFY : SIGN;
      const r = await compare(
        {
          baseline: make(baseline, input),
          candidate: make(candidate, input),
          jose: () => table.jose(input),
          webcrypto: () => table.webcrypto(input),
        },
        budgetMs,
        10,
      );
      const cell = (n: keyof typeof r) =>
        `${n} ${Math.round(r[n].opsPerCpuSecond)} [${Math.round(r[n].opsPerSecond)}]`;
      console.log(
        [
          name.padEnd(19),
          cell('baseline'),
          cell('candidate'),
          cell('jose'),
          cell('webcrypto'),
          `candidate/baseline ${ratio(r.candidate, r.baseline, 'cpu').toFixed(2)}`,
          `candidate/jose ${ratio(r.candidate, r.jose, 'cpu').toFixed(2)}`,
          `candidate/wc ${ratio(r.candidate, r.webcrypto, 'cpu').toFixed(2)}`,
        ].join('  '),
      );
    }
  }
}
