import * as jose from 'jose';
import { expect, jwks, keys, open, pasteToken, test, ui, pretty } from './support';

async function rsaToken(alg = 'RS256', kid?: string, key: { pkcs8: string } = keys.rsa2048) {
  return new jose.SignJWT({ sub: 'dave' })
    .setProtectedHeader({ alg, ...(kid ? { kid } : {}) })
    .sign(await jose.importPKCS8(key.pkcs8, alg));
}

test.describe('keys', () => {
  test('every public key format is detected and named, with the key facts', async ({ page }) => {
    await open(page);
    await pasteToken(page, await rsaToken());
    const { publicKey, status } = ui(page);
    const formats: [string, string][] = [
      [keys.rsa2048.spki, 'PEM public key (SPKI)'],
      [keys.rsa2048.pkcs1Public, 'PEM RSA public key (PKCS#1)'],
      [keys.rsa2048.certificate, 'X.509 certificate'],
      [JSON.stringify(keys.rsa2048.publicJwk), 'JWK'],
    ];
    for (const [text, name] of formats) {
      await publicKey.fill(text);
      await expect(status).toContainText('Signature verified');
      await expect(page.getByText(`Detected: ${name} · RSA 2048 bits · public key`)).toBeVisible();
      await expect(page.getByText(keys.rsa2048.thumbprint)).toBeVisible();
    }
  });

  test('a key pasted again has its facts with its verdict, in the same change of the page', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(page, await rsaToken());
    const { publicKey, status } = ui(page);
    await publicKey.fill(keys.rsa2048.spki);
    await expect(status).toContainText('Signature verified');
    await expect(publicKey).toHaveAccessibleDescription(/Detected/);
    await publicKey.fill('');
    await expect(status).not.toContainText('Signature verified');
    // Every change of the page while the key is pasted again: none says the signature is
    // verified without the key's facts (its accessible description) beside it.
    await page.evaluate(() => {
      const w = window as unknown as { __seen: { with: number; without: number } };
      const seen = (w.__seen = { with: 0, without: 0 });
      const label = [...document.querySelectorAll('label')].find(
        (l) => l.textContent === 'Public key',
      )!;
      const box = document.getElementById(label.htmlFor)!;
      new MutationObserver(() => {
        const said = document.querySelector('[role="status"][aria-label="Signature status"]');
        if (!said?.textContent?.includes('Signature verified')) return;
        const facts = document.getElementById(box.getAttribute('aria-describedby') ?? '');
        if (facts?.textContent?.includes('Detected')) seen.with++;
        else seen.without++;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await publicKey.fill(keys.rsa2048.spki);
    await expect(status).toContainText('Signature verified');
    await expect(publicKey).toHaveAccessibleDescription(/Detected/);
    const seen = await page.evaluate(
      () => (window as unknown as { __seen: { with: number; without: number } }).__seen,
    );
    expect(seen.with).toBeGreaterThan(0);
    expect(seen.without).toBe(0);
  });

  test('a JWK Set: the key is chosen by kid, and the page says why the others were passed over', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(page, await rsaToken('PS256', 'rsa-2', keys.rsa2048b));
    await ui(page).publicKey.fill(JSON.stringify(jwks));
    await expect(ui(page).status).toContainText('Signature verified');
    await expect(
      page.getByText(/Key "rsa-2" of the set \(4 keys\), chosen by the header's kid/),
    ).toBeVisible();
    await expect(
      page.getByText(
        /Passed over: rsa-1 \(another kid, another alg\); ec-1 \(another kid, another alg, another key type\)/,
      ),
    ).toBeVisible();
    await pasteToken(page, await rsaToken('RS256', 'nope'));
    await expect(ui(page).alert).toContainText(
      'Public key: no key in the JWK Set fits this token (RS256, kid "nope").',
    );
  });

  test('private key formats sign, and an empty public key box is filled from the private key', async ({
    page,
  }) => {
    await open(page);
    await ui(page).algorithm.selectOption('ES256');
    for (const text of [keys.p256.pkcs8, keys.p256.sec1, JSON.stringify(keys.p256.privateJwk)]) {
      await ui(page).publicKey.fill('');
      await ui(page).privateKey.fill(text);
      await expect(ui(page).publicKey).toHaveValue(/^-----BEGIN PUBLIC KEY-----/);
      await expect(page.getByText('Filled in from the private key.')).toBeVisible();
      await expect(ui(page).status).toContainText('Signature verified');
    }
    const publicPem = await ui(page).publicKey.inputValue();
    const imported = await jose.exportJWK(await jose.importSPKI(publicPem, 'ES256'));
    expect(imported).toMatchObject({ x: keys.p256.publicJwk.x, y: keys.p256.publicJwk.y });
  });

  test('a key that does not fit: wrong curve, too small, public key to sign, PEM without its lines', async ({
    page,
  }) => {
    await open(page);
    await ui(page).algorithm.selectOption('ES256');
    const { alert, publicKey, privateKey, status } = ui(page);
    await publicKey.fill(keys.secp256k1.spki);
    await expect(alert).toContainText(
      'Public key: ES256 needs curve P-256; this key is on secp256k1.',
    );
    await expect(status).not.toContainText('Invalid signature');
    await privateKey.fill(keys.p256.spki);
    await expect(alert).toContainText(
      'Private key: this is a public key: signing needs the private key.',
    );
    await publicKey.fill(keys.p256.spki.replace(/-----[A-Z ]+-----/g, '').trim());
    await expect(alert).toContainText('add -----BEGIN PUBLIC KEY----- before it');

    await ui(page).algorithm.selectOption('RS256');
    await publicKey.fill(keys.rsa1024.spki);
    await expect(alert).toContainText(
      'RSA keys must have at least 2048 bits (RFC 7518 §3.3); this one has 1024.',
    );
  });

  test('a JWK whose own alg or use disagrees with the token is named as such', async ({ page }) => {
    await open(page);
    await pasteToken(page, await rsaToken());
    await ui(page).publicKey.fill(JSON.stringify({ ...keys.rsa2048.publicJwk, alg: 'PS256' }));
    await expect(ui(page).alert).toContainText(
      'Public key: the JWK is for alg PS256, the token uses RS256.',
    );
    await ui(page).publicKey.fill(JSON.stringify({ ...keys.rsa2048.publicJwk, use: 'enc' }));
    await expect(ui(page).alert).toContainText(
      'Public key: the JWK\'s use ("enc") does not allow signatures.',
    );
    await expect(ui(page).status).not.toContainText('Invalid signature');
  });

  test('Generate key, for every family: the page signs and verifies with the new key', async ({
    page,
  }) => {
    await open(page);
    for (const alg of ['HS384', 'RS256', 'PS256', 'ES512', 'EdDSA']) {
      await ui(page).algorithm.selectOption(alg);
      const box = alg === 'HS384' ? ui(page).secret : ui(page).publicKey;
      const before = await box.inputValue();
      await page.getByRole('button', { name: 'Generate key' }).click();
      await expect(box).not.toHaveValue(before);
      // The verdict on screen is for the token and key on screen (core/view/derive.ts): once it
      // says verified, jose checks that very token with that very key.
      await expect(ui(page).status).toContainText('Signature verified');
      await expect(ui(page).header).toHaveValue(pretty(`{"alg":"${alg}","typ":"JWT"}`));
      const token = await ui(page).token.inputValue();
      const key =
        alg === 'HS384'
          ? Buffer.from(await box.inputValue(), 'base64url')
          : await jose.importSPKI(await box.inputValue(), alg);
      await expect(jose.jwtVerify(token, key)).resolves.toBeTruthy();
    }
    await expect(ui(page).secretEncoding).toHaveCount(0);
  });
});
