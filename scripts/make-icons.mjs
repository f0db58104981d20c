// Draws the app icons for the web app manifest (public/icon-192.png, public/icon-512.png) from
// public/favicon.svg with Chromium, so the PNGs are the SVG and nothing else. Run from
// anywhere: `node scripts/make-icons.mjs` (Chromium at $CHROMIUM_PATH, else /usr/bin/chromium);
// commit the script and the PNGs together.
import console from 'node:console';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const publicDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'public');
const svg = readFileSync(join(publicDir, 'favicon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>*{margin:0}</style>${sized}`);
    const path = join(publicDir, `icon-${size}.png`);
    await page.screenshot({ path, omitBackground: true });
    console.log(`Wrote ${path}`);
    await page.close();
  }
} finally {
  await browser.close();
}
