/**
 * Drives one row of `npm run bench:browser` through Playwright: cold (a new browser context,
 * or a new browser process, per paste) and warm (pastes into one page).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromium,
  errors,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';
import { launchOptions } from '../../e2e/browser';
import { NAME_SHIM, watch, type Condition, type Timing, type WatchSpec } from './in-page';
import type { Paste, Row, Step } from './rows';

export type ColdKind = 'context' | 'process';

export interface Session {
  readonly browser: Browser;
  readonly origin: string;
  readonly cold: ColdKind;
  readonly runs: number;
  /** A Chrome trace of each row's first cold paste goes here (DevTools' Performance panel). */
  readonly traceDir: string | undefined;
  /**
   * Cold pastes wait until the page is served by its service worker (which it registers a few
   * seconds after load) and has fetched nothing for a second: a first paste that comes a while
   * after the page opened, as a person's usually does.
   */
  readonly settled: boolean;
}

export type Outcome =
  | {
      readonly kind: 'measured';
      readonly cold: Timing[];
      readonly warm: Timing[];
      readonly size: number;
    }
  | { readonly kind: 'not-on-page'; readonly missing: string };

const STEP_TIMEOUT_MS = 120_000;

/** The same window, language and scale for every page, so that every run lays out the same. */
export const CONTEXT_OPTIONS = {
  locale: 'en-US',
  // A paste of several lines goes through the clipboard (perform, below).
  permissions: ['clipboard-read', 'clipboard-write'],
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
} satisfies BrowserContextOptions;

async function newPage(context: BrowserContext, origin: string, link: string | undefined) {
  const page = await context.newPage();
  page.on('crash', () => console.error(`the page crashed (${origin}/${link ? '#token=…' : ''})`));
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.addInitScript(NAME_SHIM);
  await page.goto(`${origin}/${link === undefined ? '' : `#token=${link}`}`, {
    waitUntil: 'networkidle',
  });
  return page;
}

async function waitFor(page: Page, what: string, conditions: readonly Condition[]) {
  const spec: WatchSpec = { conditions, from: 'now', timeoutMs: STEP_TIMEOUT_MS };
  await page.evaluate(watch, spec);
  const timing = (await page.evaluate('window.__benchTiming')) as Timing;
  if (!timing.ok) throw new Error(`${what}: ${timing.error}`);
}

/**
 * Text of several lines (a JWK Set, a PEM key) is pasted as a person pastes it, from the
 * clipboard: Playwright's fill() inserts it as typing does, a line at a time, and Chromium lays
 * the box out after each (seconds for a 50-key JWK Set, where a paste takes 200 ms). A token is
 * one line, which fill() inserts whole, as a paste does.
 */
async function perform(page: Page, step: Step) {
  const box = page.getByRole('textbox', { name: step.box, exact: true });
  // Playwright's 30 s default is too short for focusing a box that holds megabytes.
  const timeout = STEP_TIMEOUT_MS;
  if ('press' in step.action) await box.press(step.action.press, { timeout });
  else if (!step.action.fill.includes('\n')) await box.fill(step.action.fill, { timeout });
  else {
    await page.evaluate((text) => navigator.clipboard.writeText(text), step.action.fill);
    await box.focus({ timeout });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
  }
}

async function untimed(page: Page, what: string, step: Step) {
  await perform(page, step);
  await waitFor(page, `${what}, ${step.box}`, step.until);
}

async function timed(page: Page, what: string, step: Step): Promise<Timing> {
  const spec: WatchSpec = {
    conditions: step.until,
    from: step.from ?? 'beforeinput',
    timeoutMs: STEP_TIMEOUT_MS,
  };
  await page.evaluate(watch, spec);
  await perform(page, step);
  const timing = (await page.evaluate('window.__benchTiming')) as Timing;
  if (!timing.ok) throw new Error(`${what}: ${timing.error}`);
  return timing;
}

/** The page's feature is there, or the row cannot be measured yet. */
async function present(page: Page, paste: Paste): Promise<boolean> {
  if (!paste.requires) return true;
  try {
    await page.getByRole('status', { name: paste.requires.label, exact: true }).waitFor({
      timeout: 3000,
    });
    return true;
  } catch (error) {
    if (error instanceof errors.TimeoutError) return false;
    throw error;
  }
}

const SETTLE_TIMEOUT_MS = 60_000;

async function settle(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: SETTLE_TIMEOUT_MS,
  });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let seen = -1;
        const check = () => {
          const count = performance.getEntriesByType('resource').length;
          if (count === seen) resolve();
          else {
            seen = count;
            setTimeout(check, 1000);
          }
        };
        check();
      }),
  );
}

async function coldContext(session: Session) {
  if (session.cold === 'context') {
    const context = await session.browser.newContext(CONTEXT_OPTIONS);
    return { context, browser: session.browser, close: () => context.close() };
  }
  const browser = await chromium.launch(launchOptions());
  const context = await browser.newContext(CONTEXT_OPTIONS);
  return { context, browser, close: () => browser.close() };
}

async function coldRun(session: Session, row: Row, rep: number): Promise<Timing | 'not-on-page'> {
  const paste = await row.paste(rep);
  const { context, browser, close } = await coldContext(session);
  try {
    const page = await newPage(context, session.origin, paste.link);
    await waitFor(page, `${row.name}: load`, paste.ready);
    if (!(await present(page, paste))) return 'not-on-page';
    if (session.settled) await settle(page);
    for (const step of paste.setup) await untimed(page, `${row.name}: setup`, step);
    const trace = session.traceDir !== undefined && rep === 0;
    if (trace) {
      mkdirSync(session.traceDir!, { recursive: true });
      const file = `${row.name.replace(/[^A-Za-z0-9]+/g, '-')}-cold.json`;
      await browser.startTracing(page, { path: join(session.traceDir!, file), screenshots: true });
    }
    try {
      return await timed(page, `${row.name}: cold paste ${rep}`, paste.act);
    } finally {
      if (trace) await browser.stopTracing();
    }
  } finally {
    await close();
  }
}

/** Cold: `runs` new pages, one paste each. Warm: one page, a paste to warm up, then `runs`. */
export async function runRow(session: Session, row: Row): Promise<Outcome> {
  const cold: Timing[] = [];
  for (let rep = 0; rep < session.runs; rep++) {
    const timing = await coldRun(session, row, rep);
    if (timing === 'not-on-page') {
      const missing = (await row.paste(rep)).requires!;
      return { kind: 'not-on-page', missing: `${missing.label} (role status)` };
    }
    cold.push(timing);
  }
  const first = await row.paste(session.runs);
  const context = await session.browser.newContext(CONTEXT_OPTIONS);
  const warm: Timing[] = [];
  try {
    const page = await newPage(context, session.origin, first.link);
    await waitFor(page, `${row.name}: load`, first.ready);
    for (const step of row.once) await untimed(page, `${row.name}: once`, step);
    for (let i = 0; i <= session.runs; i++) {
      const paste = i === 0 ? first : await row.paste(session.runs + i);
      for (const step of paste.between) await untimed(page, `${row.name}: between`, step);
      const timing = await timed(page, `${row.name}: warm paste ${i}`, paste.act);
      // The first paste into the page warms it up and is not counted.
      if (i > 0) warm.push(timing);
    }
  } finally {
    await context.close();
  }
  return { kind: 'measured', cold, warm, size: first.size };
}
