import rfc from '../src/core/sd-jwt/__fixtures__/rfc9901-examples.json' with { type: 'json' };
import x5cFixture from '../src/core/sd-jwt/__fixtures__/x5c-sd-jwt.json' with { type: 'json' };
import { expect, open, openWithJson, pasteToken, test, ui } from './support';

const issuerKey = JSON.stringify(rfc.issuerKey.jwk);
/** `Key binding status` (ui-contract.md). */
const keyBinding = (page: import('@playwright/test').Page) =>
  page.getByRole('status', { name: 'Key binding status', exact: true });
const example = (id: string) => rfc.examples.find((candidate) => candidate.id === id)!;
/** A new page with `token` pasted. */
async function openWith(page: import('@playwright/test').Page, token: string) {
  await open(page);
  await pasteToken(page, token);
}
/** The disclosures a presentation carries, as in its text. */
const carried = (presentation: ReturnType<typeof example>) =>
  presentation.disclosures.filter((d) => presentation.sdJwt.includes(`~${d.disclosure}~`));

test.describe('SD-JWT (RFC 9901)', () => {
  test('RFC 9901 §5.2: paste and verify; the disclosures, the disclosed payload, the key binding', async ({
    page,
  }) => {
    const presentation = example('RFC 9901 §5.2 presentation');
    await openWith(page, presentation.sdJwt);
    await ui(page).publicKey.fill(issuerKey);
    await expect(ui(page).status).toContainText('Signature verified');
    const table = page.getByRole('table', { name: 'Disclosures', exact: true });
    await expect(table.getByRole('row')).toHaveCount(carried(presentation).length + 1);
    for (const disclosure of carried(presentation)) {
      await expect(table).toContainText(disclosure.digest);
    }
    await expect(table).toContainText('referenced');
    const disclosed = page.getByRole('textbox', { name: 'Disclosed payload', exact: true });
    await expect(disclosed).toHaveValue(JSON.stringify(presentation.processed, null, 2));
    await expect(page.locator('[data-part="disclosure"]')).toHaveCount(
      carried(presentation).length,
    );
    await expect(page.locator('[data-part="kb-jwt"]')).toHaveCount(1);
    const binding = keyBinding(page);
    await expect(binding).toContainText('Key binding verified');
    await expect(binding).toContainText('1234567890');
    // Each KB-JWT claim explained: iat as a date, aud and nonce by what a verifier does.
    const { iat } = presentation.kbPayload as { iat: number };
    await expect(binding).toContainText(new Date(iat * 1000).toISOString().replace('.000Z', 'Z'));
    await expect(binding).toContainText('a verifier accepts only recent ones');
    await expect(binding).toContainText('any other verifier must refuse it');
    await expect(binding).toContainText('keeps a captured presentation from being replayed');
  });

  test('a KB-JWT but no cnf.jwk in the issuer payload: neither phrase, and why', async ({
    page,
  }) => {
    const presentation = example('RFC 9901 §5.2 presentation').sdJwt;
    const kbJwt = presentation.slice(presentation.lastIndexOf('~') + 1);
    await open(page);
    await pasteToken(page, `${x5cFixture.tokens.vc}${kbJwt}`);
    const binding = keyBinding(page);
    await expect(binding).toContainText('no cnf.jwk');
    await expect(binding).not.toContainText('Key binding verified');
    await expect(binding).not.toContainText('Key binding invalid');
  });

  test('RFC 9901 §5.1: repeated names are told apart; A.1: the decoys are counted', async ({
    page,
  }) => {
    await openWith(page, example('RFC 9901 §5.1 issuance').sdJwt);
    // The two nationalities are array elements 1 and 2 (ui-contract.md: " (2)" appended).
    const include = (name: string) => page.getByRole('checkbox', { name, exact: true });
    await expect(include('Include array element')).toHaveCount(1);
    await expect(include('Include array element (2)')).toHaveCount(1);
    await pasteToken(page, example('RFC 9901 A.1 presentation').sdJwt);
    await expect(page.locator('.pane-disclosures')).toContainText(
      /\d+ digests in the payload have no disclosure here: decoys/,
    );
  });

  test('unchecking a disclosure makes a presentation: the issuer signature still verifies, the key binding is dropped with a notice', async ({
    page,
  }) => {
    const presentation = example('RFC 9901 §5.2 presentation');
    await openWith(page, presentation.sdJwt);
    await ui(page).publicKey.fill(issuerKey);
    const first = carried(presentation).find((d) => d.name === 'given_name')!;
    await page.getByRole('checkbox', { name: `Include ${first.name}`, exact: true }).uncheck();
    await expect(ui(page).token).not.toHaveValue(new RegExp(first.disclosure));
    await expect(ui(page).status).toContainText('Signature verified');
    await expect(page.getByRole('status', { name: 'Key binding status' })).toHaveCount(0);
    await expect(page.getByText('sd_hash')).toBeVisible();
    await expect(page.getByText('The key-binding JWT was dropped')).toBeVisible();
    const disclosed = page.getByRole('textbox', { name: 'Disclosed payload', exact: true });
    await expect(disclosed).not.toHaveValue(new RegExp(`"${first.name}"`));
    // Checked again, it is back in the token.
    await page.getByRole('checkbox', { name: `Include ${first.name}`, exact: true }).check();
    await expect(ui(page).token).toHaveValue(new RegExp(first.disclosure));
  });

  test('a tampered disclosure is not referenced, and the alert says the SD-JWT must be rejected', async ({
    page,
  }) => {
    const issued = example('RFC 9901 §5.1 issuance');
    const [jws, ...rest] = issued.sdJwt.split('~');
    const forged = btoaUrl('["2GLC42sKQveCfGfryNRN9w", "given_name", "Mallory"]');
    await open(page);
    await pasteToken(page, [jws, forged, ...rest].join('~'));
    await ui(page).publicKey.fill(issuerKey);
    await expect(ui(page).status).toContainText('Signature verified');
    await expect(ui(page).alert).toContainText('the SD-JWT must be rejected');
    await expect(page.getByRole('table', { name: 'Disclosures' })).toContainText('not referenced');
  });
});

function btoaUrl(text: string): string {
  return Buffer.from(text).toString('base64url');
}

test.describe('SD-JWT: claims marked, a broken key binding, an issuer key in x5c, in Chinese', () => {
  test('Claims marks each disclosed claim, and the always-visible ones', async ({ page }) => {
    const presentation = example('RFC 9901 §5.2 presentation');
    await openWith(page, presentation.sdJwt);
    const row = (name: string) =>
      ui(page)
        .claims.getByRole('row')
        .filter({ has: page.locator('th code', { hasText: new RegExp(`^${name}$`) }) });
    await expect(row('given_name')).toContainText('disclosed');
    await expect(row('family_name')).toContainText('disclosed');
    await expect(row('iss')).toContainText('always visible');
    await expect(row('iss')).not.toContainText(/\bdisclosed\b/);
  });

  test('a KB-JWT whose signature was altered: Key binding invalid, the issuer signature still verified', async ({
    page,
  }) => {
    const presentation = example('RFC 9901 §5.2 presentation');
    const tampered = presentation.sdJwt.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    await open(page);
    await pasteToken(page, tampered);
    await ui(page).publicKey.fill(issuerKey);
    await expect(ui(page).status).toContainText('Signature verified');
    const binding = keyBinding(page);
    await expect(binding).toContainText('Key binding invalid');
    await expect(binding).not.toContainText('Key binding verified');
  });

  test('in Chinese: the disclosures table and the key binding in their Chinese names', async ({
    page,
  }) => {
    const presentation = example('RFC 9901 §5.2 presentation');
    await openWith(page, presentation.sdJwt);
    await ui(page).language.selectOption({ label: '中文' });
    await page.getByRole('textbox', { name: '公钥', exact: true }).fill(issuerKey);
    await expect(page.getByRole('status', { name: '签名状态', exact: true })).toContainText(
      '签名已验证',
    );
    const table = page.getByRole('table', { name: '披露项', exact: true });
    await expect(table.getByRole('row')).toHaveCount(carried(presentation).length + 1);
    await expect(page.getByRole('status', { name: '密钥绑定状态', exact: true })).toContainText(
      '密钥绑定已验证',
    );
  });

  test('an SD-JWT VC signed by the key of an x5c chain: the certificates shown, the key used on request; no vct is named', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(page, x5cFixture.tokens.noVct);
    await expect(page.getByText('its payload has no vct')).toBeVisible();
    await pasteToken(page, x5cFixture.tokens.vc);
    await expect(page.getByText('its payload has no vct')).toHaveCount(0);
    const own = page.getByRole('region', { name: 'The token’s own key' });
    await expect(own).toContainText('the chain comes from the token itself');
    await own.getByText('Show the header’s 2 certificates').click();
    const certificates = own.getByRole('list', { name: 'Certificates' });
    await expect(certificates.getByRole('listitem')).toHaveCount(2);
    await expect(certificates).toContainText(x5cFixture.certificates.issuer.subject);
    await expect(certificates).toContainText(x5cFixture.certificates.issuer.sha256);
    await expect(certificates).toContainText(x5cFixture.certificates.ca.subject);
    await expect(ui(page).status).not.toContainText('Signature verified');
    await page.getByRole('button', { name: 'Use the key from the header (x5c)' }).click();
    await expect(ui(page).status).toContainText('Signature verified');
    await expect(page.getByRole('textbox', { name: 'Disclosed payload', exact: true })).toHaveValue(
      /"given_name": "Alice"/,
    );
  });
});

test.describe('SD-JWT in the JWS JSON serialization (RFC 9901 §8)', () => {
  test('§8.2 flattened presentation: its signature, disclosures and key binding; to compact in a click', async ({
    page,
  }) => {
    const json = rfc.jsonExamples.find((e) => e.id === 'RFC 9901 §8.2 presentation')!.jws;
    await openWithJson(page, json);
    await ui(page).publicKey.fill(issuerKey);
    await expect(ui(page).status).toContainText('Signature verified');
    await expect(ui(page).status).toContainText('Signature 1 of 1 in the JSON serialization.');
    const table = page.getByRole('table', { name: 'Disclosures', exact: true });
    await expect(table.getByRole('row')).toHaveCount(json.header!.disclosures.length + 1);
    await expect(page.getByRole('checkbox', { name: 'Include given_name' })).toBeDisabled();
    await expect(page.getByRole('textbox', { name: 'Disclosed payload', exact: true })).toHaveValue(
      /"given_name": "John"/,
    );
    await expect(keyBinding(page)).toContainText('Key binding verified');
    const row = ui(page)
      .claims.getByRole('row')
      .filter({ has: page.locator('th code', { hasText: /^given_name$/ }) });
    await expect(row).toContainText('disclosed');
    // One click: the compact SD-JWT, whose disclosures can then be left out.
    await page.getByRole('button', { name: 'Convert to compact' }).click();
    await expect(ui(page).token).toHaveValue(new RegExp(`~${json.header!.kb_jwt}$`));
    await expect(page.getByRole('checkbox', { name: 'Include given_name' })).toBeEnabled();
    await expect(keyBinding(page)).toContainText('Key binding verified');
  });
});
