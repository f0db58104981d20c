/**
 * `npm run bench:browser [-- WORD...] [--runs N] [--cold context|process] [--settled]
 * [--trace DIR]`: the
 * built page in Chromium, each row measured cold and warm (docs/performance.md says how).
 *
 * - cold: per paste a new browser context (default; a new renderer process with empty caches)
 *   or, with `--cold process`, a new browser process; the timed paste is the first one.
 * - warm: one page; a paste to warm it up, then `--runs` pastes (default 5), each after the
 *   page was brought back to the same state.
 * - a time runs from the `beforeinput` event of the paste (or keystroke) to the end of the
 *   painted frame that shows the result; the longest task is the longest main-thread task over
 *   50 ms (PerformanceObserver `longtask`) overlapping that window. "Shown" is the time to the
 *   moment the DOM first showed it (the page's work, before the wait for the next frame, which
 *   at 60 Hz is 0 to 16.7 ms) and which frame after the input painted it: "frame 1" is the
 *   first, the worst run of the five. First load: from navigation
 *   start to the painted first verdict, and every file fetched (scripts/fetched-at-load.ts).
 * - words select rows whose name contains every word ("100 KB", "JWE", "load").
 * - `--settled`: each cold paste waits until the page is served by its service worker and has
 *   fetched nothing for a second (a first paste a while after the page opened).
 * - `--trace DIR` writes a Chrome trace of each row's first cold paste, for DevTools.
 *
 * Prints the machine, a table and, as its last line, one JSON object. Timings are written down
 * in docs/performance.md, never asserted in tests.
 */
import { chromium } from '@playwright/test';
import { freePort, launchOptions, startPreview } from '../e2e/browser';
import { loadAverage, machine } from './machine';
import { runRow, type ColdKind, type Session } from './page/drive';
import { firstLoad } from './page/first-load';
import { frameLines, loadResult, pasteResult, resultTable, type RowResult } from './page/report';
import { pasteRows } from './page/rows';
import { fetchedLines } from '../scripts/fetched-at-load';

interface Options {
  readonly words: readonly string[];
  readonly runs: number;
  readonly cold: ColdKind;
  readonly traceDir: string | undefined;
  readonly settled: boolean;
}

function parseOptions(args: readonly string[]): Options {
  const words: string[] = [];
  let runs = 5;
  let cold: ColdKind = 'context';
  let traceDir: string | undefined;
  let settled = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--runs') runs = Number(value());
    else if (arg === '--cold') {
      const kind = value();
      if (kind !== 'context' && kind !== 'process') throw new Error(`--cold ${kind}?`);
      cold = kind;
    } else if (arg === '--trace') traceDir = value();
    else if (arg === '--settled') settled = true;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else words.push(arg.toLowerCase());
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number ≥ 1');
  return { words, runs, cold, traceDir, settled };
}

const options = parseOptions(process.argv.slice(2));
const selected = (name: string) => options.words.every((word) => name.toLowerCase().includes(word));
const rows = pasteRows().filter((row) => selected(row.name));
const withLoad = selected('first load');
if (rows.length === 0 && !withLoad) throw new Error(`no row matches ${options.words.join(' ')}`);

const { origin, server } = await startPreview(await freePort());
const browser = await chromium.launch(launchOptions());
const results: RowResult[] = [];
let fetched: string[] = [];
const header = [
  ...machine(),
  `chromium: ${browser.version()}`,
  `runs: ${options.runs}, cold: new ${options.cold}${options.settled ? ', settled' : ''}`,
];
for (const line of header) console.log(line);
try {
  const session: Session = { browser, origin, ...options };
  for (const row of rows) {
    const result = pasteResult(row.name, row.goal, await runRow(session, row));
    console.error(
      `${row.name}: cold ${result.cold?.runsMs.join(', ') ?? '–'}; warm ${result.warm?.runsMs.join(', ') ?? '–'}`,
    );
    results.push(result);
  }
  if (withLoad) {
    const load = await firstLoad(session);
    results.push(loadResult(load));
    fetched = fetchedLines(load.fetched);
    if (!load.sameEveryTime) fetched.push('(the cold loads did not all fetch the same files)');
  }
} finally {
  await browser.close();
  server.kill();
}

console.log(`after: ${loadAverage()}`);
console.log('');
console.log(resultTable(results));
const frames = frameLines(results);
if (frames.length)
  console.log(['', 'Longest frames (long-animation-frame scripts):', ...frames].join('\n'));
if (fetched.length)
  console.log(['', 'Fetched during the first cold load (gzip):', ...fetched].join('\n'));
console.log(JSON.stringify({ machine: header, rows: results }));
