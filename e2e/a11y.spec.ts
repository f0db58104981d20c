import AxeBuilder from '@axe-core/playwright';
import { CompactEncrypt } from 'jose';
import rfc9901 from '../src/core/sd-jwt/__fixtures__/rfc9901-examples.json' with { type: 'json' };
import type { Page } from '@playwright/test';
import { example, expect, open, seed, test, ui, x509 } from './support';

/**
 * axe-core over every state the page has today (issue 12, point 9): zero violations, in both
 * themes, both languages, and at phone width.
 */
type Theme = 'light' | 'dark';
type Language = 'en' | 'zh';

/**
 * The controls by id: the contract's names are English, and these states run in Chinese too.
 * The verdict's state is its class (the words are the contract's only in English).
 */
const controls = (page: Page) => ({
  token: page.locator('#token'),
  secret: page.locator('#key-secret'),
  publicKey: page.locator('#key-publicKey'),
  examples: page.locator('#examples'),
  verdict: page.locator('.verdict'),
});

const STATES: Readonly<Record<string, (page: Page) => Promise<void>>> = {
  default: async (page) => {
    await expect(page.locator('#examples option')).not.toHaveCount(1);
  },
  verified: async (page) => {
    await controls(page).secret.fill('secret');
    await expect(controls(page).verdict).toHaveClass(/verdict-verified/);
  },
  invalid: async (page) => {
    await controls(page).secret.fill('not the secret');
    await expect(controls(page).verdict).toHaveClass(/verdict-invalid/);
  },
  malformed: async (page) => {
    await controls(page).token.fill(`${seed.token.slice(0, 10)}*${seed.token.slice(11)}`);
    await expect(ui(page).alert).toBeVisible();
  },
  'key details and certificates': async (page) => {
    await controls(page).token.fill(x509.tokens.headerX5c);
    await controls(page).publicKey.fill(
      ['leafA', 'interA', 'rootA'].map((name) => x509.certificates[name as 'leafA'].pem).join(''),
    );
    await page.locator('.key-details summary').first().click();
    await expect(page.locator('.certificate').first()).toBeVisible();
  },
  'an encrypted token (JWE)': async (page) => {
    const jwe = await new CompactEncrypt(new TextEncoder().encode('{"sub":"a11y"}'))
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .encrypt(new Uint8Array(32));
    await controls(page).token.fill(jwe);
    await expect(page.locator('[data-part="ciphertext"]')).toBeVisible();
  },
  'an SD-JWT with its disclosures and key binding': async (page) => {
    const presentation = rfc9901.examples.find(
      (candidate) => candidate.id === 'RFC 9901 §5.2 presentation',
    )!;
    await controls(page).token.fill(presentation.sdJwt);
    await controls(page).publicKey.fill(JSON.stringify(rfc9901.issuerKey.jwk));
    await expect(controls(page).verdict.first()).toHaveClass(/verdict-verified/);
    await expect(page.locator('[data-part="disclosure"]').first()).toBeVisible();
  },
  'the learning views of a decrypted JWE': async (page) => {
    const key = new Uint8Array(32).fill(3);
    const jwe = await new CompactEncrypt(new TextEncoder().encode('{"sub":"a11y"}'))
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .encrypt(key);
    await controls(page).token.fill(jwe);
    await page.locator('#decryption-key').fill(Buffer.from(key).toString('base64url'));
    await expect(page.locator('.pane-jwe .verdict')).toHaveClass(/verdict-verified/);
    for (const summary of await page.locator('details.how summary').all()) await summary.click();
    await expect(page.locator('details.how .steps').first()).toBeVisible();
    await expect(page.locator('[role="tabpanel"]')).toBeVisible();
  },
  'the learning views of an SD-JWT': async (page) => {
    const presentation = rfc9901.examples.find(
      (candidate) => candidate.id === 'RFC 9901 §5.2 presentation',
    )!;
    await controls(page).token.fill(presentation.sdJwt);
    for (const summary of await page.locator('details.how summary').all()) await summary.click();
    await expect(page.locator('details.how select')).toBeVisible();
    await expect(page.locator('details.how .steps').first()).toBeVisible();
    await expect(page.locator('[role="tabpanel"]')).toBeVisible();
  },
  'share link with the public key': async (page) => {
    await controls(page).examples.selectOption('rs256');
    await expect(controls(page).token).toHaveValue(example('rs256').token);
    await page.locator('.actions button').nth(1).click();
    await expect(page.locator('#share-link')).toBeVisible();
  },
  'example with a key pair': async (page) => {
    await controls(page).examples.selectOption('es256');
    await expect(controls(page).token).toHaveValue(example('es256').token);
  },
};

async function setUp(page: Page, theme: Theme, language: Language) {
  await page.addInitScript(
    ([themeValue, languageValue]) => {
      localStorage.setItem('jwt-debugger.theme', themeValue);
      localStorage.setItem('jwt-debugger.language', languageValue);
    },
    [theme, language] as const,
  );
  await open(page);
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
  }));
}

for (const theme of ['light', 'dark'] as const) {
  for (const language of ['en', 'zh'] as const) {
    test.describe(`axe-core, ${theme} theme, ${language}`, () => {
      test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
      for (const [state, reach] of Object.entries(STATES)) {
        test(`${state}: no violations`, async ({ page }) => {
          await setUp(page, theme, language);
          await reach(page);
          expect(await violations(page)).toEqual([]);
        });
      }
    });
  }
}

test.describe('axe-core at phone width (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const theme of ['light', 'dark'] as const) {
    for (const state of ['default', 'verified', 'invalid', 'malformed'] as const) {
      test(`${theme}, ${state}: no violations`, async ({ page }) => {
        await setUp(page, theme, 'en');
        await STATES[state]!(page);
        expect(await violations(page)).toEqual([]);
      });
    }
  }
});
