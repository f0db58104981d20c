import { encodeUtf8Base64url } from '../src/core/encoding/base64url';
import { example, expect, open, pasteToken, test, ui } from './support';

test.describe('look and feel', () => {
  test.describe('at phone width', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('the page stacks and never scrolls sideways, even with a long token and claims', async ({
      page,
    }) => {
      await open(page);
      await ui(page).examples.focus();
      await ui(page).examples.selectOption('flask-access');
      await expect(ui(page).status).toContainText('Signature verified');
      await pasteToken(page, example('rs512').token);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      const token = await ui(page).token.boundingBox();
      const header = await ui(page).header.boundingBox();
      expect(header!.y).toBeGreaterThan(token!.y + token!.height);
    });
  });

  test('on a desktop the token is on the left, header, payload, key and verdict on the right', async ({
    page,
  }) => {
    await open(page);
    const token = await ui(page).token.boundingBox();
    for (const right of [ui(page).header, ui(page).payload, ui(page).secret, ui(page).status]) {
      const box = await right.boundingBox();
      expect(box!.x).toBeGreaterThan(token!.x + token!.width);
    }
  });

  test('the theme follows the system and can be set; the choice is remembered', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background()).not.toBe(dark);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('keyboard alone: Tab reaches every control in order, focus is visible', async ({ page }) => {
    await open(page);
    const reached: string[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        // Past the last control, focus leaves the page (body) before it wraps around.
        if (!element || element === document.body) return 'body|true';
        const style = getComputedStyle(element);
        const ring = style.outlineStyle !== 'none' || element.closest('.highlighted') !== null;
        return `${element.getAttribute('aria-label') ?? element.id}|${ring}`;
      });
      reached.push(focused);
    }
    const names = reached.map((entry) => entry.split('|')[0]);
    for (const name of [
      'examples',
      'language',
      'token',
      'alg',
      'Header',
      'Payload',
      'key-secret',
    ]) {
      expect(names).toContain(name);
    }
    expect(reached.every((entry) => entry.endsWith('|true'))).toBe(true);
    // Typing works from the keyboard too.
    await ui(page).secret.focus();
    await page.keyboard.type('secret');
    await expect(ui(page).status).toContainText('Signature verified');
  });

  test('after an edit, the page notes that the re-encoded header differs from the pasted bytes', async ({
    page,
  }) => {
    await open(page);
    const header = '{"alg":"HS256",\r\n "typ":"JWT"}';
    await pasteToken(page, `${encodeUtf8Base64url(header)}.${encodeUtf8Base64url('{"a":1}')}.c2ln`);
    await ui(page).secret.fill('secret');
    await ui(page).payload.fill('{"a":2}');
    await expect(
      page.getByText('Re-encoded: the Header bytes now differ from the pasted token'),
    ).toBeVisible();
    await expect(ui(page).token).toHaveValue(/^eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\./);
  });
});
