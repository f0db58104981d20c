import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, open, seed, test, ui } from './support';

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
