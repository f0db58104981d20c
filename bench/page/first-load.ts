/**
 * The first-load row of `npm run bench:browser`: what the page fetches while it loads (bytes by
 * file, scripts/fetched-at-load.ts) and the time from navigation to the painted frame that
 * shows the first verdict. Cold: a new context (empty cache) or process per load; warm: reloads
 * of one page, its files in the HTTP and code caches.
 */
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../../e2e/browser';
import { loadAndRecord, type Fetched } from '../../scripts/fetched-at-load';
import { CONTEXT_OPTIONS, type Session } from './drive';
import { NAME_SHIM, watch, type Condition, type Timing, type WatchSpec } from './in-page';

/** The page opens on the seed example with its secret: verified (src/ui/main.tsx). */
const FIRST_VERDICT: readonly Condition[] = [
  { kind: 'status', label: 'Signature status', includes: 'Signature verified' },
];

export interface FirstLoad {
  readonly cold: Timing[];
  readonly warm: Timing[];
  /** The files of the first cold load. */
  readonly fetched: readonly Fetched[];
  /** Every cold load fetched the same files with the same sizes. */
  readonly sameEveryTime: boolean;
}

async function watchLoad(page: Page) {
  const spec: WatchSpec = { conditions: FIRST_VERDICT, from: 'navigation', timeoutMs: 60_000 };
  await page.addInitScript(NAME_SHIM);
  await page.addInitScript(watch, spec);
}

async function timing(page: Page): Promise<Timing> {
  const result = (await page.evaluate('window.__benchTiming')) as Timing;
  if (!result.ok) throw new Error(`first load: ${result.error}`);
  return result;
}

const signature = (fetched: readonly Fetched[]) =>
  fetched.map((f) => `${f.path} ${f.gzipBytes}`).join('\n');

export async function firstLoad(session: Session): Promise<FirstLoad> {
  const cold: Timing[] = [];
  const lists: (readonly Fetched[])[] = [];
  for (let rep = 0; rep < session.runs; rep++) {
    const browser =
      session.cold === 'process' ? await chromium.launch(launchOptions()) : session.browser;
    const context = await browser.newContext(CONTEXT_OPTIONS);
    try {
      const page = await context.newPage();
      await watchLoad(page);
      lists.push(await loadAndRecord(page, `${session.origin}/`));
      cold.push(await timing(page));
    } finally {
      await context.close();
      if (browser !== session.browser) await browser.close();
    }
  }
  const warm: Timing[] = [];
  const context = await session.browser.newContext(CONTEXT_OPTIONS);
  try {
    const page = await context.newPage();
    await watchLoad(page);
    await page.goto(`${session.origin}/`, { waitUntil: 'networkidle' });
    await timing(page);
    for (let rep = 0; rep < session.runs; rep++) {
      await page.reload({ waitUntil: 'networkidle' });
      warm.push(await timing(page));
    }
  } finally {
    await context.close();
  }
  return {
    cold,
    warm,
    fetched: lists[0]!,
    sameEveryTime: lists.every((list) => signature(list) === signature(lists[0]!)),
  };
}
