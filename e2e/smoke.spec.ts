import { expect, test } from '@playwright/test';

test('the page loads with no console error and shows its title', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  await page.goto('/');
  await expect(page).toHaveTitle('JWT Debugger');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('JWT Debugger');
  expect(problems).toEqual([]);
});
