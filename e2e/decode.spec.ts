import { encodeUtf8Base64url } from '../src/core/encoding/base64url';
import { expect, open, pasteToken, seed, test, ui, pretty } from './support';

test.describe('decode', () => {
  test('pasting a token decodes it into Header and Payload, each part in its own colour', async ({
    page,
  }) => {
    await open(page);
    const { token, header, payload } = ui(page);
    await pasteToken(page, seed.token);
    await expect(header).toHaveValue(pretty(seed.header));
    await expect(payload).toHaveValue(pretty(seed.payload));

    const [h, p, s] = seed.token.split('.');
    await expect(page.locator('[data-part="header"]')).toHaveText(h!);
    await expect(page.locator('[data-part="payload"]')).toHaveText(p!);
    await expect(page.locator('[data-part="signature"]')).toHaveText(s!);
    const colours = await page
      .locator('[data-part]')
      .evaluateAll((spans) => spans.map((span) => getComputedStyle(span).color));
    expect(new Set(colours).size).toBe(3);
    await expect(token).toHaveValue(seed.token);
  });

  test('the panes lay the JSON out with numbers and strings as written; a toggle shows the exact bytes', async ({
    page,
  }) => {
    await open(page);
    const headerText = '{"typ":"JWT",\r\n "alg":"none"}';
    const payloadText =
      '{"b": 1.0,   "a": [1,2],\r\n "id": 12345678901234567890, "s": "caf\\u00e9 \\"q\\""}';
    const token = `${encodeUtf8Base64url(headerText)}.${encodeUtf8Base64url(payloadText)}.`;
    await pasteToken(page, token);
    await expect(ui(page).header).toHaveValue('{\n  "typ": "JWT",\n  "alg": "none"\n}');
    await expect(ui(page).payload).toHaveValue(
      '{\n  "b": 1.0,\n  "a": [\n    1,\n    2\n  ],\n  "id": 12345678901234567890,\n  "s": "caf\\u00e9 \\"q\\""\n}',
    );
    const exact = page.getByRole('checkbox', { name: /Show the exact bytes/ });
    await exact.check();
    // A textarea reports line breaks as LF; everything else is as in the token.
    await expect(ui(page).header).toHaveValue(headerText.replace(/\r\n/g, '\n'));
    await expect(ui(page).payload).toHaveValue(payloadText.replace(/\r\n/g, '\n'));
    // The display never re-encodes the pasted token.
    await expect(ui(page).token).toHaveValue(token);
    await exact.uncheck();
    await expect(ui(page).header).toHaveValue('{\n  "typ": "JWT",\n  "alg": "none"\n}');
    await expect(ui(page).token).toHaveValue(token);
  });

  test('a leading "Bearer " and surrounding white space are stripped, and the page says so', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(page, `  Bearer ${seed.token}\n`);
    await expect(ui(page).payload).toHaveValue(pretty(seed.payload));
    await expect(page.getByText('Removed the leading "Bearer "')).toBeVisible();
    await expect(page.getByText('Ignored white space around the token.')).toBeVisible();
    await expect(ui(page).alert).toHaveCount(0);
  });

  test('an encrypted token (JWE) shows its header and says the rest is encrypted', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(page, `${encodeUtf8Base64url('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.a.b.c.d`);
    await expect(ui(page).header).toHaveValue(pretty('{"alg":"RSA-OAEP","enc":"A256GCM"}'));
    await expect(ui(page).status).toContainText('encrypted token (JWE)');
    await expect(ui(page).status).not.toContainText('Signature verified');
    await expect(ui(page).status).not.toContainText('Invalid signature');
  });

  test('alg "none" is unsigned, never verified', async ({ page }) => {
    await open(page);
    await pasteToken(
      page,
      `${encodeUtf8Base64url('{"alg":"none"}')}.${encodeUtf8Base64url('{"sub":"x"}')}.`,
    );
    await expect(ui(page).status).toContainText('Unsigned token');
    await expect(ui(page).status).not.toContainText('Signature verified');
    await expect(ui(page).status).not.toContainText('Invalid signature');
  });
});
