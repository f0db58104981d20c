import { encodeUtf8Base64url } from '../src/core/encoding/base64url';
import { example, expect, open, pasteToken, test, ui } from './support';

const unsigned = (payload: object) =>
  `${encodeUtf8Base64url('{"alg":"none","typ":"JWT"}')}.${encodeUtf8Base64url(JSON.stringify(payload))}.`;

test.describe('claims', () => {
  test('one row per claim: name, value and meaning; time claims as ISO dates with a status', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-01-01T00:00:00Z'));
    await open(page);
    await pasteToken(
      page,
      unsigned({ iss: 'joe', exp: 1300819380, iat: 1300815780, team: 'blue' }),
    );
    const { claims } = ui(page);
    await expect(claims.getByRole('row')).toHaveCount(5);
    const exp = claims.getByRole('row', { name: /^exp\b/ });
    await expect(exp).toContainText('1300819380');
    await expect(exp).toContainText('2011-03-22T18:43:00.000Z');
    await expect(exp).toContainText('Expiration time');
    await expect(exp).toContainText('Expired');
    await expect(exp).toContainText(/expired \d+ years ago/);
    await expect(exp).toContainText('Lifetime: 1 hour');
    await expect(exp).toContainText('RFC 7519 §4.1.4');
    await expect(claims.getByRole('row', { name: /^iss\b/ })).toContainText('Issuer');
    await expect(claims.getByRole('row', { name: /^team\b/ })).toContainText('Private claim');
  });

  test('a token that is still valid says when it expires; nbf in the future is not yet valid', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-01-01T00:00:00Z'));
    await open(page);
    const now = Date.parse('2026-01-01T00:00:00Z') / 1000;
    await pasteToken(page, unsigned({ exp: now + 3 * 3600, nbf: now + 2 * 86400 }));
    await expect(ui(page).claims.getByRole('row', { name: /^exp\b/ })).toContainText(
      'expires in 3 hours',
    );
    await expect(ui(page).claims.getByRole('row', { name: /^nbf\b/ })).toContainText(
      'Not yet valid',
    );
  });

  test('numbers beyond 2^53 and numbers like 3.0 are shown as written and flagged', async ({
    page,
  }) => {
    await open(page);
    const payload = '{"id":12345678901234567890,"ratio":3.0,"n":1}';
    await pasteToken(
      page,
      `${encodeUtf8Base64url('{"alg":"none"}')}.${encodeUtf8Base64url(payload)}.`,
    );
    await expect(ui(page).claims.getByRole('row', { name: /^id\b/ })).toContainText(
      '12345678901234567890',
    );
    await expect(ui(page).claims.getByRole('row', { name: /^ratio\b/ })).toContainText('3.0');
    await expect(page.getByText('id = 12345678901234567890 is beyond 2^53')).toBeVisible();
    await expect(page.getByText('ratio = 3.0 is written unusually')).toBeVisible();
    await expect(ui(page).payload).toHaveValue(
      '{\n  "id": 12345678901234567890,\n  "ratio": 3.0,\n  "n": 1\n}',
    );
  });

  test('a NumericDate in milliseconds is pointed out', async ({ page }) => {
    await open(page);
    await pasteToken(page, unsigned({ exp: 1700000000000 }));
    await expect(ui(page).claims.getByRole('row', { name: /^exp\b/ })).toContainText(
      'Looks like milliseconds',
    );
  });

  test('header parameters are explained in their own table, inline', async ({ page }) => {
    await open(page);
    await pasteToken(page, example('es256').token);
    const table = page.getByRole('table', { name: 'Header parameters' });
    await expect(table.getByRole('row', { name: /^kid\b/ })).toContainText('Key ID');
    await expect(table.getByRole('row', { name: /^alg\b/ })).toContainText('RFC 7515 §4.1.1');
  });

  test('flask-jwt-extended claims are recognised', async ({ page }) => {
    await open(page);
    await pasteToken(page, example('flask-access').token);
    const { claims } = ui(page);
    for (const name of ['fresh', 'type', 'csrf', 'jti']) {
      await expect(claims.getByRole('row', { name: new RegExp(`^${name}`) })).not.toContainText(
        'Private claim',
      );
    }
  });
});
