/**
 * `npm run bench:core-browser [-- WORD...]`: `npm run bench` in Chromium. The same cases (our
 * core's decode+verify and sign, jose's, bare crypto.subtle by hand), run in turn in one page
 * built by Vite from bench/core-page (into dist-bench/, never the app's dist/), with the same
 * method (bench/measure.ts) and output: a table, then one JSON line. BENCH_TIME_MS and
 * BENCH_ROUNDS as for `npm run bench`.
 *
 * CPU time is the renderer process's, all threads (so WebCrypto's worker threads count, as
 * in Node's process.cpuUsage): the main thread's from DevTools, the others' from /proc; without
 * /proc, the main thread's alone.
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

/**
 * Nanoseconds on a CPU of the threads of a process other than its main thread (whose thread
 * id is the process id), or undefined without /proc. The kernel adds a running thread's time
 * at ticks and switches; these threads (WebCrypto's, the compositor) mostly wait and wake.
 */
function otherThreadsNanos(pid: number): number | undefined {
  try {
    return readdirSync(`/proc/${pid}/task`)
      .filter((task) => task !== String(pid))
      .reduce((sum, task) => {
        try {
          const line = readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8');
          return sum + Number(line.split(' ')[0]);
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
 * A clock of the page's renderer process in CPU microseconds: its main thread's time from
 * DevTools (`ThreadTime`, to the microsecond) plus its other threads' from /proc. The renderer
 * is the one of Chromium's whose CPU time grows while the page spins for 300 ms.
 */
async function rendererClock(
  browser: Browser,
  page: Page,
): Promise<{ clock: () => Promise<number>; how: string }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const mainThreadMicros = async () => {
    const { metrics } = (await session.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    const time = metrics.find((metric) => metric.name === 'ThreadTime');
    if (!time) throw new Error('DevTools reports no ThreadTime');
    return time.value * 1e6;
  };
  const browserSession = await browser.newBrowserCDPSession();
  const { processInfo } = (await browserSession.send('SystemInfo.getProcessInfo')) as {
    processInfo: ProcessInfo[];
  };
  const renderers = processInfo.filter((p) => p.type === 'renderer');
  const before = new Map(renderers.map((p) => [p.id, readMainNanos(p.id)]));
  await page.evaluate(() => {
    const end = performance.now() + 300;
    while (performance.now() < end);
  });
  const grown = (pid: number) => (readMainNanos(pid) ?? 0) - (before.get(pid) ?? 0);
  const renderer = renderers.reduce((best, p) => (grown(p.id) > grown(best.id) ? p : best));
  if (otherThreadsNanos(renderer.id) === undefined || grown(renderer.id) === 0) {
    return { clock: mainThreadMicros, how: 'the main thread only (DevTools ThreadTime)' };
  }
  return {
    clock: async () => (await mainThreadMicros()) + otherThreadsNanos(renderer.id)! / 1000,
    how: `renderer process ${renderer.id}: main thread (DevTools ThreadTime) + other threads (/proc)`,
  };
}

/** The main thread's nanoseconds on a CPU, from /proc (to find the renderer by its growth). */
function readMainNanos(pid: number): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
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
