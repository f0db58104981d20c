import { example, expect, keys, open, test, ui } from './support';

/** The share link with the public key (issue 12, point 6): never a secret or private key. */
test.describe('share link with the public key', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('carries the public key in the fragment; opening it restores token and key, and verifies', async ({
    page,
    context,
  }) => {
    const rs256 = example('rs256');
    await open(page);
    await ui(page).examples.selectOption('rs256');
    await expect(ui(page).token).toHaveValue(example('rs256').token);
    await expect(ui(page).status).toContainText('Signature verified');
    const include = page.getByRole('checkbox', { name: 'Include the public key' });
    await expect(include).toBeChecked();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    const fragment = new URL(link).hash;
    expect(fragment).toContain(`#token=${rs256.token}&key=`);
    // The private key box is filled too; nothing of it is in the link.
    const privateBody = rs256.privateKey!.split('\n').slice(1, -1);
    for (const line of privateBody) expect(decodeURIComponent(fragment)).not.toContain(line);
    await expect(page.getByText('The link holds the token and the public key')).toBeVisible();

    const other = await context.newPage();
    await other.goto(link);
    await expect(ui(other).token).toHaveValue(rs256.token);
    await expect(ui(other).publicKey).toHaveValue(rs256.publicKey!.trim() + '\n');
    await expect(ui(other).privateKey).toHaveValue('');
    await expect(ui(other).status).toContainText('Signature verified');
    expect(other.url()).not.toContain('#token=');
  });

  test('unticked, the link holds the token only', async ({ page }) => {
    await open(page);
    await ui(page).examples.selectOption('es256');
    await expect(ui(page).token).toHaveValue(example('es256').token);
    await page.getByRole('checkbox', { name: 'Include the public key' }).uncheck();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(new URL(link).hash).toBe(`#token=${example('es256').token}`);
  });

  test('a private key in the Public key box makes no link at all', async ({ page }) => {
    await open(page);
    await ui(page).examples.selectOption('es256');
    await expect(ui(page).token).toHaveValue(example('es256').token);
    await ui(page).publicKey.fill(keys.p256.pkcs8);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.getByText('No link made')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveCount(0);
  });

  test('a link that carries a private key fills in nothing', async ({ page }) => {
    const es256 = example('es256');
    await open(page, `#token=${es256.token}&key=${encodeURIComponent(keys.p256.pkcs8)}`);
    await expect(ui(page).token).toHaveValue(es256.token);
    await expect(ui(page).publicKey).toHaveValue('');
    await expect(ui(page).status).not.toContainText('Signature verified');
  });
});
