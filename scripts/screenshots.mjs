// Screenshots of the built page at desktop and phone widths, light and dark, for a person to
// look at (DEVELOPERS.md). Run `npm run build` first; writes PNGs into screenshots/ (ignored).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';

const port = 4179;
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  executablePath,
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
mkdirSync('screenshots', { recursive: true });
const hash = process.argv[2] ?? '';
try {
  for (const [name, viewport] of [
    ['desktop', { width: 1366, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme });
      for (let attempt = 0; ; attempt++) {
        try {
          await page.goto(`http://127.0.0.1:${port}/${hash}`);
          break;
        } catch (error) {
          if (attempt > 40) throw error;
          await sleep(250);
        }
      }
      await page.waitForTimeout(500);
      await page.screenshot({ path: `screenshots/${name}-${colorScheme}.png`, fullPage: true });
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
