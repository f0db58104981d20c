import { expect, test as base, type Page } from '@playwright/test';
import keysJson from '../src/core/__fixtures__/keys.json' with { type: 'json' };
import x509Json from '../src/core/__fixtures__/x509.json' with { type: 'json' };
import examplesJson from '../src/ui/examples/examples.json' with { type: 'json' };

/** Fixture data for every journey, from one module (style.md). */
export const keys = keysJson.keys;
export const jwks = keysJson.jwks;
export const examples = examplesJson.examples;
/** Certificate chains made by openssl (scripts/make-x509-fixtures.mjs), tokens that carry them. */
export const x509 = x509Json;

export { seed } from '../src/core/__fixtures__/seed';

export function example(id: string) {
  const found = examples.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no example ${id}`);
  return found;
}

/** The page's controls, by the roles and names of ui-contract.md. */
export function ui(page: Page) {
  return {
    token: page.getByRole('textbox', { name: 'Encoded token', exact: true }),
    header: page.getByRole('textbox', { name: 'Header', exact: true }),
    payload: page.getByRole('textbox', { name: 'Payload', exact: true }),
    secret: page.getByRole('textbox', { name: 'Secret', exact: true }),
    secretEncoding: page.getByRole('combobox', { name: 'Secret encoding', exact: true }),
    publicKey: page.getByRole('textbox', { name: 'Public key', exact: true }),
    privateKey: page.getByRole('textbox', { name: 'Private key', exact: true }),
    status: page.getByRole('status', { name: 'Signature status', exact: true }),
    claims: page.getByRole('table', { name: 'Claims', exact: true }),
    alert: page.getByRole('alert'),
    language: page.getByRole('combobox', { name: 'Language', exact: true }),
    algorithm: page.getByRole('combobox', { name: 'Algorithm', exact: true }),
    examples: page.getByRole('combobox', { name: 'Examples', exact: true }),
  };
}

/**
 * Every test opens the page through this fixture: it fails on any uncaught page error or
 * console error, and on any request that is not for the page's own files.
 */
export const test = base.extend<{ problems: string[]; allowedConsoleErrors: RegExp[] }>({
  /** Console errors a test provokes on purpose (a CSP violation it checks for). */
  allowedConsoleErrors: [[], { option: true }],
  problems: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        const text = message.text();
        if (
          message.type() === 'error' &&
          !allowedConsoleErrors.some((allowed) => allowed.test(text))
        ) {
          problems.push(`console: ${text}`);
        }
      });
      page.on('request', (request) => {
        const url = request.url();
        if (
          !url.startsWith(baseURL ?? 'http://127.0.0.1') &&
          !url.startsWith('data:') &&
          !url.startsWith('blob:')
        ) {
          problems.push(`request: ${url}`);
        }
      });
      await use(problems);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Replaces the token with `text`, as a paste does. */
export async function pasteToken(page: Page, text: string) {
  await ui(page).token.fill(text);
}

export async function open(page: Page, hash = '') {
  await page.goto(`/${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
