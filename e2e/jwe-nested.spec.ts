import * as jose from 'jose';
import jweKeys from '../src/core/jwe/__fixtures__/keys.json' with { type: 'json' };
import { expect, keys, open, pasteToken, pretty, test, ui } from './support';
import type { Page } from '@playwright/test';

/**
 * A nested JWT made in the page (issue 10 point 5: sign, then encrypt; RFC 7519 §5.2), checked
 * by jose in Node, then pasted back into a new page and judged as any nested JWE.
 */

const { rsa2048 } = jweKeys.keys;
const oct256 = jweKeys.secrets.oct256;

function jwe(page: Page) {
  return {
    decryptionKey: page.getByRole('textbox', { name: 'Decryption key', exact: true }),
    encryptionKey: page.getByRole('textbox', { name: 'Encryption key', exact: true }),
    status: page.getByRole('status', { name: 'Decryption status', exact: true }),
    inner: page.getByRole('textbox', { name: 'Inner header', exact: true }),
    nested: page.getByRole('checkbox', { name: 'Sign, then encrypt (nested JWT)', exact: true }),
    innerAlg: page.getByRole('combobox', { name: 'Inner algorithm', exact: true }),
  };
}

test.describe('sign, then encrypt (nested JWT)', () => {
  test('RSA-OAEP-256 around ES256: made in the page, jose decrypts it and verifies the JWS inside; pasted back, it verifies', async ({
    page,
    browser,
  }) => {
    await open(page);
    await ui(page).header.fill('{"alg":"RSA-OAEP-256","enc":"A256GCM"}');
    await ui(page).payload.fill('{"sub":"frank","role":"auditor"}');
    await jwe(page).encryptionKey.fill(rsa2048.spki);
    // A plain JWE has no signature: no signing key box.
    await expect(ui(page).privateKey).toHaveCount(0);
    await jwe(page).nested.check();
    await jwe(page).innerAlg.selectOption('ES256');
    // The usual key boxes follow the inner alg.
    await expect(ui(page).secret).toHaveCount(0);
    await ui(page).privateKey.fill(keys.p256.pkcs8);
    await jwe(page).decryptionKey.fill(rsa2048.pkcs8);
    await expect(jwe(page).status).toContainText('Decrypted');
    await expect(jwe(page).inner).toHaveValue(pretty('{"alg":"ES256","typ":"JWT"}'));
    await expect(ui(page).payload).toHaveValue('{"sub":"frank","role":"auditor"}');
    await expect(ui(page).status).toContainText('Signature verified');
    const token = await ui(page).token.inputValue();

    const { plaintext, protectedHeader } = await jose.compactDecrypt(
      token,
      await jose.importPKCS8(rsa2048.pkcs8, 'RSA-OAEP-256'),
    );
    expect(protectedHeader).toEqual({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' });
    const verified = await jose.compactVerify(
      new TextDecoder().decode(plaintext),
      await jose.importSPKI(keys.p256.spki, 'ES256'),
    );
    expect(verified.protectedHeader).toEqual({ alg: 'ES256', typ: 'JWT' });
    expect(new TextDecoder().decode(verified.payload)).toBe('{"sub":"frank","role":"auditor"}');

    const fresh = await browser.newPage();
    await open(fresh);
    await pasteToken(fresh, token);
    await jwe(fresh).decryptionKey.fill(rsa2048.pkcs8);
    await expect(jwe(fresh).status).toContainText('Decrypted');
    await expect(jwe(fresh).inner).toHaveValue(pretty('{"alg":"ES256","typ":"JWT"}'));
    await ui(fresh).publicKey.fill(keys.p256.spki);
    await expect(ui(fresh).status).toContainText('Signature verified');
    await ui(fresh).publicKey.fill(keys.p256b.spki);
    await expect(ui(fresh).status).toContainText('Invalid signature');
    await fresh.close();
  });

  test('dir around HS256: the Secret box comes with the checkbox, and jose checks both layers', async ({
    page,
  }) => {
    await open(page);
    await ui(page).header.fill('{"alg":"dir","enc":"A256GCM"}');
    await ui(page).payload.fill('{"sub":"gina"}');
    await jwe(page).encryptionKey.fill(oct256);
    await jwe(page).decryptionKey.fill(oct256);
    await expect(jwe(page).status).toContainText('Decrypted');
    const plain = await ui(page).token.inputValue();
    await expect(ui(page).secret).toHaveCount(0);
    await jwe(page).nested.check();
    await expect(jwe(page).innerAlg).toHaveValue('HS256');
    await ui(page).secret.fill('a nested secret');
    await expect(jwe(page).inner).toHaveValue(pretty('{"alg":"HS256","typ":"JWT"}'));
    await expect(ui(page).status).toContainText('Signature verified');
    const token = await ui(page).token.inputValue();
    expect(token).not.toBe(plain);
    const { plaintext, protectedHeader } = await jose.compactDecrypt(
      token,
      jose.base64url.decode(oct256),
    );
    expect(protectedHeader.cty).toBe('JWT');
    await jose.compactVerify(
      new TextDecoder().decode(plaintext),
      new TextEncoder().encode('a nested secret'),
    );
    // Unchecked again: the payload itself is encrypted, and no signature is judged.
    await jwe(page).nested.uncheck();
    await expect(jwe(page).inner).toHaveCount(0);
    await expect(jwe(page).status).toContainText('Decrypted');
    const { plaintext: again } = await jose.compactDecrypt(
      await ui(page).token.inputValue(),
      jose.base64url.decode(oct256),
    );
    expect(new TextDecoder().decode(again)).toBe('{"sub":"gina"}');
  });
});
