import { example, expect, goodVerdict, open, pretty, seed, test, ui } from './support';

test.describe('share link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the link holds the token in the fragment, never the secret; opening it decodes the token', async ({
    page,
    context,
  }) => {
    await open(page);
    await ui(page).secret.fill('secret');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(link).toContain(`#token=${seed.token}`);
    expect(link).not.toContain('secret');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const other = await context.newPage();
    const target = link.replace(seed.token, example('es256').token);
    await other.goto(target);
    await expect(ui(other).token).toHaveValue(example('es256').token);
    await expect(ui(other).header).toHaveValue(/"alg": "ES256"/);
    await expect(other.getByText('Opened the token from the link.')).toBeVisible();
    // The token leaves the address bar once it is in the page.
    expect(other.url()).not.toContain('#token=');
  });

  test('copy buttons put the token, header and payload on the clipboard', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Copy Encoded token' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(seed.token);
    // The panes' text, as shown: laid out.
    await page.getByRole('button', { name: 'Copy Payload' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(pretty(seed.payload));
    await page.getByRole('button', { name: 'Copy Header' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(pretty(seed.header));
  });

  test('examples load a token with its keys, for every algorithm', async ({ page }) => {
    await open(page);
    const ids = [
      'hs256-seed',
      'hs512',
      'rs384',
      'ps256',
      'es512',
      'eddsa',
      'ed25519',
      'ml-dsa-44',
      'ml-dsa-65',
      'flask-access',
    ];
    for (const id of ids) {
      await ui(page).examples.focus();
      await ui(page).examples.selectOption(id);
      await expect(ui(page).token).toHaveValue(example(id).token);
      // A browser without ML-DSA (Chromium 150) says so of its examples.
      await expect(ui(page).status).toContainText(
        id.startsWith('ml-dsa') ? await goodVerdict(page, id.toUpperCase()) : 'Signature verified',
      );
    }
    await ui(page).examples.selectOption('none');
    await expect(ui(page).status).toContainText('Unsigned token');
  });
});
