import { expect, test as base, type Locator, type Page } from '@playwright/test';
import keysJson from '../src/core/__fixtures__/keys.json' with { type: 'json' };
import x509Json from '../src/core/__fixtures__/x509.json' with { type: 'json' };
import examplesJson from '../src/ui/examples/examples.json' with { type: 'json' };
import shortCoordinatesJson from '../src/core/keys/__fixtures__/short-coordinates.json' with { type: 'json' };

/** Fixture data for every journey, from one module (style.md). */
export const keys = keysJson.keys;
export const jwks = keysJson.jwks;
export const examples = examplesJson.examples;
/** Certificate chains made by openssl (scripts/make-x509-fixtures.mjs), tokens that carry them. */
export const x509 = x509Json;
/** EC JWKs one byte short and their tokens, as PyJWT 2.6 wrote them (keys/__fixtures__). */
export const shortCoordinates = shortCoordinatesJson.cases;

export { seed } from '../src/core/__fixtures__/seed';

/**
 * JSON as the Header and Payload panes lay it out: two spaces, one member per line. For JSON
 * whose numbers JSON.parse keeps as written; write the text out where they are unusual.
 */
export function pretty(json: string): string {
  return JSON.stringify(JSON.parse(json), null, 2);
}

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

/** A new page with a JSON serialization pasted (a JWS's, or an SD-JWT's: RFC 9901 §8). */
export async function openWithJson(page: Page, serialization: object) {
  await open(page);
  await pasteToken(page, JSON.stringify(serialization));
}

/**
 * Whether this browser's WebCrypto has the signature algorithm `name` (ML-DSA: Chromium 156 has
 * -44 and -65, Chromium 150 none). Where it has not, the page must say so (ui-contract.md).
 */
export function webCryptoHas(page: Page, name: string): Promise<boolean> {
  return page.evaluate(
    (algorithm) =>
      crypto.subtle.generateKey({ name: algorithm }, false, ['sign', 'verify']).then(
        () => true,
        () => false,
      ),
    name,
  );
}

/**
 * Whether this browser's WebCrypto has what some JWE algorithms need: 192-bit AES (A192*, which
 * Chromium lacks) or X448 (ECDH-ES on that curve). Where it has not, the page must say so.
 */
export function webCryptoHasJwe(page: Page, what: 'AES-192' | 'X448'): Promise<boolean> {
  return page.evaluate(
    (what) =>
      (what === 'X448'
        ? crypto.subtle.generateKey({ name: 'X448' }, false, ['deriveBits'])
        : crypto.subtle.generateKey({ name: 'AES-GCM', length: 192 }, false, ['encrypt'])
      ).then(
        () => true,
        () => false,
      ),
    what,
  );
}

/**
 * A status that names `name` as something this browser's WebCrypto cannot do, with the failure
 * phrase `failed` absent: an unsupported algorithm is said, never a generic failure.
 */
export async function expectUnsupported(status: Locator, name: string, failed: string) {
  await expect(status).toContainText(name);
  await expect(status).toContainText('not supported by this browser');
  await expect(status).not.toContainText(failed);
}

/** What the page says of a signature algorithm this browser lacks. */
export const notSupported = (alg: string) => `${alg} is not supported by this browser.`;

/** The verdict a good signature of `alg` gets in this browser: verified, or `alg` unsupported. */
export async function goodVerdict(page: Page, alg: string): Promise<string> {
  return (await webCryptoHas(page, alg)) ? 'Signature verified' : notSupported(alg);
}

/**
 * Whether this browser fetches a dynamic import again after a failed fetch of it (whatwg/html
 * #10327, in Chromium 156; Chromium 150 keeps the failure for the page's life).
 */
export async function refetchesFailedImports(page: Page): Promise<boolean> {
  const url = '/__probe-import.js';
  let fetches = 0;
  await page.route(`**${url}`, (route) =>
    ++fetches === 1
      ? route.abort()
      : route.fulfill({ contentType: 'text/javascript', body: 'export default 1;' }),
  );
  const again = await page.evaluate(async (specifier) => {
    await import(specifier).catch(() => undefined);
    return import(specifier).then(
      (module: { default: number }) => module.default === 1,
      () => false,
    );
  }, url);
  await page.unroute(`**${url}`);
  return again;
}

export async function open(page: Page, hash = '') {
  await page.goto(`/${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/**
 * Makes the page's WebCrypto calls take `ms` longer, as on a slow device: a verdict shown for
 * other inputs than the current ones then stays on screen long enough to be seen.
 */
export async function slowCrypto(page: Page, ms: number) {
  await page.addInitScript((delay: number) => {
    const subtle = crypto.subtle as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of ['importKey', 'verify', 'sign']) {
      const original = subtle[name]!.bind(crypto.subtle);
      subtle[name] = (...args: unknown[]) =>
        new Promise((resolve) => setTimeout(resolve, delay)).then(() => original(...args));
    }
  }, ms);
}

export interface Frame {
  readonly status: string;
  readonly token: string;
  readonly secret: string | undefined;
  /** The Secret encoding option's value: utf8, base64url, base64 or hex. */
  readonly encoding: string | undefined;
  readonly publicKey: string | undefined;
  readonly header: string;
  readonly payload: string;
}

/**
 * Records, at every animation frame, what the page shows: the `Signature status` text and the
 * inputs beside it. `frames()` reads the record back.
 */
export async function recordFrames(page: Page) {
  await page.evaluate(() => {
    const value = (name: string) =>
      (document.querySelector(`[aria-label="${name}"], #${name}`) as HTMLTextAreaElement | null)
        ?.value;
    const byLabel = (label: string) => {
      const element = [...document.querySelectorAll('label')].find(
        (candidate) => candidate.textContent === label,
      );
      const id = element?.getAttribute('for');
      return id ? (document.getElementById(id) as HTMLTextAreaElement | null)?.value : undefined;
    };
    const frames: Frame[] = [];
    const now = (): Frame => ({
      status:
        document.querySelector('[role="status"][aria-label="Signature status"]')?.textContent ?? '',
      token: byLabel('Encoded token') ?? '',
      secret: byLabel('Secret'),
      encoding: byLabel('Secret encoding'),
      publicKey: byLabel('Public key'),
      header: value('Header') ?? '',
      payload: value('Payload') ?? '',
    });
    const same = (a: Frame, b: Frame) =>
      (Object.keys(a) as (keyof Frame)[]).every((name) => a[name] === b[name]);
    const record = window as unknown as { __frames: Frame[]; __now: () => Frame };
    record.__frames = frames;
    record.__now = now;
    const tick = () => {
      const frame = now();
      // A frame like the one before adds nothing to check.
      if (frames.length === 0 || !same(frames[frames.length - 1]!, frame)) frames.push(frame);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  type Recorded = { __frames: Frame[]; __now: () => Frame };
  return {
    frames: () => page.evaluate(() => (window as unknown as Recorded).__frames.slice()),
    /** What the page shows now. */
    snapshot: () => page.evaluate(() => (window as unknown as Recorded).__now()),
  };
}
