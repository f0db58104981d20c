import type { Page } from '@playwright/test';
import { example, expect, notSupported, open, test, ui, webCryptoHas, x509 } from './support';

/** Keys shown both ways, certificates, a token's own key (issue 12, point 5). */
const chainPem = (...names: (keyof typeof x509.certificates)[]) =>
  names.map((name) => x509.certificates[name].pem).join('');
const kidOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()).kid as string;

async function openDetails(page: Page, box: 'Public key' | 'Private key' = 'Public key') {
  const field = page.locator('.field', {
    has: page.getByRole('textbox', { name: box, exact: true }),
  });
  await field.locator('.key-details summary').click();
  // The disclosure's content: the key as PEM and JWK, its thumbprint, its certificates.
  return field.locator('.key-details details');
}

test.describe('key details', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a PEM public key as PEM and JWK, with its RFC 7638 thumbprint (the kid it signed with)', async ({
    page,
  }) => {
    const rs256 = example('rs256');
    await open(page);
    await ui(page).examples.selectOption('rs256');
    await expect(ui(page).token).toHaveValue(example('rs256').token);
    await expect(ui(page).status).toContainText('Signature verified');
    const details = await openDetails(page);
    await details.getByRole('button', { name: 'Copy thumbprint', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(kidOf(rs256.token));
    await details.getByRole('button', { name: 'Copy thumbprint URI (RFC 9278)' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `urn:ietf:params:oauth:jwk-thumbprint:sha-256:${kidOf(rs256.token)}`,
    );
    await details.getByRole('button', { name: 'Copy PEM public key (SPKI)' }).click();
    expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(
      rs256.publicKey!.trim(),
    );
    await details.getByRole('button', { name: 'Copy Public JWK' }).click();
    const jwk = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    expect(Object.keys(jwk).sort()).toEqual(['e', 'kty', 'n']);
  });

  test('a private key shows its public half', async ({ page }) => {
    const es256 = example('es256');
    await open(page);
    await ui(page).token.fill(es256.token);
    await ui(page).privateKey.fill(es256.privateKey!);
    const details = await openDetails(page, 'Private key');
    await expect(details.getByText('The public half of the private key.')).toBeVisible();
    await details.getByRole('button', { name: 'Copy PEM public key (SPKI)' }).click();
    expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(
      es256.publicKey!.trim(),
    );
    await expect(details.locator('pre').last()).not.toContainText('"d"');
  });

  test('an ML-DSA key as the AKP JWK of RFC 9964', async ({ page }) => {
    const mlDsa = example('ml-dsa-44');
    await open(page);
    await ui(page).examples.selectOption('ml-dsa-44');
    await expect(ui(page).token).toHaveValue(example('ml-dsa-44').token);
    if (!(await webCryptoHas(page, 'ML-DSA-44'))) {
      // This browser has no ML-DSA (Chromium 150): said, with neither verdict.
      await expect(ui(page).status).toContainText(notSupported('ML-DSA-44'));
      return;
    }
    await expect(ui(page).status).toContainText('Signature verified');
    const details = await openDetails(page);
    await expect(details.getByText('Public JWK: AKP key (RFC 9964)')).toBeVisible();
    // The key facts show the thumbprint: RFC 9964 §6's, the example's kid.
    await expect(page.locator('#key-publicKey-facts')).toContainText(kidOf(mlDsa.token));
    await expect(details.locator('pre').last()).toContainText('"kty": "AKP"');
  });

  test('a certificate chain: subjects, dates, thumbprints, each signed by the next', async ({
    page,
  }) => {
    await open(page);
    await ui(page).token.fill(x509.tokens.headerX5c);
    await ui(page).publicKey.fill(chainPem('leafA', 'interA', 'rootA'));
    await expect(ui(page).status).toContainText('Signature verified');
    const details = await openDetails(page);
    const certificates = details.getByRole('list', { name: 'Certificates' });
    await expect(certificates.getByRole('listitem')).toHaveCount(3);
    await expect(certificates).toContainText('CN=Glance Test Intermediate A,OU=Issuing');
    await expect(certificates).toContainText('certificate 2: signature valid');
    await expect(certificates).toContainText('itself (a self-signed root): signature valid');
    await expect(certificates).toContainText(x509.certificates.leafA.openssl.sha256);
    // The key in the box is the one the token carries in x5c: said, outside the disclosure.
    await expect(page.getByText('This key is the token’s own (x5c in its header)')).toBeVisible();
  });

  test('an expired certificate and a wrong x5t are marked', async ({ page }) => {
    await open(page);
    await ui(page).token.fill(x509.tokens.headerX5c);
    await ui(page).publicKey.fill(JSON.stringify(x509.jwks.wrongX5t));
    await expect(
      page.getByText('x5t is not the SHA-1 thumbprint of the first certificate'),
    ).toBeVisible();
    await ui(page).publicKey.fill(chainPem('expiredA', 'interA', 'rootA'));
    await expect(page.getByText('certificate 1 expired on 2020-02-01T00:00:00Z.')).toBeVisible();
    await expect(ui(page).status).toContainText('Invalid signature');
  });
});

test.describe("the token's own key", () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('a header jwk is shown, not used; used on request, with the warning', async ({ page }) => {
    await open(page);
    await ui(page).token.fill(x509.tokens.headerJwk);
    await expect(page.getByRole('heading', { name: 'The token’s own key' })).toBeVisible();
    await expect(ui(page).status).not.toContainText('Signature verified');
    await page.getByRole('button', { name: 'Use the key from the header (jwk)' }).click();
    await expect(ui(page).status).toContainText('Signature verified');
    await expect(page.getByText('This key is the token’s own (jwk in its header)')).toBeVisible();
    await expect(page.getByText('The Public key box now holds the header’s jwk')).toBeVisible();
  });

  test('a header x5c: its certificates checked, and the chain said to prove nothing', async ({
    page,
  }) => {
    await open(page);
    await ui(page).token.fill(x509.tokens.headerWrongX5t);
    const section = page.getByRole('region', { name: 'The token’s own key' });
    await expect(section).toContainText('the chain comes from the token itself');
    await expect(section).toContainText('x5t is not the SHA-1 thumbprint');
    await section.getByText('Show the header’s 3 certificates').click();
    await expect(
      section.getByRole('list', { name: 'Certificates' }).getByRole('listitem'),
    ).toHaveCount(3);
  });
});
