import vectors from '../src/core/jws/__fixtures__/jws-json-vectors.json' with { type: 'json' };
import { expect, open, openWithJson, pasteToken, pretty, test, ui } from './support';

/** The JWS JSON serialization (RFC 7515 §7.2; ui-contract.md, "JWS JSON serialization"). */

interface Signature {
  readonly alg: string;
  readonly keys: { readonly public_jwk: Record<string, unknown> };
}
const vector = (id: string) => vectors.vectors.find((entry) => entry.id === id)!;
const general = vector('RFC7515-A.6');
const flattened = vector('RFC7515-A.7');
const [rsa, ec] = (general as unknown as { signatures: Signature[] }).signatures.map((s) =>
  JSON.stringify(s.keys.public_jwk),
);

/** RFC 7515 A.6 pasted: its Signatures table, once it has a row per signature. */
async function openGeneral(page: import('@playwright/test').Page) {
  await openWithJson(page, general.general!);
  const table = page.getByRole('table', { name: 'Signatures', exact: true });
  await expect(table.getByRole('row')).toHaveCount(3);
  return table;
}

test.describe('JWS JSON serialization', () => {
  test('general (RFC 7515 A.6): a row per signature; Signature status says which one verified', async ({
    page,
  }) => {
    const table = await openGeneral(page);
    await expect(table).toContainText('{"kid":"2010-12-29"}');
    await expect(table).toContainText('{"kid":"e9bc097a-ce51-4036-9562-d2ade882db0d"}');
    // No dots to separate: the legend says where the parts are.
    await expect(page.locator('#token-legend')).toContainText('the members payload, protected');
    // Header shows the first signature's protected header.
    await expect(ui(page).header).toHaveValue(pretty('{"alg":"RS256"}'));
    await expect(ui(page).payload).toHaveValue(pretty(general.payload_text!));
    await ui(page).publicKey.fill(ec!);
    await expect(ui(page).status).toContainText('Signature verified');
    await expect(ui(page).status).toContainText('Signature 2 of 2 in the JSON serialization.');
    await ui(page).publicKey.fill(rsa!);
    await expect(ui(page).status).toContainText('Signature verified');
    await expect(ui(page).status).toContainText('Signature 1 of 2 in the JSON serialization.');
  });

  test('flattened (RFC 7515 A.7), to compact and back in one click each', async ({ page }) => {
    await open(page);
    const json = JSON.stringify(flattened.flattened);
    await pasteToken(page, json);
    await expect(
      page.getByRole('table', { name: 'Signatures', exact: true }).getByRole('row'),
    ).toHaveCount(2);
    await ui(page).publicKey.fill(ec!);
    await expect(ui(page).status).toContainText('Signature verified');
    await expect(ui(page).status).toContainText('Signature 1 of 1 in the JSON serialization.');
    // Its kid is in the unprotected header, which the compact form cannot carry: no button.
    await expect(page.getByRole('button', { name: 'Convert to compact' })).toHaveCount(0);

    // RFC 7520 §4.6 less its unprotected kid: one click each way, the signature unchanged.
    const hs = vector('RFC7520-4.6');
    const signature = hs.signature_b64!;
    const compact = `${hs.protected_b64}.${hs.payload_b64}.${signature}`;
    await pasteToken(
      page,
      JSON.stringify({ payload: hs.payload_b64, protected: hs.protected_b64, signature }),
    );
    await page.getByRole('button', { name: 'Convert to compact' }).click();
    await expect(ui(page).token).toHaveValue(compact);
    await page.getByRole('button', { name: 'Convert to JSON serialization' }).click();
    await expect(ui(page).token).toHaveValue(/"signature"/);
    const back = JSON.parse(await ui(page).token.inputValue()) as Record<string, unknown>;
    expect(back).toEqual({ payload: hs.payload_b64, protected: hs.protected_b64, signature });
  });

  test('a header parameter in both the protected and the unprotected header is an error (§7.2.1)', async ({
    page,
  }) => {
    await open(page);
    const token = { ...flattened.flattened, header: { alg: 'ES256' } };
    await pasteToken(page, JSON.stringify(token));
    await expect(page.getByRole('alert')).toContainText('alg');
    await expect(page.getByRole('alert')).toContainText('7.2.1');
  });
});

test.describe('JWS JSON serialization at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('each signature’s headers and verdict stacked and labelled; nothing scrolls sideways', async ({
    page,
  }) => {
    const table = await openGeneral(page);
    const cell = table.locator('td[data-label="Unprotected header"]').first();
    const width = await cell.evaluate((td) => td.getBoundingClientRect().width);
    // Full width under the number, not a narrow column beside it.
    expect(width).toBeGreaterThan(250);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
