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

  // What a token goes through on its way here is undone, and said (ui-contract.md, "Input
  // the token box accepts"); the token then verifies as itself.
  const damaged: [string, string, string][] = [
    ['in quotes', `"${seed.token}"`, 'Removed the quotes ("…") around the token.'],
    ['in quotes with a comma', `'${seed.token}',`, "Removed the quotes ('…') around the token."],
    ['URL-encoded', seed.token.replace(/\./g, '%2E'), 'Decoded 2 URL escapes'],
    [
      'broken over lines',
      `${seed.token.slice(0, 30)}\n${seed.token.slice(30, 80)}\t ${seed.token.slice(80)}`,
      'Joined the token: removed 3 white-space characters inside it, the first ("\\n") at position 30.',
    ],
    [
      'from an Authorization header',
      `Authorization: Bearer ${seed.token}`,
      'Removed the leading "Authorization: Bearer "',
    ],
    ['with BEARER in capitals', `BEARER ${seed.token}`, 'Removed the leading "Bearer "'],
    [
      'in a token response',
      JSON.stringify({ access_token: seed.token, token_type: 'Bearer', expires_in: 3600 }, null, 2),
      'Read the token from the JSON member "access_token".',
    ],
    ['with a dot too many', `${seed.token}.`, 'Removed a dot at the end'],
  ];
  for (const [what, token, notice] of damaged) {
    test(`a token ${what}: read as the token inside, and the page says what it undid`, async ({
      page,
    }) => {
      await open(page);
      await ui(page).secret.fill('secret');
      await pasteToken(page, token);
      await expect(page.getByText(notice)).toBeVisible();
      await expect(ui(page).token).toHaveValue(token);
      await expect(ui(page).payload).toHaveValue(seed.payload);
      await expect(ui(page).status).toContainText('Signature verified');
      await expect(ui(page).alert).toHaveCount(0);
    });
  }

  test('the parts of a token broken over lines are coloured where they are in the text', async ({
    page,
  }) => {
    await open(page);
    const token = `  Bearer ${seed.token.slice(0, 10)}\n${seed.token.slice(10)}`;
    await pasteToken(page, token);
    const [header] = seed.token.split('.');
    await expect(page.locator('[data-part="header"]')).toHaveText(
      `${header!.slice(0, 10)}\n${header!.slice(10)}`,
    );
    await expect(page.locator('[data-part="signature"]')).toHaveText(s);
  });

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

  test('a broken part keeps the other pane decoded and its own pane empty, never the last token', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(page, seed.token);
    await pasteToken(page, `${encodeUtf8Base64url('{"alg":"HS384"}')}.${p.slice(0, 3)}!.${s}`);
    await expect(ui(page).header).toHaveValue('{"alg":"HS384"}');
    await expect(ui(page).payload).toHaveValue('');
    await expect(ui(page).alert).toContainText('Payload: character "!" at position 3');
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
