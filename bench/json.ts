/**
 * How much of decoding is our JSON parser: `parseJson` against `JSON.parse`, and the whole of
 * `parseCompact`, on payloads of three shapes. CPU time per call, median of 7 interleaved rounds:
 *
 *   npx tsx bench/json.ts
 *
 * Shapes: the typical claims (~160 B), 1 MB in one long string claim (bench/node.ts's 1MB),
 * and 1 MB of many small claims (strings, integers, small arrays and objects).
 */
import { parseJson } from '../src/core/json/parse';
import { prettyJson } from '../src/core/json/pretty';
import { parseCompact } from '../src/core/jws/parse';
import { payloadText } from './fixtures';
import { median } from './measure';

/** CPU µs per call of each operation: 7 rounds, taking turns, so load hits them alike. */
function cpuMicros<Name extends string>(
  operations: Record<Name, () => unknown>,
  ms: number,
): { median: Record<Name, number>; ratio: (a: Name, b: Name) => number } {
  const names = Object.keys(operations) as Name[];
  const rounds = new Map<Name, number[]>(names.map((name) => [name, []]));
  for (const name of names) for (let i = 0; i < 3; i++) operations[name]();
  for (let r = 0; r < 7; r++) {
    for (const name of names) {
      const cpuStart = process.cpuUsage();
      const end = performance.now() + ms / 7 / names.length;
      let calls = 0;
      do {
        operations[name]();
        calls++;
      } while (performance.now() < end);
      const cpu = process.cpuUsage(cpuStart);
      rounds.get(name)!.push((cpu.user + cpu.system) / calls);
    }
  }
  const result = {} as Record<Name, number>;
  for (const name of names) result[name] = median(rounds.get(name)!);
  return {
    median: result,
    ratio: (a, b) => median(rounds.get(a)!.map((micros, r) => micros / rounds.get(b)![r]!)),
  };
}

/** About `bytes` of JSON in many claims of four kinds. */
function manyClaims(bytes: number): string {
  const claims: Record<string, unknown> = { sub: '1234567890', iat: 1516239022 };
  let size = JSON.stringify(claims).length;
  for (let i = 0; size < bytes; i++) {
    const kind = i % 4;
    const value =
      kind === 0 ? `value ${i}` : kind === 1 ? i * 7919 : kind === 2 ? [i, 'x', true] : { n: i };
    claims[`claim_${i}`] = value;
    size += JSON.stringify({ [`claim_${i}`]: value }).length - 1;
  }
  return JSON.stringify(claims);
}

const b64url = (text: string) => Buffer.from(text).toString('base64url');
const header = b64url('{"alg":"HS256","typ":"JWT"}');
const shapes = {
  'typical claims': payloadText('300B'),
  '1 MB, one long string': payloadText('1MB'),
  '1 MB, many claims': manyClaims(1024 * 1024),
};

const format = (micros: number) =>
  micros >= 1000 ? `${(micros / 1000).toFixed(2)} ms` : `${micros.toFixed(2)} µs`;
console.log(
  'CPU time per call (median of 7 interleaved rounds; ratios: median of per-round ratios)',
);
for (const [name, payload] of Object.entries(shapes)) {
  const token = `${header}.${b64url(payload)}.${'A'.repeat(43)}`;
  const { median: micros, ratio } = cpuMicros(
    {
      native: () => JSON.parse(payload),
      ours: () => parseJson(payload),
      whole: () => parseCompact(token),
    },
    payload.length > 10_000 ? 6000 : 3000,
  );
  console.log(
    `${name} (${payload.length.toLocaleString('en-US')} B): JSON.parse ${format(micros.native)}, ` +
      `parseJson ${format(micros.ours)} (${ratio('ours', 'native').toFixed(2)}x), ` +
      `parseCompact ${format(micros.whole)} (parseJson of the payload: ` +
      `${Math.round(100 * ratio('ours', 'whole'))}% of it)`,
  );
}

// The pretty layout is linear: 4 MB of many claims takes about four times 1 MB (quadratic
// building would be sixteen). A timing, so a figure here, not an assertion in a test.
const [oneMB, fourMB] = [manyClaims(1024 * 1024), manyClaims(4 * 1024 * 1024)];
const pretty = cpuMicros({ one: () => prettyJson(oneMB), four: () => prettyJson(fourMB) }, 12000);
console.log(
  `prettyJson, many claims: 1 MB ${format(pretty.median.one)}, 4 MB ${format(pretty.median.four)} ` +
    `(${pretty.ratio('four', 'one').toFixed(2)}x)`,
);
