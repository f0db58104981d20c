import rfc from '../src/core/sd-jwt/__fixtures__/rfc9901-examples.json' with { type: 'json' };
import { expect, open, pasteToken, test, ui } from './support';

const issuerKey = JSON.stringify(rfc.issuerKey.jwk);
const example = (id: string) => rfc.examples.find((candidate) => candidate.id === id)!;
/** The disclosures a presentation carries, as in its text. */
const carried = (presentation: ReturnType<typeof example>) =>
  presentation.disclosures.filter((d) => presentation.sdJwt.includes(`~${d.disclosure}~`));

test.describe('SD-JWT (RFC 9901)', () => {
  test('RFC 9901 §5.2: paste and verify; the disclosures, the disclosed payload, the key binding', async ({
    page,
  }) => {
    const presentation = example('RFC 9901 §5.2 presentation');
    await open(page);
    await pasteToken(page, presentation.sdJwt);
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
    const binding = page.getByRole('status', { name: 'Key binding status', exact: true });
    await expect(binding).toContainText('Key binding verified');
    await expect(binding).toContainText('1234567890');
  });

  test('unchecking a disclosure makes a presentation: the issuer signature still verifies, the key binding is dropped with a notice', async ({
    page,
  }) => {
    const presentation = example('RFC 9901 §5.2 presentation');
    await open(page);
    await pasteToken(page, presentation.sdJwt);
    await ui(page).publicKey.fill(issuerKey);
    const first = carried(presentation).find((d) => d.name === 'given_name')!;
    await page.getByRole('checkbox', { name: `Include ${first.name}`, exact: true }).uncheck();
    await expect(ui(page).token).not.toHaveValue(new RegExp(first.disclosure));
    await expect(ui(page).status).toContainText('Signature verified');
    await expect(page.getByRole('status', { name: 'Key binding status' })).toHaveCount(0);
    await expect(page.getByText('sd_hash')).toBeVisible();
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
