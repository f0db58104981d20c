import { expect, open, pasteToken, seed, test, ui } from './support';

test.describe('language', () => {
  test('switches the whole interface to Chinese and back, and remembers the choice', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(page, seed.token);
    await ui(page).language.selectOption({ label: '中文' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('JWT 调试器');
    await expect(page.getByRole('textbox', { name: '编码后的令牌' })).toHaveValue(seed.token);
    // The example's secret is shown: its verdict, in Chinese.
    await expect(page.getByRole('status', { name: '签名状态' })).toContainText('签名已验证');
    await expect(page.getByRole('table', { name: '声明' })).toContainText('私有声明');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('JWT 调试器');
    await page.getByRole('combobox', { name: '语言' }).selectOption({ label: 'English' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('JWT Debugger');
  });

  test.describe('for a browser set to Chinese', () => {
    test.use({ locale: 'zh-CN' });
    test('the first choice follows navigator.language', async ({ page }) => {
      await open(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('JWT 调试器');
      await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh');
    });
  });

  test('claim explanations come in Chinese too', async ({ page }) => {
    await open(page);
    await ui(page).language.selectOption('zh');
    await page.getByRole('textbox', { name: '载荷' }).fill('{"exp":1300819380}');
    await page
      .getByRole('textbox', { name: '编码后的令牌' })
      .fill('eyJhbGciOiJub25lIn0.eyJleHAiOjEzMDA4MTkzODB9.');
    await expect(page.getByRole('table', { name: '声明' })).toContainText('过期时间');
    await expect(page.getByRole('table', { name: '声明' })).toContainText('已过期');
  });
});
