import { constants, createPrivateKey, privateDecrypt } from 'node:crypto';
import * as jose from 'jose';
import jweKeys from '../src/core/jwe/__fixtures__/keys.json' with { type: 'json' };
import rfc from '../src/core/sd-jwt/__fixtures__/rfc9901-examples.json' with { type: 'json' };
import { expect, open, openWithJson, pasteToken, test, ui } from './support';
import type { Page } from '@playwright/test';

/**
 * The learning views of a JWE and an SD-JWT (issue 10 point 6, issue 11 point 6): real values,
 * checked against jose and Node's crypto (the JWE) and RFC 9901's printed digests (the SD-JWT).
 */

const { rsa2048 } = jweKeys.keys;
const oct256 = jweKeys.secrets.oct256;
const plaintext = new TextEncoder().encode('{"sub":"alice","scope":"read"}');
const presentation = rfc.examples.find((entry) => entry.id === 'RFC 9901 §5.2 presentation')!;
/** The disclosures the presentation carries, in the order of its text. */
const carried = presentation.disclosures
  .filter((d) => presentation.sdJwt.includes(`~${d.disclosure}~`))
  .sort(
    (a, b) => presentation.sdJwt.indexOf(a.disclosure) - presentation.sdJwt.indexOf(b.disclosure),
  );

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

function learn(page: Page) {
  return {
    how: page.locator('details', { has: page.getByText("How it's made", { exact: true }) }),
    howSummary: page.getByText("How it's made", { exact: true }),
    steps: page
      .locator('details', { has: page.getByText("How it's made", { exact: true }) })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 4 }) }),
    decryptionKey: page.getByRole('textbox', { name: 'Decryption key', exact: true }),
    decryption: page.getByRole('status', { name: 'Decryption status', exact: true }),
  };
}

function step(page: Page, title: string) {
  return learn(page).steps.filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

test.describe('learning views of a JWE', () => {
  test('dir: the CEK is unknown until decrypted, then it is the key; IV, AAD and tag are the token’s', async ({
    page,
  }) => {
    const token = await new jose.CompactEncrypt(plaintext)
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .encrypt(jose.base64url.decode(oct256));
    const [header, , iv, , tag] = token.split('.');
    await open(page);
    await pasteToken(page, token);
    await learn(page).howSummary.click();
    await expect(learn(page).how).toContainText('unknown until decrypted');
    const cek = step(page, 'Content encryption key (CEK)');
    await expect(cek).toContainText('CEK: unknown until decrypted');
    // What the token's text says is shown before any key.
    await expect(step(page, 'Initialization vector (IV)')).toContainText(`base64url: ${iv}`);
    await expect(step(page, 'Additional authenticated data (AAD)')).toContainText(
      hex(new TextEncoder().encode(header)),
    );
    await learn(page).decryptionKey.fill(oct256);
    await expect(learn(page).decryption).toContainText('Decrypted');
    // RFC 7518 §4.5: with dir, the shared key is the CEK.
    await expect(cek).toContainText(`base64url: ${oct256}`);
    await expect(cek).not.toContainText('unknown until decrypted');
    await expect(step(page, 'Ciphertext and authentication tag')).toContainText(
      `base64url: ${tag}`,
    );
    await expect(step(page, 'Compact serialization')).toContainText(token);
    // A wrong key: the values of the right one are not shown for it.
    await learn(page).decryptionKey.fill(jose.base64url.encode(new Uint8Array(32).fill(7)));
    await expect(learn(page).decryption).toContainText('Decryption failed');
    await expect(cek).toContainText('CEK: unknown until decrypted');
    await expect(learn(page).how).not.toContainText(oct256);
  });

  test('RSA-OAEP-256: the CEK shown is the one Node’s crypto unwraps from the encrypted key; the snippets decrypt', async ({
    page,
  }) => {
    const token = await new jose.CompactEncrypt(plaintext)
      .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A128CBC-HS256' })
      .encrypt(await jose.importSPKI(rsa2048.spki, 'RSA-OAEP-256'));
    const cek = privateDecrypt(
      {
        key: createPrivateKey(rsa2048.pkcs8),
        padding: constants.RSA_PKCS1_OAEP_PADDING,
        oaepHash: 'sha256',
      },
      jose.base64url.decode(token.split('.')[1]!),
    );
    await open(page);
    await pasteToken(page, token);
    await learn(page).decryptionKey.fill(rsa2048.pkcs8);
    await expect(learn(page).decryption).toContainText('Decrypted');
    await learn(page).howSummary.click();
    await expect(step(page, 'Content encryption key (CEK)')).toContainText(
      `hex:       ${cek.toString('hex')}`,
    );
    // RFC 7518 §5.2.2.1: MAC_KEY is the CEK's first half, ENC_KEY its second.
    const encrypt = step(page, 'Ciphertext and authentication tag');
    await expect(encrypt).toContainText(`hex:       ${cek.subarray(0, 16).toString('hex')}`);
    await expect(encrypt).toContainText(`hex:       ${cek.subarray(16).toString('hex')}`);
    await page.getByText('Decrypt it in your code', { exact: true }).click();
    for (const library of ['Node: jose', 'Python: jwcrypto', 'Python: joserfc', 'Java: jose4j']) {
      await page.getByRole('tab', { name: library, exact: true }).click();
      await expect(page.getByRole('tabpanel')).toContainText('RSA-OAEP-256');
    }
    await page.getByRole('tab', { name: 'Node: jose', exact: true }).click();
    await expect(page.getByRole('tabpanel')).toContainText('compactDecrypt');
  });

  test('keyboard only: the JWE learning views open and their tabs move with the arrow keys', async ({
    page,
  }) => {
    const token = await new jose.CompactEncrypt(plaintext)
      .setProtectedHeader({ alg: 'dir', enc: 'A128GCM' })
      .encrypt(new Uint8Array(16).fill(1));
    await open(page);
    await pasteToken(page, token);
    await page.locator('summary', { hasText: "How it's made" }).focus();
    await page.keyboard.press('Enter');
    await expect(step(page, 'Key management mode')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.locator('summary', { hasText: 'Decrypt it in your code' })).toBeFocused();
    await page.keyboard.press('Enter');
    const first = page.getByRole('tab', { name: 'Node: jose', exact: true });
    await expect(first).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Python: jwcrypto', exact: true })).toBeFocused();
    await expect(page.getByRole('tabpanel')).toContainText('jwcrypto');
  });
});

test.describe('learning views of an SD-JWT', () => {
  test('RFC 9901 §5.2: each disclosure made step by step, its digest the Disclosures row’s', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(page, presentation.sdJwt);
    const table = page.getByRole('table', { name: 'Disclosures', exact: true });
    await expect(table.getByRole('row')).toHaveCount(carried.length + 1);
    await learn(page).howSummary.click();
    const chooser = page.getByRole('combobox', { name: 'Disclosure', exact: true });
    for (const [index, disclosure] of carried.entries()) {
      await chooser.selectOption({ index });
      const row = table.getByRole('row').nth(index + 1);
      const digest = step(page, 'Digest');
      await expect(digest).toContainText(disclosure.digest);
      await expect(row).toContainText(disclosure.digest);
      await expect(step(page, 'Base64url: the disclosure')).toContainText(disclosure.disclosure);
      await expect(step(page, 'JSON array')).toContainText(
        Buffer.from(disclosure.disclosure, 'base64url').toString('utf8'),
      );
      await expect(step(page, 'Salt, claim name and value')).toContainText(
        JSON.stringify(disclosure.contents[0]),
      );
    }
    // §4.3.1: the KB-JWT's sd_hash, computed over the presentation, matches.
    const sdHash = step(page, 'Key binding: sd_hash');
    await expect(sdHash).toContainText(`sd_hash: ${presentation.kbPayload!.sd_hash}`);
    await expect(sdHash).toContainText('The KB-JWT’s sd_hash is this value.');
    // The issuer-signed JWT is rebuilt below as any JWS.
    const [issuerHeader, issuerPayload] = presentation.sdJwt.split('~')[0]!.split('.');
    await expect(step(page, 'Signing input')).toContainText(`${issuerHeader}.${issuerPayload}`);
    await page.getByText('Verify it in your code', { exact: true }).click();
    await expect(page.getByRole('tab', { name: 'TypeScript: @sd-jwt/core' })).toBeVisible();
    await expect(page.getByRole('tabpanel')).toContainText('@sd-jwt/core');
    await page.getByRole('tab', { name: 'Python: PyJWT', exact: true }).click();
    await expect(page.getByRole('tabpanel')).toContainText('import jwt');
  });

  test('RFC 9901 §8.2, the JSON serialization: the same steps, with the KB-JWT’s sd_hash over the compact form', async ({
    page,
  }) => {
    const json = rfc.jsonExamples.find((e) => e.id === 'RFC 9901 §8.2 presentation')!.jws;
    await openWithJson(page, json);
    await learn(page).howSummary.click();
    const first = json.header!.disclosures[0]!;
    await expect(step(page, 'Base64url: the disclosure')).toContainText(first);
    await expect(step(page, 'Key binding: sd_hash')).toContainText(
      'The KB-JWT’s sd_hash is this value.',
    );
  });

  test('in Chinese: the JWE and SD-JWT steps and their notes', async ({ page }) => {
    await open(page);
    await pasteToken(page, presentation.sdJwt);
    await ui(page).language.selectOption({ label: '中文' });
    await page.getByText('令牌是如何生成的', { exact: true }).click();
    await expect(page.getByRole('heading', { name: '摘要', exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '披露项', exact: true })).toBeVisible();
    const token = await new jose.CompactEncrypt(plaintext)
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .encrypt(jose.base64url.decode(oct256));
    // The token box by its id: its name is in Chinese now.
    await page.locator('#token').fill(token);
    await expect(
      page.getByRole('heading', { name: '内容加密密钥（CEK）', exact: true }),
    ).toBeVisible();
    await expect(page.getByText('CEK: 解密后可知')).toBeVisible();
    await page.getByText('在你的代码中解密', { exact: true }).click();
    await expect(page.getByRole('tab', { name: 'Node: jose', exact: true })).toBeVisible();
  });
});

test.describe('learning views at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('a JWE’s and an SD-JWT’s steps and snippets never scroll the page sideways', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(page, presentation.sdJwt);
    await learn(page).howSummary.click();
    await page.getByText('Verify it in your code', { exact: true }).click();
    await expect(step(page, 'Digest')).toBeVisible();
    await expect(page.getByRole('tabpanel')).toBeVisible();
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(390);
    const token = await new jose.CompactEncrypt(plaintext)
      .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })
      .encrypt(await jose.importSPKI(rsa2048.spki, 'RSA-OAEP-256'));
    await pasteToken(page, token);
    await learn(page).decryptionKey.fill(rsa2048.pkcs8);
    await expect(step(page, 'Compact serialization')).toBeVisible();
    await expect(page.getByRole('tabpanel')).toContainText('RSA-OAEP-256');
    expect(await width()).toBeLessThanOrEqual(390);
  });
});
