import { encodeUtf8Base64url } from '../src/core/encoding/base64url';
import { expect, keys, open, pasteToken, test, ui } from './support';

const NOW = Date.parse('2026-06-01T00:00:00Z') / 1000;
const token = (header: object, payload: object) =>
  `${encodeUtf8Base64url(JSON.stringify(header))}.${encodeUtf8Base64url(JSON.stringify(payload))}.c2ln`;
const fine = { iat: NOW - 60, exp: NOW + 3600, sub: 'x' };

const CASES: {
  rule: string;
  header: object;
  payload: object;
  secret?: string;
  text: RegExp | string;
}[] = [
  {
    rule: 'alg none',
    header: { alg: 'NONE', typ: 'JWT' },
    payload: fine,
    text: 'alg is "NONE": the token is not signed',
  },
  {
    rule: 'public key as HMAC secret',
    header: { alg: 'HS256', typ: 'JWT' },
    payload: fine,
    secret: keys.rsa2048.spki,
    text: 'algorithm-confusion attack',
  },
  {
    rule: 'well-known secret',
    header: { alg: 'HS256', typ: 'JWT' },
    payload: fine,
    secret: 'your-256-bit-secret',
    text: 'public lists of well-known JWT secrets',
  },
  {
    rule: 'short secret',
    header: { alg: 'HS512', typ: 'JWT' },
    payload: fine,
    secret: 'k9$Lq2!vZ',
    text: 'HS512 needs at least 64',
  },
  {
    rule: 'unknown crit',
    header: { alg: 'HS256', typ: 'JWT', crit: ['exp'] },
    payload: fine,
    text: '"crit" lists extensions',
  },
  {
    rule: 'kid injection',
    header: { alg: 'HS256', typ: 'JWT', kid: '../../dev/null' },
    payload: fine,
    text: 'holds file-path characters',
  },
  {
    rule: 'embedded jwk',
    header: { alg: 'ES256', typ: 'JWT', jwk: keys.p256.publicJwk },
    payload: fine,
    text: 'carries its own key (jwk)',
  },
  {
    rule: 'jku',
    header: { alg: 'RS256', typ: 'JWT', jku: 'https://evil.example/jwks' },
    payload: fine,
    text: 'SSRF',
  },
  {
    rule: 'x5u',
    header: { alg: 'RS256', typ: 'JWT', x5u: 'https://evil.example/cert' },
    payload: fine,
    text: 'certificate URL (x5u',
  },
  {
    rule: 'no exp',
    header: { alg: 'HS256', typ: 'JWT' },
    payload: { sub: 'x', iat: NOW },
    text: 'No exp: the token never expires',
  },
  {
    rule: 'long lifetime',
    header: { alg: 'HS256', typ: 'JWT' },
    payload: { iat: NOW, exp: NOW + 90 * 86400 },
    text: 'The token lives 90 days',
  },
  {
    rule: 'milliseconds',
    header: { alg: 'HS256', typ: 'JWT' },
    payload: { iat: NOW, exp: (NOW + 60) * 1000 },
    text: 'looks like milliseconds',
  },
  {
    rule: 'iat in the future',
    header: { alg: 'HS256', typ: 'JWT' },
    payload: { iat: NOW + 3600, exp: NOW + 7200 },
    text: 'iat is 3600 seconds in the future',
  },
  {
    rule: 'nbf in the future',
    header: { alg: 'HS256', typ: 'JWT' },
    payload: { ...fine, nbf: NOW + 600 },
    text: 'nbf is 600 seconds in the future',
  },
  {
    rule: 'sensitive claim',
    header: { alg: 'HS256', typ: 'JWT' },
    payload: { ...fine, password: 'hunter2' },
    text: 'The claim "password" looks like credential',
  },
  {
    rule: 'card number',
    header: { alg: 'HS256', typ: 'JWT' },
    payload: { ...fine, note: '4111111111111111' },
    text: 'payment card number',
  },
  { rule: 'no typ', header: { alg: 'HS256' }, payload: fine, text: 'No typ in the header' },
];

test.describe('security checks', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(NOW * 1000);
  });

  for (const { rule, header, payload, secret, text } of CASES) {
    test(`${rule}: reported with its severity and source`, async ({ page }) => {
      await open(page);
      await pasteToken(page, token(header, payload));
      if (secret !== undefined) await ui(page).secret.fill(secret);
      const panel = page.getByRole('region', { name: 'Security checks' });
      const item = panel.getByRole('listitem').filter({ hasText: text });
      await expect(item).toHaveCount(1);
      await expect(item).toContainText(/Danger|Warning|Note/);
      await expect(item).toContainText(/Source: RFC \d+/);
    });
  }

  test('a clean token says no problems were found', async ({ page }) => {
    await open(page);
    await pasteToken(page, token({ alg: 'ES256', typ: 'JWT' }, fine));
    await expect(page.getByRole('region', { name: 'Security checks' })).toContainText(
      'No problems found',
    );
  });
});

test.describe('verify it in your code', () => {
  test('snippets pin the alg, check issuer and audience, and keep the secret out', async ({
    page,
  }) => {
    await open(page);
    await ui(page).secret.fill('a-very-secret-value-for-this-test-only');
    await ui(page).payload.fill('{"iss":"https://issuer.example","aud":"api","sub":"1"}');
    await expect(ui(page).status).toContainText('Signature verified');
    await page.getByText('Verify it in your code').click();
    const panel = page.getByRole('tabpanel');
    await expect(panel).toContainText('algorithms=["HS256"]');
    await expect(panel).toContainText('https://issuer.example');
    await expect(panel).toContainText('JWT_SECRET');
    await expect(panel).not.toContainText('a-very-secret-value');
    await page.getByRole('tab', { name: 'Node: jose' }).click();
    await expect(page.getByRole('tabpanel')).toContainText('jwtVerify');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Node: jsonwebtoken' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByRole('tabpanel')).toContainText('jwt.verify');
  });

  test('for alg none there is no code that accepts the token', async ({ page }) => {
    await open(page);
    await pasteToken(
      page,
      `${encodeUtf8Base64url('{"alg":"none"}')}.${encodeUtf8Base64url('{}')}.`,
    );
    await page.getByText('Verify it in your code').click();
    await expect(page.getByRole('tabpanel')).toContainText('no code here accepts it');
  });
});
