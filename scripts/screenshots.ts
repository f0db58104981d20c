/**
 * Screenshots of the built page at desktop and phone widths, light and dark, for a person to
 * look at (DEVELOPERS.md). `npm run screenshots -- '#token=…'`; SCREENSHOT_LOCALE=zh-CN for
 * Chinese. Writes PNGs into screenshots/, which git ignores.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions, startPreview } from '../e2e/browser';

const hash = process.argv[2] ?? '';
const locale = process.env.SCREENSHOT_LOCALE ?? 'en-US';
const { origin, server } = await startPreview(4179);
const browser = await chromium.launch(launchOptions());
mkdirSync('screenshots', { recursive: true });
try {
  for (const [name, viewport] of [
    ['desktop', { width: 1366, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport, colorScheme, locale });
      await page.goto(`${origin}/${hash}`);
      await page.waitForTimeout(500);
      // Open the learning view and the snippets too, so they are looked at.
      for (const summary of await page.locator('summary').all()) await summary.click();
      await page.waitForTimeout(300);
      await page.screenshot({
        path: `screenshots/${name}-${colorScheme}-${locale}.png`,
        fullPage: true,
      });
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
