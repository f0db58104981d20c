import { expect, open, pasteToken, seed, test, ui } from './support';

test.describe("how it's made", () => {
  test('rebuilds the seed example step by step with its real values', async ({ page }) => {
    await open(page);
    await pasteToken(page, seed.token);
    await page.getByText("How it's made").click();
    const steps = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 4 }) });
    await expect(steps).toHaveCount(11);
    await expect(steps.nth(0)).toContainText('{"alg":"HS256","typ":"JWT"}');
    await expect(steps.nth(1)).toContainText('27 bytes');
    await expect(steps.nth(1)).toContainText(
      '7b22616c67223a224853323536222c22747970223a224a5754227d',
    );
    await expect(steps.nth(3)).toContainText('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9');
    await expect(steps.nth(4)).toContainText('{"some":"payload"}');
    await expect(steps.nth(8)).toContainText(
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzb21lIjoicGF5bG9hZCJ9',
    );
    await expect(steps.nth(9)).toContainText('HMACSHA256(');
    await expect(steps.nth(9)).toContainText(
      'base64UrlEncode(header) + "." + base64UrlEncode(payload)',
    );
    await expect(steps.nth(9)).toContainText('secret');
    await expect(steps.nth(10)).toContainText(
      'e2dc05b79362ce737ce005a8a3577b28ed53ff2a1cd19e973a9395b3069c3d98',
    );
    await expect(steps.nth(10)).toContainText('4twFt5NiznN84AWoo1d7KO1T_yoc0Z6XOpOVswacPZg');
  });

  test('marks what base64url changes in the real text, and follows edits', async ({ page }) => {
    await open(page);
    await page.getByText("How it's made").click();
    await ui(page).secret.fill('secret');
    await ui(page).payload.fill('{"x":"??>>~~"}');
    const steps = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 4 }) });
    await expect(steps.nth(6)).toContainText('eyJ4IjoiPz8+Pn5+In0=');
    await expect(steps.nth(6).locator('mark')).toHaveText(['+', '+', '=']);
    await expect(steps.nth(7)).toContainText('eyJ4IjoiPz8-Pn5-In0');
    await expect(steps.nth(7)).toContainText('2 +, 0 /, 1 = here');
  });
});
