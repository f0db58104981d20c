/**
 * `npm run bench:browser`: the built page in Chromium. For 300 B, 100 KB, 1 MB and 10 MB tokens, the
 * time from filling `Encoded token` (Playwright's fill(): select all, insert the text, as a
 * paste does) until the verdict and the decoded payload are updated
 * (median of 5), and the longest main-thread task meanwhile (PerformanceObserver longtask);
 * then the time from navigation to the first verdict on a cold load. Prints a table and, as
 * its last line, one JSON object. Timings are measured here and written down in
 * docs/performance.md, never asserted in tests.
 */
import { createHmac } from 'node:crypto';
import { chromium, type Page } from '@playwright/test';
import { launchOptions, startPreview } from '../e2e/browser';

const PORT = 4180;
const RUNS = 5;
const SECRET = 'a-string-secret-at-least-256-bits-long';

const b64url = (text: string) => Buffer.from(text).toString('base64url');

function tokenOf(payloadBytes: number): { token: string; payload: string } {
  const base = {
    sub: '1234567890',
    name: 'John Doe',
    admin: true,
    iat: 1764320000,
    exp: 2079896000,
  };
  const filler = Math.max(0, payloadBytes - JSON.stringify(base).length - 12);
  const payload = JSON.stringify(filler > 0 ? { ...base, data: 'x'.repeat(filler) } : base);
  const input = `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(payload)}`;
  const signature = createHmac('sha256', SECRET).update(input).digest('base64url');
  return { token: `${input}.${signature}`, payload };
}

/**
 * Starts watching, in the page, for the verdict and the payload of `token`: from the first
 * `beforeinput` event (the browser starting to insert the text) to both being on screen, and
 * the longest task meanwhile. Written as source text: tsx would otherwise wrap the in-page
 * functions in helpers that do not exist in the page.
 */
const WATCH = `({ payload }) => {
  const area = document.getElementById('token');
  const status = document.querySelector('[role="status"][aria-label="Signature status"]');
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  window.__fillResult = new Promise((resolve) => {
    area.addEventListener('beforeinput', () => {
      const start = performance.now();
      // Tasks that end before the insertion are the harness's: fill() hands the text to the
      // page once before inserting it, which for 10 MB takes a few hundred ms.
      const longest = () =>
        Math.max(0, ...tasks.filter((t) => t.startTime + t.duration >= start).map((t) => t.duration));
      const check = () => {
        // A huge payload is previewed: its first characters, read-only.
        // Looked up each frame: a previewed payload is a new element.
        const shown = document.getElementById('payload').value;
        const decoded = shown === payload || (shown.length >= 20000 && payload.startsWith(shown));
        if (!status.textContent.includes('Signature verified') || !decoded) {
          requestAnimationFrame(check);
          return;
        }
        const ms = performance.now() - start;
        // Let a long task that ended with the last frame be reported.
        setTimeout(() => {
          observer.disconnect();
          resolve({ ms, longest: longest() });
        }, 50);
      };
      // After the insertion's own work, which is part of the time.
      setTimeout(check, 0);
    }, { once: true, capture: true });
  });
}`;

/** Fills the token with Playwright's fill(), as a paste does: select all, insert the text. */
async function timeFill(
  page: Page,
  token: string,
  payload: string,
): Promise<{ ms: number; longest: number }> {
  await page.evaluate(`(${WATCH})(${JSON.stringify({ payload })})`);
  await page.getByRole('textbox', { name: 'Encoded token', exact: true }).fill(token);
  return page.evaluate('window.__fillResult') as Promise<{ ms: number; longest: number }>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const { origin: ORIGIN, server } = await startPreview(PORT);
const browser = await chromium.launch(launchOptions());

const rows: { case: string; medianMs: number; longestTaskMs: number }[] = [];
try {
  const page = await browser.newPage();
  await page.goto(ORIGIN);
  await page.getByRole('textbox', { name: 'Secret', exact: true }).fill(SECRET);
  for (const [label, bytes] of [
    ['300 B', 200],
    ['100 KB', 75_000],
    ['1 MB', 750_000],
    ['10 MB', 7_500_000],
  ] as const) {
    const { token, payload } = tokenOf(bytes);
    const times: number[] = [];
    const longest: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Another token in between, so each run really changes the page.
      await page
        .getByRole('textbox', { name: 'Encoded token', exact: true })
        .fill(tokenOf(100 + run).token);
      await page
        .getByRole('status', { name: 'Signature status' })
        .filter({ hasText: 'Signature verified' })
        .waitFor();
      const result = await timeFill(page, token, payload);
      times.push(result.ms);
      longest.push(result.longest);
    }
    rows.push({
      case: `fill ${label} (${token.length} chars)`,
      medianMs: median(times),
      longestTaskMs: Math.max(...longest),
    });
  }

  const cold: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    await fresh.goto(`${ORIGIN}/#token=${tokenOf(200).token}`);
    await fresh
      .getByRole('status', { name: 'Signature status' })
      .filter({ hasText: 'Enter the secret' })
      .waitFor();
    cold.push((await fresh.evaluate('performance.now()')) as number);
    await context.close();
  }
  rows.push({
    case: 'cold load to first verdict',
    medianMs: median(cold),
    longestTaskMs: Number.NaN,
  });
} finally {
  await browser.close();
  server.kill();
}

const round = (value: number) => (Number.isNaN(value) ? null : Math.round(value * 10) / 10);
console.log(`${'case'.padEnd(36)} ${'median ms'.padStart(10)} ${'longest task ms'.padStart(16)}`);
for (const row of rows) {
  console.log(
    `${row.case.padEnd(36)} ${String(round(row.medianMs)).padStart(10)} ${String(round(row.longestTaskMs) ?? '-').padStart(16)}`,
  );
}
console.log(
  JSON.stringify({
    rows: rows.map((row) => ({
      ...row,
      medianMs: round(row.medianMs),
      longestTaskMs: round(row.longestTaskMs),
    })),
  }),
);
