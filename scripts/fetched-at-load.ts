/**
 * Everything a page fetches while it loads, as Chromium received it: every response until the
 * load event, then for `afterLoadMs` more, and then until no request is still in flight (so a
 * slow machine cannot cut the list short). Used by the size budget (scripts/size-budget.ts)
 * and by `npm run bench:browser`'s first-load row.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request, Response } from '@playwright/test';

export interface Fetched {
  /** The path on the page's origin, or the whole URL for another origin. */
  readonly path: string;
  readonly status: number;
  readonly bytes: number;
  /** gzip (Node's default level) of the body: what a server would send compressed. */
  readonly gzipBytes: number;
  /** Received after the load event (lazy chunks, the favicon). */
  readonly afterLoad: boolean;
}

const QUIET_MS = 500;
const LIMIT_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Loads `url` into `page` (which must not have loaded anything yet) and records its fetches. */
export async function loadAndRecord(
  page: Page,
  url: string,
  afterLoadMs = 2000,
): Promise<Fetched[]> {
  const origin = new URL(url).origin;
  const inFlight = new Set<Request>();
  let lastActivity = Date.now();
  let loaded = false;
  const received: Promise<Fetched>[] = [];
  const onRequest = (request: Request) => {
    inFlight.add(request);
    lastActivity = Date.now();
  };
  const onDone = (request: Request) => {
    inFlight.delete(request);
    lastActivity = Date.now();
  };
  const onResponse = (response: Response) => {
    const afterLoad = loaded;
    const where = new URL(response.url());
    const path = where.origin === origin ? where.pathname : response.url();
    received.push(
      response.body().then((body) => ({
        path,
        status: response.status(),
        bytes: body.length,
        gzipBytes: gzipSync(body).length,
        afterLoad,
      })),
    );
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  page.on('response', onResponse);
  page.once('load', () => {
    loaded = true;
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    loaded = true;
    await sleep(afterLoadMs);
    const started = Date.now();
    while (inFlight.size > 0 || Date.now() - lastActivity < QUIET_MS) {
      if (Date.now() - started > LIMIT_MS) {
        const pending = [...inFlight].map((request) => request.url()).join(', ');
        throw new Error(`requests still in flight after ${LIMIT_MS} ms: ${pending}`);
      }
      await sleep(50);
    }
    const fetched = await Promise.all(received);
    return fetched.sort(
      (a, b) => Number(a.afterLoad) - Number(b.afterLoad) || a.path.localeCompare(b.path),
    );
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onDone);
    page.off('response', onResponse);
  }
}

/** One line per file and a total, as the size budget and the bench print them. */
export function fetchedLines(fetched: readonly Fetched[]): string[] {
  const lines = fetched.map(
    (f) =>
      `${String(f.gzipBytes).padStart(8)} B  ${f.afterLoad ? 'after load ' : 'before load'}  ${f.path}${f.status === 200 ? '' : ` (HTTP ${f.status})`}`,
  );
  const sum = (list: readonly Fetched[]) => list.reduce((total, f) => total + f.gzipBytes, 0);
  const before = fetched.filter((f) => !f.afterLoad);
  lines.push(
    `${String(sum(fetched)).padStart(8)} B  gzip in all, ${fetched.length} files (${sum(before)} B in ${before.length} before the load event)`,
  );
  return lines;
}
