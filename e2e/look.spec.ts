import * as jose from 'jose';
import jweKeys from '../src/core/jwe/__fixtures__/keys.json' with { type: 'json' };
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
      await expect(ui(page).token).toHaveValue(example('flask-access').token);
      await expect(ui(page).status).toContainText('Signature verified');
      await pasteToken(page, example('rs512').token);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      const token = await ui(page).token.boundingBox();
      const header = await ui(page).header.boundingBox();
      expect(header!.y).toBeGreaterThan(token!.y + token!.height);
    });
  });

  test.describe('the verdict in view', () => {
    test.use({ viewport: { width: 1440, height: 900 } });
    test('at 1440x900, after a paste, the verdict and the key box it needs show without scrolling', async ({
      page,
    }) => {
      await open(page);
      await expect(ui(page).status).toBeInViewport({ ratio: 1 });
      await expect(ui(page).secret).toBeInViewport({ ratio: 1 });
      // An OpenID Connect ID token's dozen claims, and its public key.
      await ui(page).examples.selectOption('rs256');
      await expect(ui(page).token).toHaveValue(example('rs256').token);
      await expect(ui(page).status).toContainText('with this RS256 key');
      const claims = {
        iss: 'https://accounts.google.com',
        azp: 'client.apps.googleusercontent.com',
        aud: 'client.apps.googleusercontent.com',
        sub: '110169484474386276334',
        hd: 'example.com',
        email: 'alice@example.com',
        email_verified: true,
        at_hash: 'HK6E_P6Dh8Y93mRNtsDB1Q',
        name: 'Alice Example',
        iat: 1_700_000_000,
        exp: 4_100_003_600,
      };
      await pasteToken(
        page,
        `${encodeUtf8Base64url('{"alg":"RS256","kid":"k1","typ":"JWT"}')}.${encodeUtf8Base64url(JSON.stringify(claims))}.c2ln`,
      );
      // The example's key went with the example: the verdict asks for this token's key.
      await expect(ui(page).status).toContainText('Paste the public key');
      await expect(ui(page).status).toBeInViewport({ ratio: 1 });
      await expect(ui(page).publicKey).toBeInViewport();
    });

    test('after a JWE paste, its verdict and then the key box it needs show without scrolling', async ({
      page,
    }) => {
      await open(page);
      const token = await new jose.CompactEncrypt(new TextEncoder().encode('{"sub":"alice"}'))
        .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })
        .encrypt(await jose.importSPKI(jweKeys.keys.rsa2048.spki, 'RSA-OAEP-256'));
      await pasteToken(page, token);
      const status = page.getByRole('status', { name: 'Decryption status', exact: true });
      const key = page.getByRole('textbox', { name: 'Decryption key', exact: true });
      await expect(status).toBeInViewport({ ratio: 1 });
      await expect(key).toBeInViewport();
      // The verdict first, as in the signature's panel.
      expect((await status.boundingBox())!.y).toBeLessThan((await key.boundingBox())!.y);
    });
  });

  test.describe('at phone width, the first two screens', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('hold the token, the verdict and the header', async ({ page }) => {
      await open(page);
      const within = async (locator: import('@playwright/test').Locator) => {
        const box = await locator.boundingBox();
        expect(box!.y + Math.min(box!.height, 60)).toBeLessThanOrEqual(2 * 844);
      };
      await within(ui(page).token);
      await within(ui(page).status);
      await within(ui(page).header);
      // The copy buttons keep to one line.
      const copy = await page.getByRole('button', { name: 'Copy Header' }).boundingBox();
      expect(copy!.height).toBeLessThan(40);
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
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('not it');
    await expect(ui(page).status).toContainText('Invalid signature');
    await page.keyboard.press('ControlOrMeta+A');
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
