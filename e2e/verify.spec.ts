import * as jose from 'jose';
import {
  example,
  expect,
  keys,
  notSupported,
  open,
  pasteToken,
  seed,
  test,
  ui,
  webCryptoHas,
} from './support';

const FAMILIES = [
  { alg: 'RS256', key: keys.rsa2048, other: keys.rsa2048b },
  { alg: 'PS384', key: keys.rsa2048, other: keys.rsa2048b },
  { alg: 'ES256', key: keys.p256, other: keys.p256b },
  { alg: 'EdDSA', key: keys.ed25519, other: keys.ed25519b },
] as const;

test.describe('verify', () => {
  test('the page opens on the seed example, verified with its secret shown and flagged as weak', async ({
    page,
  }) => {
    await open(page);
    const { secret, status, token } = ui(page);
    await expect(token).toHaveValue(seed.token);
    await expect(secret).toHaveValue('secret');
    await expect(status).toContainText('Signature verified');
    await expect(
      page.getByText('This secret is on public lists of well-known JWT secrets'),
    ).toBeVisible();
    // A token of its own pasted in: the example's secret is not its key.
    const other = example('hs384');
    await pasteToken(page, other.token);
    await expect(secret).toHaveValue('');
    await expect(status).toContainText('Enter the secret');
    await expect(status).not.toContainText('Invalid signature');
  });

  test('HS256: the seed token verifies with its secret, not with another', async ({ page }) => {
    await open(page);
    const { secret, status } = ui(page);
    await pasteToken(page, seed.token);
    await secret.fill('');
    await expect(status).not.toContainText('Signature verified');
    await expect(status).not.toContainText('Invalid signature');
    await expect(status).toContainText('Enter the secret');
    await secret.fill('secret');
    await expect(status).toContainText('Signature verified');
    await secret.fill('not-the-secret');
    await expect(status).toContainText('Invalid signature');
    await expect(ui(page).token).toHaveValue(seed.token);
  });

  test('HS256: a secret read in the wrong encoding gets a hint naming the right one', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(page, seed.token);
    await ui(page).secret.fill('c2VjcmV0');
    await expect(ui(page).status).toContainText('Invalid signature');
    await expect(ui(page).status).toContainText('set Secret encoding to base64url');
    await ui(page).secretEncoding.selectOption({ label: 'base64' });
    await expect(ui(page).status).toContainText('Signature verified');
  });

  for (const { alg, key, other } of FAMILIES) {
    test(`${alg}: a token signed by jose verifies with the public key; the pasted token never changes`, async ({
      page,
    }) => {
      const token = await new jose.SignJWT({ sub: 'alice', admin: true })
        .setProtectedHeader({ alg, typ: 'JWT' })
        .setIssuedAt(1_700_000_000)
        .sign(await jose.importPKCS8(key.pkcs8, alg));
      await open(page);
      const { publicKey, privateKey, status } = ui(page);
      await pasteToken(page, token);
      await expect(status).toContainText('Paste the public key');
      await publicKey.fill(key.spki);
      await expect(status).toContainText('Signature verified');
      await publicKey.fill(other.spki);
      await expect(status).toContainText('Invalid signature');
      await publicKey.fill('');
      await privateKey.fill(key.pkcs8);
      await expect(status).toContainText('Signature verified');
      await expect(ui(page).token).toHaveValue(token);
    });
  }

  for (const id of ['ml-dsa-44', 'ml-dsa-65']) {
    test(`${id}: the example verifies where the browser has ML-DSA, and is said unsupported where not`, async ({
      page,
    }) => {
      const { token, publicKey } = example(id);
      await open(page);
      await pasteToken(page, token);
      await ui(page).publicKey.fill(publicKey!);
      if (!(await webCryptoHas(page, id.toUpperCase()))) {
        await expect(ui(page).status).toContainText(notSupported(id.toUpperCase()));
        await expect(ui(page).status).not.toContainText('Signature verified');
        return;
      }
      await expect(ui(page).status).toContainText('Signature verified');
      const [h, p] = token.split('.');
      await pasteToken(page, `${h}.${p}.${'A'.repeat(token.split('.')[2]!.length)}`);
      await expect(ui(page).status).toContainText('Invalid signature');
    });
  }

  test('a DER-encoded ECDSA signature is explained, not just called invalid', async ({ page }) => {
    const key = keys.p256;
    const token = await new jose.SignJWT({ a: 1 })
      .setProtectedHeader({ alg: 'ES256' })
      .sign(await jose.importPKCS8(key.pkcs8, 'ES256'));
    const [h, p, s] = token.split('.');
    const raw = Buffer.from(s!, 'base64url');
    const integer = (bytes: Buffer) => {
      let start = 0;
      while (start < bytes.length - 1 && bytes[start] === 0) start++;
      const trimmed = bytes.subarray(start);
      const value = trimmed[0]! & 0x80 ? Buffer.concat([Buffer.of(0), trimmed]) : trimmed;
      return Buffer.concat([Buffer.of(2, value.length), value]);
    };
    const body = Buffer.concat([integer(raw.subarray(0, 32)), integer(raw.subarray(32))]);
    const der = Buffer.concat([Buffer.of(0x30, body.length), body]).toString('base64url');
    await open(page);
    await pasteToken(page, `${h}.${p}.${der}`);
    await ui(page).publicKey.fill(key.spki);
    await expect(ui(page).status).toContainText('Invalid signature');
    await expect(ui(page).status).toContainText('DER-encoded');
    await expect(ui(page).status).toContainText('Converted, it would verify');
  });
});
