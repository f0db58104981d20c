/**
 * Screenshots of the built page for a person to look at (issue 12, point 10): each state below
 * at 1440×900 and 390×844, light and dark, English and 中文, as the first screen and as the whole
 * page. `npm run screenshots` (builds first); `-- STATE…` for some states only. Writes
 * screenshots/STATE-WIDTH-THEME-LANGUAGE-{fold,full}.png, which git ignores.
 */
import { mkdirSync } from 'node:fs';
import { chromium, expect, type Page } from '@playwright/test';
import * as jose from 'jose';
import { launchOptions, freePort, startPreview } from '../e2e/browser';
import { example, jwks, keys, ui, x509 } from '../e2e/support';
import jweKeys from '../src/core/jwe/__fixtures__/keys.json' with { type: 'json' };
import rfc9901 from '../src/core/sd-jwt/__fixtures__/rfc9901-examples.json' with { type: 'json' };

const claims = { sub: 'alice', name: 'Alice Example', iat: 1_764_320_000, exp: 2_079_896_000 };

/** How each state is reached, in English, through the contract's names (ui-contract.md). */
const STATES: Readonly<Record<string, (page: Page) => Promise<void>>> = {
  default: async (page) => {
    await expect(ui(page).status).toContainText('Signature verified');
  },
  invalid: async (page) => {
    await ui(page).secret.fill('not the secret');
    await expect(ui(page).status).toContainText('Invalid signature');
  },
  expired: async (page) => {
    await ui(page).examples.selectOption('expired');
    await expect(ui(page).token).toHaveValue(example('expired').token);
    await expect(ui(page).status).toContainText('Signature verified');
  },
  jwks: async (page) => {
    const token = await new jose.SignJWT(claims)
      .setProtectedHeader({ alg: 'PS256', kid: 'rsa-2', typ: 'JWT' })
      .sign(await jose.importPKCS8(keys.rsa2048b.pkcs8, 'PS256'));
    await ui(page).token.fill(token);
    await ui(page).publicKey.fill(JSON.stringify(jwks, null, 2));
    await expect(ui(page).status).toContainText('Signature verified');
  },
  certificate: async (page) => {
    await ui(page).token.fill(x509.tokens.headerX5c);
    const chain = (['leafA', 'interA', 'rootA'] as const).map((n) => x509.certificates[n].pem);
    await ui(page).publicKey.fill(chain.join(''));
    await expect(ui(page).status).toContainText('Signature verified');
    await page.locator('.key-details summary').first().click();
  },
  jwe: async (page) => {
    const { rsa2048 } = jweKeys.keys;
    const jwe = await new jose.CompactEncrypt(new TextEncoder().encode(JSON.stringify(claims)))
      .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'rsa-oaep-2048' })
      .encrypt(await jose.importSPKI(rsa2048.spki, 'RSA-OAEP-256'));
    await ui(page).token.fill(jwe);
    const key = page.getByRole('textbox', { name: 'Decryption key', exact: true });
    await key.fill(rsa2048.pkcs8);
    const status = page.getByRole('status', { name: 'Decryption status', exact: true });
    await expect(status).toContainText('Decrypted');
  },
  'sd-jwt': async (page) => {
    const presentation = rfc9901.examples.find((e) => e.id === 'RFC 9901 §5.2 presentation')!;
    await ui(page).token.fill(presentation.sdJwt);
    await ui(page).publicKey.fill(JSON.stringify(rfc9901.issuerKey.jwk));
    await expect(ui(page).status).toContainText('Signature verified');
    const binding = page.getByRole('status', { name: 'Key binding status', exact: true });
    await expect(binding).toContainText('Key binding verified');
  },
};

const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

const chosen = process.argv.slice(2);
const states = Object.entries(STATES).filter(([name]) => !chosen.length || chosen.includes(name));
const { origin, server } = await startPreview(await freePort());
const browser = await chromium.launch(launchOptions());
mkdirSync('screenshots', { recursive: true });
const sideways: string[] = [];
const stuck: string[] = [];
try {
  for (const [state, reach] of states) {
    for (const [width, viewport] of Object.entries(VIEWPORTS)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const language of ['en', 'zh'] as const) {
          const context = await browser.newContext({ viewport, colorScheme, locale: 'en-US' });
          const page = await context.newPage();
          await page.goto(`${origin}/`);
          await expect(ui(page).status).toBeVisible();
          await reach(page);
          if (language === 'zh') {
            await ui(page).language.selectOption('zh');
            await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
          }
          const name = `screenshots/${state}-${width}-${colorScheme}-${language}`;
          // The deferred panels have arrived (no "Loading…" left), then fonts settle. One that
          // never arrives is worth a look: said, and the screenshot taken as it is.
          await expect(page.getByText(/^(Loading…|正在加载…)$/))
            .toHaveCount(0)
            .catch(() => stuck.push(`${name}: "Loading…" after 5 s`));
          await page.waitForTimeout(300);
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.screenshot({ path: `${name}-fold.png` });
          await page.screenshot({ path: `${name}-full.png`, fullPage: true });
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scrollWidth > viewport.width) sideways.push(`${name}: ${scrollWidth}px wide`);
          await context.close();
        }
      }
    }
    console.log(`${state}: done`);
  }
} finally {
  await browser.close();
  server.kill();
}
// A page wider than its viewport scrolls sideways: said here, as it is easy to miss in a PNG.
if (sideways.length) console.log(`Scrolls sideways:\n${sideways.join('\n')}`);
if (stuck.length) console.log(`Still loading:\n${stuck.join('\n')}`);
