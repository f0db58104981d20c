import { example, expect, open, seed, test, ui } from './support';

/** Polish (issue 12, point 8, in part): icons, the Examples menu, the title in Chinese. */
test.describe('polish', () => {
  test('the Examples menu is filled without hovering, and works from the keyboard', async ({
    page,
  }) => {
    await open(page);
    // Nothing touched the menu: its options are there for a keyboard or screen-reader user.
    await expect(ui(page).examples.getByRole('option')).toHaveCount(22);
    await expect(
      ui(page).examples.getByRole('option', { name: /ES256 — ECDSA P-256/ }),
    ).toHaveCount(1);
    await page.keyboard.press('Tab'); // the skip link
    await ui(page).examples.focus();
    await page.keyboard.press('ArrowDown');
    await expect(ui(page).token).toHaveValue(example('hs256-seed').token);
    await expect(ui(page).status).toContainText('Signature verified');
  });

  test('severity and status marks are inline SVG, not characters a font may lack', async ({
    page,
  }) => {
    await open(page);
    await ui(page).token.fill(seed.token);
    await ui(page).secret.fill('secret');
    await expect(ui(page).status).toContainText('Signature verified');
    await expect(ui(page).status.locator('svg.icon-check')).toHaveCount(1);
    await expect(page.locator('.lint svg.icon').first()).toBeVisible();
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/[ℹ⚠⛔✓✗○]/u);
  });

  test('the document title follows the language', async ({ page }) => {
    await open(page);
    await expect(page).toHaveTitle('JWT Debugger');
    await ui(page).language.selectOption('zh');
    await expect(page).toHaveTitle('JWT 调试器');
    await page.reload();
    await expect(page).toHaveTitle('JWT 调试器');
  });
});
