/**
 * `npm run bench:core-browser [-- WORD...]`: `npm run bench` in Chromium. The same cases (our
 * core's decode+verify and sign, jose's, bare crypto.subtle by hand), run in turn in one page
 * built by Vite from bench/core-page (into dist-bench/, never the app's dist/), with the same
 * method (bench/measure.ts) and output: a table, then one JSON line. BENCH_TIME_MS and
 * BENCH_ROUNDS as for `npm run bench`.
 *
 * CPU time is the renderer process's, all threads (so WebCrypto's worker threads count), read
 * from /proc/PID/task/∗/schedstat in nanoseconds; without /proc, Chromium's own per-process
 * figure (10 ms steps) is used and the cpu columns are coarse.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { freePort, launchOptions } from '../e2e/browser';
import type { CaseResult } from './cases';
import { coreJson, coreTable } from './core-report';
import type { CoreBenchOptions } from './core-page/main';
import { loadAverage, machine } from './machine';

const CONFIG = 'bench/core-page/vite.config.ts';

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value > 0)) throw new Error(`${name} must be a positive number, not ${raw}`);
  return value;
}

/** Nanoseconds on a CPU of every thread of a process, or undefined without /proc. */
function schedNanos(pid: number): number | undefined {
  try {
    return readdirSync(`/proc/${pid}/task`).reduce((sum, task) => {
      try {
        return (
          sum + Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0])
        );
      } catch (error) {
        // A thread that ended between the listing and the read has no more time to add.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return sum;
        throw error;
      }
    }, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

interface ProcessInfo {
  readonly type: string;
  readonly id: number;
  readonly cpuTime: number;
}

/**
 * The page's renderer: of Chromium's renderer processes, the one whose CPU time grows while
 * the page spins for 300 ms. Returns a clock in microseconds of that process.
 */
async function rendererClock(
  browser: Browser,
  page: Page,
): Promise<{ clock: () => Promise<number>; how: string }> {
  const cdp = await browser.newBrowserCDPSession();
  const renderers = async () =>
    (
      (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: ProcessInfo[] }
    ).processInfo.filter((p) => p.type === 'renderer');
  const before = await renderers();
  const nanosBefore = new Map(before.map((p) => [p.id, schedNanos(p.id)]));
  await page.evaluate(() => {
    const end = performance.now() + 300;
    while (performance.now() < end);
  });
  const after = await renderers();
  const grown = (p: ProcessInfo) => {
    const now = schedNanos(p.id);
    const then = nanosBefore.get(p.id);
    if (now !== undefined && then !== undefined) return now - then;
    return (p.cpuTime - (before.find((b) => b.id === p.id)?.cpuTime ?? p.cpuTime)) * 1e9;
  };
  const renderer = after.reduce((best, p) => (grown(p) > grown(best) ? p : best));
  if (schedNanos(renderer.id) !== undefined) {
    return {
      clock: async () => schedNanos(renderer.id)! / 1000,
      how: `renderer ${renderer.id}, /proc schedstat`,
    };
  }
  return {
    clock: async () =>
      ((await renderers()).find((p) => p.id === renderer.id)?.cpuTime ?? Number.NaN) * 1e6,
    how: `renderer ${renderer.id}, SystemInfo.getProcessInfo (10 ms steps)`,
  };
}

async function main(): Promise<void> {
  const options: CoreBenchOptions = {
    words: process.argv.slice(2),
    budgetMs: positiveNumber('BENCH_TIME_MS', 1000),
    rounds: Math.round(positiveNumber('BENCH_ROUNDS', 10)),
  };
  await build({ configFile: CONFIG });
  const server = await preview({
    configFile: CONFIG,
    preview: { host: '127.0.0.1', port: await freePort(), strictPort: true },
  });
  const browser = await chromium.launch(launchOptions());
  try {
    const page = await browser.newPage();
    page.on('console', (message) => console.error(message.text()));
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(server.resolvedUrls!.local[0]!);
    await page.waitForFunction(() => typeof window.runCoreBench === 'function');
    const { clock, how } = await rendererClock(browser, page);
    await page.exposeFunction('__rendererCpuMicros', clock);

    for (const line of machine()) console.log(line);
    console.log(`chromium: ${browser.version()} (headless); cpu time: ${how}`);
    console.log(
      `budget: ${options.budgetMs} ms per implementation per case, ${options.rounds} rounds + warm-up`,
    );
    const results = (await page.evaluate((o) => window.runCoreBench(o), options)) as CaseResult[];
    console.log(`after: ${loadAverage()}`);
    console.log('');
    console.log(coreTable(results));
    console.log(coreJson(results, { runtime: `chromium ${browser.version()}` }));
  } finally {
    await browser.close();
    await new Promise<void>((resolve, reject) =>
      server.httpServer.close((error) => (error ? reject(error) : resolve())),
    );
  }
}

await main();
