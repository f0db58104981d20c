/** The table and the JSON line of `npm run bench:browser`, and each row against its goal. */
import { median } from '../measure';
import { formatMs, table } from '../table';
import type { Outcome } from './drive';
import type { FirstLoad } from './first-load';
import type { FrameReport, Timing } from './in-page';
import type { Goal } from './rows';

export const BYTES_BUDGET = 110_000;

type Measured = Timing & { readonly ok: true };

export interface Figures {
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** The longest task over 50 ms in any run; null when there was none. */
  readonly longestTaskMs: number | null;
  readonly runsMs: readonly number[];
  /** Median time to the DOM showing it (the page's work, without waiting for the frame). */
  readonly shownMs: number;
  /** The most frames painted before the one that showed it, in any run: 0 = always the first. */
  readonly framesBefore: number;
  /** The longest animation frame of the run with the longest task, when one was over 50 ms. */
  readonly longestFrame: FrameReport | null;
}

export interface RowResult {
  readonly row: string;
  readonly size?: number;
  readonly cold?: Figures;
  readonly warm?: Figures;
  readonly goal: Goal & { readonly bytes?: number };
  readonly bytes?: number;
  readonly notOnPage?: string;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export function figures(timings: readonly Timing[]): Figures {
  const measured = timings.filter((t): t is Measured => t.ok);
  const ms = measured.map((t) => t.ms);
  const tasks = measured.map((t) => t.longestTaskMs ?? 0);
  const worst = measured[tasks.indexOf(Math.max(...tasks))];
  return {
    medianMs: round(median(ms)),
    minMs: round(Math.min(...ms)),
    maxMs: round(Math.max(...ms)),
    longestTaskMs: Math.max(...tasks) > 0 ? round(Math.max(...tasks)) : null,
    runsMs: ms.map(round),
    shownMs: round(median(measured.map((t) => t.shownMs))),
    framesBefore: Math.max(...measured.map((t) => t.framesBefore)),
    longestFrame: worst?.longestFrame ?? null,
  };
}

export function pasteResult(row: string, goal: Goal, outcome: Outcome): RowResult {
  if (outcome.kind === 'not-on-page') return { row, goal, notOnPage: outcome.missing };
  return {
    row,
    goal,
    size: outcome.size,
    cold: figures(outcome.cold),
    warm: figures(outcome.warm),
  };
}

export function loadResult(load: FirstLoad): RowResult {
  return {
    row: 'first load',
    goal: { bytes: BYTES_BUDGET },
    bytes: load.fetched.reduce((sum, f) => sum + f.gzipBytes, 0),
    cold: figures(load.cold),
    warm: figures(load.warm),
  };
}

/** Each part of the goal that is not met, in words; empty when all are. */
export function misses(result: RowResult): string[] {
  const { goal, cold, warm } = result;
  const out: string[] = [];
  if (goal.coldMs !== undefined && cold && cold.medianMs > goal.coldMs)
    out.push(`cold ${formatMs(cold.medianMs)} > ${goal.coldMs} ms`);
  if (goal.warmMs !== undefined && warm && warm.medianMs > goal.warmMs)
    out.push(`warm ${formatMs(warm.medianMs)} > ${goal.warmMs} ms`);
  const task = Math.max(cold?.longestTaskMs ?? 0, warm?.longestTaskMs ?? 0);
  if (goal.taskMs !== undefined && task > goal.taskMs) out.push(`a task of ${formatMs(task)} ms`);
  for (const [mode, f] of [
    ['cold', cold],
    ['warm', warm],
  ] as const) {
    if (goal.shownMs === undefined || !f) continue;
    if (f.shownMs > goal.shownMs)
      out.push(`${mode} shown ${formatMs(f.shownMs)} > ${goal.shownMs} ms`);
    if (f.framesBefore > 0) out.push(`${mode} painted in frame ${f.framesBefore + 1}`);
  }
  if (goal.bytes !== undefined && result.bytes !== undefined && result.bytes > goal.bytes)
    out.push(`${result.bytes.toLocaleString('en-US')} B > ${goal.bytes.toLocaleString('en-US')}`);
  return out;
}

function goalText(goal: RowResult['goal']): string {
  const parts = [
    goal.coldMs !== undefined ? `cold ≤${goal.coldMs}` : '',
    goal.warmMs !== undefined ? `warm ≤${goal.warmMs}` : '',
    goal.taskMs !== undefined ? `tasks ≤${goal.taskMs}` : '',
    goal.shownMs !== undefined ? `shown ≤${goal.shownMs}, frame 1` : '',
    goal.bytes !== undefined ? `≤${goal.bytes.toLocaleString('en-US')} B` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : '–';
}

const timeCell = (f: Figures | undefined) =>
  f ? `${formatMs(f.medianMs)} (${formatMs(f.minMs)}–${formatMs(f.maxMs)})` : '–';
/** When the DOM showed it, and in which frame after the input it was painted (worst run). */
const shownCell = (f: Figures | undefined) =>
  f ? `${formatMs(f.shownMs)}, frame ${f.framesBefore + 1}` : '–';
const taskCell = (f: Figures | undefined) =>
  !f ? '–' : f.longestTaskMs === null ? '<50' : formatMs(f.longestTaskMs);

export function resultTable(results: readonly RowResult[]): string {
  const rows = results.map((r) => {
    if (r.notOnPage !== undefined)
      return [
        r.row,
        '',
        'not yet on the page',
        '',
        '',
        '',
        '',
        '',
        goalText(r.goal),
        `no ${r.notOnPage}`,
      ];
    const size = r.bytes !== undefined ? `${r.bytes.toLocaleString('en-US')} B` : '';
    const missed = misses(r);
    const hasGoal = goalText(r.goal) !== '–';
    return [
      r.row,
      r.size !== undefined ? `${r.size.toLocaleString('en-US')} chars` : size,
      timeCell(r.cold),
      shownCell(r.cold),
      taskCell(r.cold),
      timeCell(r.warm),
      shownCell(r.warm),
      taskCell(r.warm),
      goalText(r.goal),
      !hasGoal ? '' : missed.length ? `no: ${missed.join(', ')}` : 'yes',
    ];
  });
  return table(
    [
      'row',
      'pasted or fetched',
      'cold ms (min–max)',
      'cold shown',
      'cold task',
      'warm ms (min–max)',
      'warm shown',
      'warm task',
      'goal',
      'met',
    ],
    rows,
  );
}

/** Where the longest frames went (long-animation-frame script attribution), for each row. */
export function frameLines(results: readonly RowResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    for (const [mode, f] of [
      ['cold', r.cold],
      ['warm', r.warm],
    ] as const) {
      const frame = f?.longestFrame;
      if (!frame) continue;
      const scripts = frame.scripts.map((s) => `${s.what} ${s.ms} ms`).join('; ');
      lines.push(
        `${r.row}, ${mode}: frame ${frame.durationMs} ms (blocking ${frame.blockingMs}): ${scripts || 'no script over 5 ms'}`,
      );
    }
  }
  return lines;
}
