import { createHmac } from 'node:crypto';
import { encodeUtf8Base64url } from '../src/core/encoding/base64url';
import { expect, open, pasteToken, seed, test, ui, pretty } from './support';

const SECRET = 'a-string-secret-at-least-256-bits-long';

/** An HS256 token of about `bytes` characters, signed with SECRET. */
function largeToken(bytes: number): { token: string; signature: string; payload: string } {
  const payload = JSON.stringify({ sub: 'alice', data: 'x'.repeat((bytes * 3) / 4) });
  const input = `${encodeUtf8Base64url('{"alg":"HS256","typ":"JWT"}')}.${encodeUtf8Base64url(payload)}`;
  const signature = createHmac('sha256', SECRET).update(input).digest('base64url');
  return { token: `${input}.${signature}`, signature, payload };
}

const view = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: "The token's text, drawn where it is in view" });

test.describe('a large token', () => {
  test('is drawn only where it is in view, in colour, and reads back whole', async ({ page }) => {
    await open(page);
    // This Chromium decodes through its own base64 (src/core/encoding/base64url-native.ts).
    expect(await page.evaluate(() => typeof Reflect.get(Uint8Array, 'fromBase64'))).toBe(
      'function',
    );
    const { token } = largeToken(1_000_000);
    await pasteToken(page, token);
    await expect(view(page)).toBeVisible();
    // The box keeps every character; the view draws a few screens of lines, not a megabyte.
    expect(await ui(page).token.inputValue()).toBe(token);
    const lines = view(page).locator('.large-line');
    expect(await lines.count()).toBeGreaterThan(5);
    expect(await lines.count()).toBeLessThan(200);
    expect((await view(page).innerText()).length).toBeLessThan(20_000);
    await expect(lines.first()).toHaveText(
      token.slice(0, (await lines.first().innerText()).length),
    );
    await expect(view(page).locator('.part-header').first()).toBeVisible();
    await expect(view(page).locator('.part-payload').first()).toBeVisible();
    // The parts as ui-contract.md names them are still there, whole.
    const [h, p, s] = token.split('.');
    await expect(page.locator('[data-part="header"]')).toHaveText(h!);
    await expect(page.locator('[data-part="payload"]')).toHaveText(p!);
    await expect(page.locator('[data-part="signature"]')).toHaveText(s!);
    await expect(ui(page).status).toContainText('Enter the secret');
    await expect(ui(page).claims).toContainText('alice');
    // A claim of 750,000 characters is shown as far as its first 2,000.
    await expect(ui(page).claims).toContainText(`"${'x'.repeat(2000)}…`);
    await expect(ui(page).claims).toContainText('… and 748,000 more characters');
  });

  test('scrolls by wheel and by keys, drawing the lines that come into view', async ({ page }) => {
    await open(page);
    const { token, signature } = largeToken(300_000);
    await pasteToken(page, token);
    await expect(view(page)).toBeVisible();
    await expect(view(page)).not.toContainText(signature);
    // After a paste the view has focus: End goes to the last line, where the signature is.
    await expect(view(page)).toBeFocused();
    // Lines drawn: the view has measured its lines, so it has a height to scroll in.
    await expect(view(page).locator('.large-line').first()).toBeVisible();
    await page.keyboard.press('End');
    await expect(view(page)).toContainText(signature.slice(-10));
    await page.keyboard.press('Home');
    await expect(view(page)).not.toContainText(signature.slice(-10));
    // The wheel and a click are the view's: it lies over the textarea.
    await view(page).hover();
    await page.mouse.wheel(0, 1_000_000);
    await expect(view(page)).toContainText(signature.slice(-10));
  });

  test('editing keys in the view edit the token in the box', async ({ page }) => {
    await open(page);
    const { token } = largeToken(300_000);
    await pasteToken(page, token);
    await expect(view(page)).toBeFocused();
    await page.keyboard.press('Backspace');
    await expect(ui(page).token).toBeFocused();
    await expect(ui(page).token).toHaveValue(token.slice(0, -1));
    // Select all, then a paste over it: a small token again, edited as usual.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(seed.token);
    await expect(ui(page).token).toHaveValue(seed.token);
    await expect(ui(page).payload).toHaveValue(pretty(seed.payload));
    await expect(view(page)).toHaveCount(0);
  });

  test('a click or tap on the view is for editing; leaving the box brings the view back', async ({
    page,
  }) => {
    await open(page);
    const { token } = largeToken(300_000);
    await pasteToken(page, token);
    await view(page).click();
    await expect(ui(page).token).toBeFocused();
    await expect(view(page)).toHaveCount(0);
    await page.keyboard.type('!');
    await expect(ui(page).token).toHaveValue(`${token}!`);
    await expect(ui(page).alert).toContainText('Signature');
    await page.getByRole('heading', { level: 1 }).click();
    await expect(view(page)).toBeVisible();
    await expect(ui(page).token).toHaveValue(`${token}!`);
  });

  test('verifies, and gives way to the next token whichever way it comes', async ({ page }) => {
    await open(page);
    await ui(page).secret.fill(SECRET);
    const first = largeToken(1_000_000);
    await pasteToken(page, first.token);
    await expect(ui(page).status).toContainText('Signature verified');
    await expect(ui(page).token).toHaveValue(first.token);
    // Large over large, small over large, empty over large, large over empty.
    const second = largeToken(200_000);
    await pasteToken(page, second.token);
    await expect(ui(page).token).toHaveValue(second.token);
    await expect(ui(page).status).toContainText('Signature verified');
    await pasteToken(page, seed.token);
    await expect(ui(page).token).toHaveValue(seed.token);
    await expect(ui(page).header).toHaveValue(pretty(seed.header));
    await pasteToken(page, second.token);
    await expect(view(page)).toBeVisible();
    await pasteToken(page, '');
    await expect(ui(page).token).toHaveValue('');
    await pasteToken(page, first.token);
    await expect(ui(page).token).toHaveValue(first.token);
    await expect(ui(page).status).toContainText('Signature verified');
    // Editing the payload of a large token makes a new large token, shown in the view.
    await page.getByRole('button', { name: 'Show all to edit' }).click();
    await ui(page).payload.fill(first.payload.replace('alice', 'bob'));
    await expect(ui(page).claims).toContainText('bob');
    await expect(ui(page).token).not.toHaveValue(first.token);
    await expect(view(page)).toBeVisible();
  });

  test('survives a reload within the tab, drawn in the view', async ({ page }) => {
    await open(page);
    const { token } = largeToken(300_000);
    await pasteToken(page, token);
    await expect(view(page)).toBeVisible();
    // The token is kept for a reload 300 ms after the last change.
    await expect
      .poll(() => page.evaluate(() => sessionStorage.getItem('jwt-debugger.token')))
      .toBe(token);
    await page.reload();
    await expect(ui(page).token).toHaveValue(token);
    await expect(view(page)).toBeVisible();
  });

  test('a large payload is drawn in its pane only where it is in view, in colour, and is edited as text', async ({
    page,
  }) => {
    await open(page);
    await ui(page).secret.fill(SECRET);
    // Over 20,000 characters laid out, in claims of several rows each: a table of a hundred.
    const claims = Object.fromEntries(
      Array.from({ length: 100 }, (_, i) => [`claim${i}`, `value ${i} ${'x'.repeat(250)}`]),
    );
    const payload = JSON.stringify({ sub: 'alice', ...claims, last: [1, true, null] });
    const input = `${encodeUtf8Base64url('{"alg":"HS256","typ":"JWT"}')}.${encodeUtf8Base64url(payload)}`;
    const token = `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`;
    await pasteToken(page, token);
    await expect(ui(page).status).toContainText('Signature verified');
    const payloadView = page.getByRole('region', { name: 'Payload, drawn where it is in view' });
    await expect(payloadView).toBeVisible();
    // The box holds the whole text, laid out; the view draws the lines in view, coloured.
    await expect(ui(page).payload).toHaveValue(pretty(payload));
    const lines = payloadView.locator('.large-line');
    await expect(lines.first()).toHaveText('{');
    await expect(lines.nth(1)).toHaveText('  "sub": "alice",');
    expect(await lines.count()).toBeLessThan(100);
    await expect(payloadView.locator('.json-key').first()).toHaveText('"sub"');
    await expect(payloadView.locator('.json-string').first()).toHaveText('"alice"');
    // Scrolled to its end, the view draws the last lines.
    await payloadView.evaluate((element) => (element.scrollTop = element.scrollHeight));
    await expect(payloadView).toContainText('"last": [');
    await expect(payloadView.locator('.json-literal').last()).toHaveText('null');
    // A click is for editing: the text box takes focus, and an edit makes a new token.
    await payloadView.click();
    await expect(ui(page).payload).toBeFocused();
    await expect(payloadView).toHaveCount(0);
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.insertText(',\n  "added": 1');
    await expect(ui(page).claims).toContainText('added');
    await expect(ui(page).token).not.toHaveValue(token);
    // Leaving the box brings the view back, with the edit.
    await page.getByRole('heading', { level: 1 }).click();
    await expect(payloadView).toBeVisible();
  });
});
