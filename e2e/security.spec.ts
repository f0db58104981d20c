import { encodeUtf8Base64url } from '../src/core/encoding/base64url';
import { example, expect, keys, open, pasteToken, seed, test, ui, pretty } from './support';

const unsigned = (header: object, payload: string) =>
  `${encodeUtf8Base64url(JSON.stringify({ alg: 'none', ...header }))}.${encodeUtf8Base64url(payload)}.`;

test.describe('Content-Security-Policy', () => {
  test.use({ allowedConsoleErrors: [/Content Security Policy/] });

  test('is in force in the built page: nothing to fetch, no inline script', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("connect-src 'none'");
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).toContain("script-src 'self'");
    expect(meta).toContain("connect-src 'none'");
    expect(meta).toContain("worker-src 'self'");

    const fetched = await page.evaluate(() =>
      fetch('/favicon.svg').then(
        () => 'fetched',
        () => 'blocked',
      ),
    );
    expect(fetched).toBe('blocked');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.body.append(script);
      return (window as unknown as { __inline?: boolean }).__inline === true;
    });
    expect(ran).toBe(false);
  });
});

test.describe('secrets stay in the page', () => {
  test('secrets and private keys are never written to the URL or any storage; the token survives a reload', async ({
    page,
  }) => {
    await open(page);
    await ui(page).secret.fill('my-very-secret-hmac-key');
    await ui(page).payload.fill('{"sub":"x"}');
    await expect(ui(page).status).toContainText('Signature verified');
    await ui(page).algorithm.selectOption('ES256');
    await ui(page).privateKey.fill(keys.p256.pkcs8);
    await expect(ui(page).status).toContainText('Signature verified');
    const token = await ui(page).token.inputValue();
    await page.waitForTimeout(500); // the token is stored after a short pause in typing

    const stored = await page.evaluate(async () => {
      const dump = (storage: Storage) =>
        Array.from(
          { length: storage.length },
          (_, i) => `${storage.key(i)}=${storage.getItem(storage.key(i)!)}`,
        ).join('\n');
      const databases = await indexedDB.databases();
      return {
        local: dump(localStorage),
        session: dump(sessionStorage),
        databases: databases.length,
        cookie: document.cookie,
      };
    });
    const everything = `${page.url()}\n${stored.local}\n${stored.session}\n${stored.cookie}`;
    expect(everything).not.toContain('my-very-secret-hmac-key');
    expect(everything).not.toContain(keys.p256.pkcs8.split('\n')[1]);
    expect(everything).not.toContain('PRIVATE KEY');
    expect(stored.databases).toBe(0);

    await page.reload();
    await expect(ui(page).token).toHaveValue(token);
    await expect(ui(page).privateKey).toHaveValue('');
    await expect(ui(page).publicKey).toHaveValue('');
    expect(page.url()).not.toContain('secret');
  });
});

test.describe('markup in a token never runs', () => {
  const hostile = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '"><svg onload=window.__pwned=1>',
    'javascript:window.__pwned=1',
    `${'A'.repeat(100_000)}<b>long</b>`,
  ];

  test('header values, claim names and claim values are shown as text', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await open(page);
    for (const value of hostile) {
      const payload = JSON.stringify({
        [value.slice(0, 200)]: value,
        picture: value,
        website: 'javascript:window.__pwned=1',
      });
      await pasteToken(
        page,
        unsigned({ kid: value, jku: value, typ: value.slice(0, 50) }, payload),
      );
      await expect(ui(page).claims.getByRole('row')).toHaveCount(4);
    }
    const headerTable = page.getByRole('table', { name: 'Header parameters' });
    await expect(headerTable).toContainText('AAAA');
    await pasteToken(
      page,
      unsigned({ kid: hostile[0]! }, JSON.stringify({ [hostile[1]!]: hostile[2] })),
    );
    // Values are shown as JSON, quotes escaped: the markup is there, as text.
    await expect(headerTable).toContainText('<img src=x onerror=');
    await expect(ui(page).claims).toContainText(hostile[1]!);
    await expect(ui(page).claims).toContainText('"><svg onload=window.__pwned=1>');
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator('img[src="x"], svg[onload], b').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  test('claim names like __proto__, constructor and toString are ordinary claims', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(
      page,
      unsigned(
        {},
        '{"__proto__":{"admin":true},"constructor":"c","toString":"t","hasOwnProperty":1}',
      ),
    );
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      await expect(
        ui(page).claims.getByRole('row', { name: new RegExp(`^${name}\\b`) }),
      ).toContainText('Private claim');
    }
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).admin)).toBeUndefined();
  });
});

test.describe('huge and hostile input', () => {
  test('a 10 MB paste shows a size notice and the page keeps working', async ({ page }) => {
    test.slow();
    await open(page);
    const token = `${encodeUtf8Base64url('{"alg":"HS256"}')}.${encodeUtf8Base64url(JSON.stringify({ data: 'x'.repeat(7_600_000) }))}.abc`;
    await pasteToken(page, token);
    await expect(page.getByText(/This token is 10\.\d MB/)).toBeVisible({ timeout: 30_000 });
    await expect(ui(page).status).toContainText('Enter the secret', { timeout: 30_000 });
    await expect(page.getByText(/Showing the first 20,000 of 7,600,011 characters/)).toBeVisible();
    await ui(page).secret.fill('secret');
    await expect(ui(page).status).toContainText('Invalid signature', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Show all to edit' }).click();
    await expect(ui(page).payload).toHaveJSProperty('readOnly', false, { timeout: 30_000 });
    await pasteToken(page, seed.token);
    await expect(ui(page).payload).toHaveValue(pretty(seed.payload));
  });

  test('JSON nested 10,000 levels deep gives a diagnostic, not a stack overflow', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(page, unsigned({}, `${'['.repeat(10_000)}${']'.repeat(10_000)}`));
    await expect(ui(page).alert).toContainText('Payload: the JSON is nested too deeply');
    await ui(page).payload.fill(`{"a":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_001)}`);
    await expect(ui(page).alert).toContainText('Payload: the JSON is nested too deeply');
  });

  test("every example loads without a request beyond the page's own files", async ({ page }) => {
    // The fixture fails the test on any other request; this walks every example.
    await open(page);
    await ui(page).examples.focus();
    for (const { id } of [example('hs256-seed'), example('ml-dsa-65'), example('expired')]) {
      await ui(page).examples.selectOption(id);
      await expect(ui(page).token).toHaveValue(example(id).token);
    }
  });
});
