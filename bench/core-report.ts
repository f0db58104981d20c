/** The table and JSON line of the core benchmarks, in Node (bench/node.ts) and in Chromium. */
import type { CaseResult } from './cases';
import { IMPLEMENTATIONS } from './implementations';
import { ratio } from './measure';
import { formatRate, table } from './table';

// ours/jose and ours/wc: median of the ratios round by round, wall clock; the cpu columns are
// the same per CPU second (see measure.ts). spread: the noisiest contender's rounds.
const HEADER = [
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
];

export function coreTable(results: readonly CaseResult[]): string {
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
  return table(HEADER, rows);
}

/** `{"rows":[{"case","ours","jose","webcrypto"}]}` in operations per second. */
export function coreJson(results: readonly CaseResult[], extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    ...extra,
    rows: results.map(({ case: c, rates }) => ({
      case: c.name,
      ours: Number(rates.ours.opsPerSecond.toFixed(1)),
      jose: Number(rates.jose.opsPerSecond.toFixed(1)),
      webcrypto: Number(rates.webcrypto.opsPerSecond.toFixed(1)),
    })),
  });
}
