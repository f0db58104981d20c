import * as jose from 'jose';
import {
  expect,
  keys,
  notSupported,
  open,
  pasteToken,
  pretty,
  seed,
  test,
  ui,
  webCryptoHas,
} from './support';

test.describe('encode', () => {
  test('the seed example comes out byte for byte when typed into Header, Payload and Secret', async ({
    page,
  }) => {
    await open(page);
    const { header, payload, secret, token, status } = ui(page);
    await header.fill(seed.header);
    await payload.fill(seed.payload);
    await secret.fill(seed.secret);
    await expect(token).toHaveValue(seed.token);
    await expect(status).toContainText('Signature verified');
  });

  test('edits re-sign; changing the key afterwards re-signs too, until the token is edited', async ({
    page,
  }) => {
    await open(page);
    const { payload, secret, token } = ui(page);
    await secret.fill('secret');
    await payload.fill('{"sub":"bob"}');
    await expect(token).toHaveValue(/^eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\.eyJzdWIiOiJib2IifQ\./);
    const first = await token.inputValue();
    await expect(jose.jwtVerify(first, new TextEncoder().encode('secret'))).resolves.toBeTruthy();
    await secret.fill('another-secret');
    await expect(token).not.toHaveValue(first);
    const second = await token.inputValue();
    await expect(
      jose.jwtVerify(second, new TextEncoder().encode('another-secret')),
    ).resolves.toBeTruthy();
    // Editing the token hands the lead back: a new key only re-verifies.
    await token.fill(first);
    await secret.fill('third-secret');
    await expect(ui(page).status).toContainText('Invalid signature');
    await expect(token).toHaveValue(first);
  });

  const SIGNING = [
    { alg: 'RS256', key: keys.rsa2048 },
    { alg: 'PS512', key: keys.rsa2048 },
    { alg: 'ES384', key: keys.p384 },
    { alg: 'EdDSA', key: keys.ed25519 },
    { alg: 'Ed25519', key: keys.ed25519 },
  ] as const;
  for (const { alg, key } of SIGNING) {
    test(`${alg}: the page signs with a pasted private key, and jose verifies the token`, async ({
      page,
    }) => {
      await open(page);
      const { algorithm, privateKey, payload, token, status } = ui(page);
      await algorithm.selectOption(alg);
      await expect(ui(page).header).toHaveValue(pretty(`{"alg":"${alg}","typ":"JWT"}`));
      await privateKey.fill(key.pkcs8);
      await payload.fill('{"sub":"carol","n":1}');
      // "Signature verified" is shown only for the token made for the panes as they are now.
      await expect(status).toContainText('Signature verified');
      const signed = await token.inputValue();
      const result = await jose.jwtVerify(signed, await jose.importSPKI(key.spki, alg));
      expect(result.payload).toEqual({ sub: 'carol', n: 1 });
      expect(result.protectedHeader).toEqual({ alg, typ: 'JWT' });
    });
  }

  for (const alg of ['ML-DSA-44', 'ML-DSA-65']) {
    test(`${alg}: Generate key signs, and the browser's own WebCrypto verifies the token`, async ({
      page,
    }) => {
      await open(page);
      await ui(page).algorithm.selectOption(alg);
      if (!(await webCryptoHas(page, alg))) {
        // This browser has no ML-DSA (Chromium 150): said, and no key to generate.
        await expect(page.getByText(notSupported(alg)).first()).toBeVisible();
        await expect(page.getByRole('button', { name: 'Generate key' })).toBeDisabled();
        return;
      }
      await page.getByRole('button', { name: 'Generate key' }).click();
      await expect(ui(page).status).toContainText('Signature verified');
      const token = await ui(page).token.inputValue();
      const publicPem = await ui(page).publicKey.inputValue();
      const verified = await page.evaluate(
        async ({ token, publicPem, alg }) => {
          const b64 = publicPem.replace(/-----[A-Z ]+-----|\s/g, '');
          const spki = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const key = await crypto.subtle.importKey('spki', spki, { name: alg }, false, ['verify']);
          const [h, p, s] = token.split('.');
          const signature = Uint8Array.from(atob(s!.replace(/-/g, '+').replace(/_/g, '/')), (c) =>
            c.charCodeAt(0),
          );
          return crypto.subtle.verify(
            { name: alg },
            key,
            signature,
            new TextEncoder().encode(`${h}.${p}`),
          );
        },
        { token, publicPem, alg },
      );
      expect(verified).toBe(true);
    });
  }

  test('invalid JSON keeps the last good token and the alert names the part, line and column', async ({
    page,
  }) => {
    await open(page);
    const { payload, token, alert, secret } = ui(page);
    await secret.fill('secret');
    await payload.fill('{"ok":true}');
    await expect(ui(page).status).toContainText('Signature verified');
    const good = await token.inputValue();
    await payload.fill('{\n  "ok": true,\n}');
    await expect(alert).toContainText('Payload: invalid JSON at line 3, column 1');
    await expect(token).toHaveValue(good);
    await expect(payload).toHaveValue('{\n  "ok": true,\n}');
  });

  test('no key that can sign: the alert says so and the token keeps its last good content', async ({
    page,
  }) => {
    await open(page);
    const before = await ui(page).token.inputValue();
    await ui(page).algorithm.selectOption('RS256');
    await expect(ui(page).alert).toContainText(
      'Key: paste or generate a private key to sign a RS256 token.',
    );
    await expect(ui(page).token).toHaveValue(before);
  });

  test('big integers keep every digit when another claim is edited', async ({ page }) => {
    await open(page);
    await ui(page).secret.fill('secret');
    await ui(page).payload.fill('{"id": 12345678901234567890, "n": 1}');
    await ui(page).payload.fill('{"id": 12345678901234567890, "n": 2}');
    await expect(ui(page).status).toContainText('Signature verified');
    const [, payload] = (await ui(page).token.inputValue()).split('.');
    expect(Buffer.from(payload!, 'base64url').toString()).toBe('{"id":12345678901234567890,"n":2}');
  });

  test('typing in the laid-out Payload re-encodes its compact JSON and re-signs', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(page, seed.token);
    await ui(page).secret.fill('secret');
    await expect(ui(page).status).toContainText('Signature verified');
    await expect(ui(page).payload).toHaveValue(pretty(seed.payload));
    // One character typed into the laid-out text, as a person would: after "payload".
    await ui(page).payload.focus();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('!');
    await expect(ui(page).payload).toHaveValue('{\n  "some": "payload!"\n}');
    await expect(ui(page).status).toContainText('Signature verified');
    const [header, payload] = (await ui(page).token.inputValue()).split('.');
    expect(Buffer.from(header!, 'base64url').toString()).toBe(seed.header);
    expect(Buffer.from(payload!, 'base64url').toString()).toBe('{"some":"payload!"}');
  });
  test('a token made while the whole token box is selected stays selected: a paste replaces it', async ({
    page,
  }) => {
    await open(page);
    const { payload, token } = ui(page);
    await payload.fill('{"sub":"bob"}');
    await expect(token).toHaveValue(/\.eyJzdWIiOiJib2IifQ\./);
    const before = await token.inputValue();
    await token.focus();
    await page.keyboard.press('ControlOrMeta+A');
    // The payload changes with the token box focused and selected, as when a made token lands
    // between a person's select-all and their paste: typed into the payload from a script.
    await payload.evaluate((box: HTMLTextAreaElement) => {
      const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      set.call(box, '{"sub":"carol"}');
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect(token).not.toHaveValue(before);
    await expect(token).toBeFocused();
    const made = await token.inputValue();
    expect(made).toMatch(/\.eyJzdWIiOiJjYXJvbCJ9\./);
    expect(
      await token.evaluate((box: HTMLTextAreaElement) => [box.selectionStart, box.selectionEnd]),
    ).toEqual([0, made.length]);
    await page.keyboard.insertText(seed.token);
    await expect(token).toHaveValue(seed.token);
  });
});
