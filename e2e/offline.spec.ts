import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import vectors from '../src/core/jwe/__fixtures__/jwe-vectors.json' with { type: 'json' };
import rfc from '../src/core/sd-jwt/__fixtures__/rfc9901-examples.json' with { type: 'json' };
import { expect, open, pasteToken, seed, test, ui } from './support';

/** RFC 7516 A.3 (A128KW, A128CBC-HS256) and its key. */
const a3 = vectors.jwe.find((vector) => vector.id === 'RFC7516-A.3')!;
const JWE_A3 = a3.compact!;
const JWE_A3_KEY = JSON.stringify(a3.keys!.symmetric_jwk);

/** The scripts the page has fetched so far (the worker's answers included). */
const scriptsFetched = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.js')),
  );

/**
 * The built scripts the key details (KeyPane's own chunk, KeyDetails.tsx) load, theirs included:
 * the files each names (a static import, a dynamic one, a preload list), followed from the first
 * (never into the entry chunk).
 */
function keyDetailsScripts(): Set<string> {
  const assets = readdirSync('dist/assets');
  const found = new Set(assets.filter((name) => /^KeyDetails-[\w-]+\.js$/.test(name)));
  for (const name of found) {
    const source = readFileSync(join('dist/assets', name), 'utf8');
    for (const [, named] of source.matchAll(/[`"'](?:\.\/|assets\/)([\w-]+\.js)[`"']/g))
      // Not through the entry chunk, which names every chunk of the page.
      if (assets.includes(named!) && !named!.startsWith('index-')) found.add(named!);
  }
  return found;
}

/** Offline and installable (issue 12, point 7). */
test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('after one visit the page opens and verifies with the network off', async ({
    page,
    context,
  }) => {
    await open(page);
    // The worker has installed (every built file kept) and controls the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await ui(page).token.fill(seed.token);
    await ui(page).secret.fill('secret');
    await expect(ui(page).status).toContainText('Signature verified');
    // Chinese is a chunk of its own: kept too.
    await ui(page).language.selectOption('zh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('JWT 调试器');
    await context.setOffline(false);
  });

  test('once the worker keeps the files, every kind’s code is loaded: a first SD-JWT and a first JWE fetch none', async ({
    page,
  }) => {
    await open(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Loaded while idle, from the worker's copy: wait until the list stops growing.
    let before: string[] = [];
    await expect
      .poll(
        async () => {
          const now = await scriptsFetched(page);
          const same = now.length === before.length;
          before = now;
          return same;
        },
        { intervals: [1000] },
      )
      .toBe(true);
    const presentation = rfc.examples.find((e) => e.id === 'RFC 9901 §5.2 presentation')!;
    await pasteToken(page, presentation.sdJwt);
    await ui(page).publicKey.fill(JSON.stringify(rfc.issuerKey.jwk));
    await expect(ui(page).status).toContainText('Signature verified');
    await expect(page.getByRole('table', { name: 'Disclosures', exact: true })).toBeVisible();
    await pasteToken(page, JWE_A3);
    await expect(page.getByRole('status', { name: 'Decryption status' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Decryption key', exact: true }).fill(JWE_A3_KEY);
    await expect(page.getByRole('status', { name: 'Decryption status' })).toContainText(
      'Decrypted',
    );
    // The public key's details (its PEM, JWK, thumbprint and certificates: KeyPane's own chunk
    // and what it loads) are no kind's, and may load before the pastes or after them.
    const details = keyDetailsScripts();
    expect(details.size).toBeGreaterThan(1);
    const fetchedLater = (await scriptsFetched(page)).filter((name) => !before.includes(name));
    expect(fetchedLater.filter((name) => !details.has(name.split('/').pop()!))).toEqual([]);
  });

  test('the worker keeps every built file, from Vite’s own output', async ({ request }) => {
    // The page itself cannot fetch (connect-src 'none'): ask from the test's side.
    const source = await (await request.get('/sw.js')).text();
    const listed = JSON.parse(/^const PRECACHE = (\[.*\]);$/m.exec(source)![1]!) as string[];
    const built = (dir: string, prefix = ''): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? built(join(dir, entry.name), `${prefix}${entry.name}/`)
          : [`${prefix}${entry.name}`],
      );
    const expected = built('dist').filter(
      (name) => !name.endsWith('.map') && name !== 'sw.js' && name !== 'index.html',
    );
    expect(listed).toEqual(['./', ...expected.sort()]);
  });

  test('installable: a manifest with name, start URL, display and icons, allowed by the CSP', async ({
    page,
    request,
  }) => {
    await open(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await request.get(href!)).json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: 'JWT Debugger',
      start_url: './',
      display: 'standalone',
    });
    const icons = manifest.icons as { src: string; sizes: string }[];
    expect(icons.map((icon) => icon.sizes)).toEqual(['any', '192x192', '512x512']);
    for (const icon of icons) expect((await request.get(`/${icon.src}`)).status()).toBe(200);
    // Chromium read the manifest (manifest-src allows it) and finds nothing against installing.
    const client = await page.context().newCDPSession(page);
    const { errors } = (await client.send('Page.getAppManifest')) as { errors: unknown[] };
    expect(errors).toEqual([]);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const installability = (await client.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    // Playwright's contexts are off the record, which alone keeps Chromium from offering it.
    const reasons = installability.installabilityErrors.map((error) => error.errorId);
    expect(reasons.filter((reason) => reason !== 'in-incognito')).toEqual([]);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("manifest-src 'self'");
  });
});
