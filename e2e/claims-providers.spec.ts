import { encodeUtf8Base64url } from '../src/core/encoding/base64url';
import { expect, open, pasteToken, test, ui } from './support';

const unsigned = (payload: object, header: object = { alg: 'none' }) =>
  `${encodeUtf8Base64url(JSON.stringify(header))}.${encodeUtf8Base64url(JSON.stringify(payload))}.`;

const KEYCLOAK = {
  iss: 'https://sso.example.com/realms/demo',
  typ: 'Bearer',
  realm_access: { roles: ['offline_access'] },
  'allowed-origins': ['https://app.example.com'],
  cid: 'not-okta',
};

test.describe('claims of each provider', () => {
  test('the page names the issuer family and explains its claims as that provider’s', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(page, unsigned(KEYCLOAK));
    await expect(page.getByText('Issued by Keycloak (realm demo)')).toBeVisible();
    const { claims } = ui(page);
    await expect(claims.getByRole('row', { name: /^typ\b/ })).toContainText('Keycloak token type');
    await expect(claims.getByRole('row', { name: /^realm_access\b/ })).toContainText(
      'Keycloak Server Administration Guide',
    );
    // Okta's cid in a Keycloak token: a private claim, with who uses the name.
    const cid = claims.getByRole('row', { name: /^cid\b/ });
    await expect(cid).toContainText('Private claim');
    await expect(cid).toContainText('Okta give this name a meaning of their own');
  });

  test('namespaced claims are private, and Auth0’s are its custom claims', async ({ page }) => {
    await open(page);
    await pasteToken(
      page,
      unsigned({ iss: 'https://issuer.example/', 'https://example.com/team': 'a' }),
    );
    await expect(
      ui(page).claims.getByRole('row', { name: /^https:\/\/example\.com\/team/ }),
    ).toContainText('Private claim (namespaced)');
    await pasteToken(
      page,
      unsigned({ iss: 'https://dev-x.eu.auth0.com/', 'https://example.com/team': 'a' }),
    );
    await expect(page.getByText('Issued by Auth0 (tenant dev-x)')).toBeVisible();
    await expect(
      ui(page).claims.getByRole('row', { name: /^https:\/\/example\.com\/team/ }),
    ).toContainText('Custom claim (Auth0)');
  });

  test('header values are named: typ kb+jwt, and a look-alike issuer is not Google', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(
      page,
      unsigned(
        { iss: 'https://accounts.google.com.evil.example', hd: 'example.com' },
        { alg: 'none', typ: 'kb+jwt' },
      ),
    );
    const header = page.getByRole('table', { name: 'Header parameters' });
    await expect(header.getByRole('row', { name: /^typ\b/ })).toContainText(
      'an SD-JWT Key Binding JWT',
    );
    await expect(page.getByText(/which this page does not recognise/)).toBeVisible();
    await expect(ui(page).claims.getByRole('row', { name: /^hd\b/ })).toContainText(
      'Private claim',
    );
  });

  test('in 中文 the issuer line and the provider texts are Chinese', async ({ page }) => {
    await open(page);
    await pasteToken(page, unsigned(KEYCLOAK));
    await ui(page).language.selectOption({ label: '中文' });
    await expect(page.getByText('由 Keycloak 签发（领域 demo）')).toBeVisible();
    const claims = page.getByRole('table', { name: '声明', exact: true });
    await expect(claims.getByRole('row', { name: /^realm_access\b/ })).toContainText(
      '领域角色（Keycloak）',
    );
    await expect(claims.getByRole('row', { name: /^cid\b/ })).toContainText('私有声明');
  });
});
