import AxeBuilder from '@axe-core/playwright';
import { SDJwtInstance } from '@sd-jwt/core';
import { digest, ES256 } from '@sd-jwt/crypto-nodejs';
import type { Page } from '@playwright/test';
import { expect, keys, open, pasteToken, test, ui } from './support';

/**
 * Issuing and presenting SD-JWTs from the page (ui-contract.md, "Selective disclosure"): the
 * tokens the page makes are checked by the OpenWallet Foundation's @sd-jwt/core 0.19.0.
 */

const issuer = keys.p256;
const holder = keys.p256b;
const AUD = 'https://verifier.example/e2e';
const NONCE = 'n-0S6_WzA2Mj';

/** @sd-jwt/core set up to verify the page's issuer signature and, when asked, its KB-JWT. */
async function oracle(): Promise<SDJwtInstance<Record<string, unknown>>> {
  return new SDJwtInstance({
    verifier: await ES256.getVerifier(issuer.publicJwk),
    kbVerifier: await ES256.getVerifier(holder.publicJwk),
    hasher: digest,
    hashAlg: 'sha-256',
  });
}

/** axe-core's findings on the page as it is now. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`);
}

const disclosable = (page: Page, name: string) =>
  page.getByRole('checkbox', { name: `Selectively disclosable: ${name}`, exact: true });
const signedPayload = (page: Page) =>
  page.getByRole('textbox', { name: 'Signed payload', exact: true });

/** Types an ES256 header and `payload` into the panes, with the issuer's private key. */
async function typePanes(page: Page, payload: object, typ = 'JWT') {
  await open(page);
  await ui(page).header.fill(JSON.stringify({ alg: 'ES256', typ }));
  await ui(page).privateKey.fill(issuer.pkcs8);
  await ui(page).payload.fill(JSON.stringify(payload, null, 2));
}

const PERSON = { sub: 'user-42', given_name: 'Erika', family_name: 'Mustermann' };

test.describe('SD-JWT issuing and presenting', () => {
  test('two claims made disclosable are signed as _sd digests; the SD-JWT verifies here and in @sd-jwt/core, and a presentation of one of them too', async ({
    page,
  }) => {
    await typePanes(page, PERSON);
    await expect(signedPayload(page)).toHaveCount(0);
    await disclosable(page, 'given_name').check();
    await disclosable(page, 'family_name').check();

    const signed = signedPayload(page);
    await expect(signed).toHaveValue(/"_sd": \[/);
    const signedJson = JSON.parse(await signed.inputValue()) as Record<string, unknown>;
    expect(signedJson).toEqual({ sub: 'user-42', _sd: expect.any(Array) });
    expect(signedJson._sd).toHaveLength(2);
    // The Payload pane keeps the claims as typed, all plain.
    await expect(ui(page).payload).toHaveValue(JSON.stringify(PERSON, null, 2));
    await expect(ui(page).status).toContainText('Signature verified');
    await expect(page.locator('[data-part="disclosure"]')).toHaveCount(2);
    const table = page.getByRole('table', { name: 'Disclosures', exact: true });
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table).not.toContainText('not referenced');

    const token = await ui(page).token.inputValue();
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+~[\w-]+~[\w-]+~$/);
    const verified = await (await oracle()).verify(token);
    expect(verified.payload).toEqual(PERSON);

    // Pasted, then presented without family_name: the issuer signature still verifies there.
    await pasteToken(page, token);
    await expect(ui(page).status).toContainText('Signature verified');
    await page.getByRole('checkbox', { name: 'Include family_name', exact: true }).uncheck();
    await expect(ui(page).token).not.toHaveValue(token);
    await expect(ui(page).status).toContainText('Signature verified');
    const presentation = await ui(page).token.inputValue();
    const presented = await (await oracle()).verify(presentation);
    expect(presented.payload).toEqual({ sub: 'user-42', given_name: 'Erika' });
  });

  test('decoys and sha-512: more digests than disclosures, _sd_alg written, still verified in @sd-jwt/core', async ({
    page,
  }) => {
    await typePanes(page, PERSON);
    await disclosable(page, 'given_name').check();
    await page.getByRole('spinbutton', { name: 'Decoy digests', exact: true }).fill('3');
    await page
      .getByRole('combobox', { name: 'Digest algorithm', exact: true })
      .selectOption('sha-512');
    await expect(signedPayload(page)).toHaveValue(/"_sd_alg": "sha-512"/);
    const signedJson = JSON.parse(await signedPayload(page).inputValue()) as { _sd: string[] };
    expect(signedJson._sd).toHaveLength(4);
    await expect(ui(page).status).toContainText('Signature verified');
    const token = await ui(page).token.inputValue();
    expect(token.split('~')).toHaveLength(3);
    const verified = await (await oracle()).verify(token);
    expect(verified.payload).toEqual(PERSON);
  });

  test('members and array elements: one inside a disclosed claim, one in an array; @sd-jwt/core reads them, and without the outer one', async ({
    page,
  }) => {
    const claims = {
      sub: 'user-42',
      address: { locality: 'Köln', country: 'DE' },
      nationalities: ['DE', 'FR'],
    };
    await typePanes(page, claims);
    await disclosable(page, 'address').check();
    await disclosable(page, 'address.country').check();
    await disclosable(page, 'nationalities[1]').check();
    await expect(signedPayload(page)).toHaveValue(/"\.\.\.": "/);
    await expect(ui(page).status).toContainText('Signature verified');
    const table = page.getByRole('table', { name: 'Disclosures', exact: true });
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(table).toContainText('array element');
    const token = await ui(page).token.inputValue();
    expect((await (await oracle()).verify(token)).payload).toEqual(claims);
    await page.getByRole('checkbox', { name: 'Include address', exact: true }).uncheck();
    await expect(ui(page).token).not.toHaveValue(token);
    await expect(ui(page).status).toContainText('Signature verified');
    const presented = await ui(page).token.inputValue();
    expect((await (await oracle()).verify(presented)).payload).toEqual({
      sub: 'user-42',
      nationalities: ['DE', 'FR'],
    });
  });

  test('a holder key ends the presentation in a KB-JWT for the audience and nonce typed, verified here and by @sd-jwt/core', async ({
    page,
  }) => {
    const claims = { ...PERSON, cnf: { jwk: holder.publicJwk } };
    await typePanes(page, claims);
    await disclosable(page, 'given_name').check();
    await disclosable(page, 'family_name').check();
    await expect(ui(page).status).toContainText('Signature verified');
    await page.getByRole('textbox', { name: 'Audience', exact: true }).fill(AUD);
    await page.getByRole('textbox', { name: 'Nonce', exact: true }).fill(NONCE);
    await page.getByRole('textbox', { name: 'Holder key', exact: true }).fill(holder.pkcs8);
    const binding = page.getByRole('status', { name: 'Key binding status', exact: true });
    await expect(binding).toContainText('Key binding verified');
    await expect(binding).toContainText(NONCE);
    await expect(page.locator('[data-part="kb-jwt"]')).toHaveCount(1);
    const token = await ui(page).token.inputValue();
    const { payload, kb } = await (await oracle()).verify(token, { keyBindingNonce: NONCE });
    expect(payload).toEqual(claims);
    expect(kb?.header).toMatchObject({ typ: 'kb+jwt', alg: 'ES256' });
    expect(kb?.payload).toMatchObject({ aud: AUD, nonce: NONCE, sd_hash: expect.any(String) });
    expect(Math.abs(kb!.payload!.iat - Date.now() / 1000)).toBeLessThan(120);

    // Leaving a disclosure out signs a new KB-JWT for what is left.
    await page.getByRole('checkbox', { name: 'Include given_name', exact: true }).uncheck();
    await expect(ui(page).token).not.toHaveValue(token);
    await expect(binding).toContainText('Key binding verified');
    const presented = await ui(page).token.inputValue();
    const again = await (await oracle()).verify(presented, { keyBindingNonce: NONCE });
    expect(again.payload).toEqual({ sub: 'user-42', family_name: 'Mustermann', cnf: claims.cnf });
    // The holder key is never put into the URL or storage.
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...sessionStorage, ...localStorage }),
    );
    expect(stored + page.url()).not.toContain('PRIVATE KEY');
  });

  test('SD-JWT VC: exp cannot be made selectively disclosable, and the reason is given', async ({
    page,
  }) => {
    const vc = {
      iss: 'https://issuer.example',
      vct: 'urn:example:pid',
      exp: 1900000000,
      ...PERSON,
    };
    await typePanes(page, vc, 'dc+sd-jwt');
    const exp = disclosable(page, 'exp');
    await expect(exp).toBeDisabled();
    await expect(exp).toHaveAccessibleDescription(/must not make "exp" selectively disclosable/);
    await expect(page.getByText('must not make "exp" selectively disclosable')).toBeVisible();
    await expect(disclosable(page, 'given_name')).toBeEnabled();

    // Chosen while typ was JWT, then typ made dc+sd-jwt: the alert refuses it.
    await ui(page).header.fill(JSON.stringify({ alg: 'ES256', typ: 'JWT' }));
    await disclosable(page, 'exp').check();
    await expect(signedPayload(page)).toHaveValue(/"_sd"/);
    await ui(page).header.fill(JSON.stringify({ alg: 'ES256', typ: 'dc+sd-jwt' }));
    await expect(ui(page).alert).toContainText(
      'An SD-JWT VC must not make "exp" selectively disclosable',
    );
    await expect(signedPayload(page)).toHaveCount(0);
    await disclosable(page, 'exp').uncheck();
    await expect(ui(page).alert).toHaveCount(0);
  });

  test('in Chinese: the controls and the refusal in Chinese', async ({ page }) => {
    await typePanes(page, { exp: 1900000000, ...PERSON }, 'dc+sd-jwt');
    await ui(page).language.selectOption('zh');
    await page.getByRole('checkbox', { name: '可选择性披露：given_name', exact: true }).check();
    await expect(page.getByRole('textbox', { name: '已签名的载荷', exact: true })).toHaveValue(
      /"_sd"/,
    );
    await expect(
      page.getByRole('checkbox', { name: '可选择性披露：exp', exact: true }),
    ).toBeDisabled();
    await expect(
      page.getByText('SD-JWT VC（typ 为 dc+sd-jwt）不得把“exp”设为可选择性披露'),
    ).toBeVisible();
    await expect(page.getByRole('spinbutton', { name: '诱饵摘要', exact: true })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('dark theme: the issuing panel, a refusal and the key binding pass axe-core', async ({
    page,
  }) => {
    await page.addInitScript(() => localStorage.setItem('jwt-debugger.theme', 'dark'));
    const vc = {
      vct: 'urn:example:pid',
      exp: 1900000000,
      ...PERSON,
      cnf: { jwk: holder.publicJwk },
    };
    await typePanes(page, vc, 'dc+sd-jwt');
    await disclosable(page, 'given_name').check();
    await page.getByRole('textbox', { name: 'Holder key', exact: true }).fill(holder.pkcs8);
    await expect(
      page.getByRole('status', { name: 'Key binding status', exact: true }),
    ).toContainText('Key binding verified');
    await ui(page).header.fill(JSON.stringify({ alg: 'ES256', typ: 'dc+sd-jwt' }));
    await expect(disclosable(page, 'exp')).toBeDisabled();
    expect(await violations(page)).toEqual([]);
  });

  test.describe('at phone width', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('issuing and presenting with key binding: nothing scrolls sideways', async ({ page }) => {
      await typePanes(page, { ...PERSON, cnf: { jwk: holder.publicJwk } });
      await disclosable(page, 'given_name').check();
      await disclosable(page, 'family_name').check();
      await expect(signedPayload(page)).toHaveValue(/"_sd"/);
      const width = () => page.evaluate(() => document.documentElement.scrollWidth);
      expect(await width()).toBeLessThanOrEqual(390);
      await page.getByRole('textbox', { name: 'Holder key', exact: true }).fill(holder.pkcs8);
      await expect(
        page.getByRole('status', { name: 'Key binding status', exact: true }),
      ).toContainText('Key binding verified');
      expect(await width()).toBeLessThanOrEqual(390);
      expect(await violations(page)).toEqual([]);
    });
  });
});
