import { encodeUtf8Base64url } from '../src/core/encoding/base64url';
import { expect, open, pasteToken, seed, test, ui } from './support';

const [h, p, s] = seed.token.split('.') as [string, string, string];

test.describe('bad input', () => {
  const cases: [string, string, string][] = [
    ['only two parts', `${h}.${p}`, 'Token: only 2 parts: the signature part is missing'],
    ['one part', 'hello', 'Token: a JWS has 3 parts separated by dots; this has 1.'],
    [
      'a bad character',
      `${h}.${p.slice(0, 4)}*${p.slice(5)}.${s}`,
      'Payload: character "*" at position 4 is not base64url',
    ],
    ['standard base64', `${h}.${p}.${s.replace(/_/g, '/')}`, 'Signature: "/" at position'],
    ['padding', `${h}==.${p}.${s}`, 'Header: "=" padding at position'],
    [
      'a header that is not JSON',
      `${encodeUtf8Base64url('{"alg":HS256}')}.${p}.${s}`,
      'Header: invalid JSON at line 1, column 8',
    ],
    [
      'a header without alg',
      `${encodeUtf8Base64url('{"typ":"JWT"}')}.${p}.${s}`,
      'Header: the header has no "alg".',
    ],
  ];
  for (const [what, token, message] of cases) {
    test(`${what}: the alert names the part and the reason; the text stays as typed`, async ({
      page,
    }) => {
      await open(page);
      await pasteToken(page, token);
      await expect(ui(page).alert).toContainText(message);
      await expect(ui(page).token).toHaveValue(token);
      await expect(ui(page).status).not.toContainText('Signature verified');
      await expect(ui(page).status).not.toContainText('Invalid signature');
    });
  }

  const damaged: [string, string, string][] = [
    ['quoted', `"${seed.token}"`, 'Token: the token is wrapped in quotes'],
    [
      'URL-encoded',
      seed.token.replace(/\./g, '%2E'),
      'Token: the token is URL-encoded ("%2E" where a dot should be)',
    ],
    [
      'broken over lines',
      `${seed.token.slice(0, 30)}\n${seed.token.slice(30)}`,
      'Token: white space inside the token at position 30',
    ],
  ];
  for (const [what, token, message] of damaged) {
    test(`a token ${what} on its way here is named as such, and the bad character marked`, async ({
      page,
    }) => {
      await open(page);
      await pasteToken(page, token);
      await expect(ui(page).alert).toContainText(message);
      await expect(page.locator('mark.bad-char').first()).toBeAttached();
    });
  }

  test('a bad character is marked in the token where it is', async ({ page }) => {
    await open(page);
    await pasteToken(page, `${h}.${p.slice(0, 4)}*${p.slice(5)}.${s}`);
    await expect(page.locator('[data-part="payload"] mark.bad-char')).toHaveText('*');
  });

  test('a payload that is not JSON is shown as text with a notice, not an alert', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(page, `${h}.${encodeUtf8Base64url('hello, world')}.${s}`);
    await expect(ui(page).payload).toHaveValue('hello, world');
    await expect(page.getByText('Payload: not JSON: shown as text')).toBeVisible();
  });

  test('a broken part keeps the other pane decoded, and its own last good text', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(page, seed.token);
    await pasteToken(page, `${encodeUtf8Base64url('{"alg":"HS384"}')}.${p.slice(0, 3)}!.${s}`);
    await expect(ui(page).header).toHaveValue('{"alg":"HS384"}');
    await expect(ui(page).payload).toHaveValue(seed.payload);
  });

  test('an error in one pane never clears another pane', async ({ page }) => {
    await open(page);
    await ui(page).secret.fill('secret');
    await ui(page).header.fill('{"alg":');
    await ui(page).payload.fill('{"still":"here"}');
    await expect(ui(page).alert).toContainText('Header: invalid JSON');
    await expect(ui(page).payload).toHaveValue('{"still":"here"}');
    await expect(ui(page).header).toHaveValue('{"alg":');
    await expect(ui(page).secret).toHaveValue('secret');
  });
});
