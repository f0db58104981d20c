import type { Page } from '@playwright/test';
import { expect, open, pasteToken, test, ui } from './support';

/**
 * ML-DSA-44, -65 and -87 through the page's public names, in Chromium (Node 20 has no ML-DSA,
 * so the unit tests skip them there). The reference is the browser's own WebCrypto, called
 * directly: it makes the keys and signs and verifies tokens, and the page must agree with it.
 * Chromium 156 has ML-DSA-44 and -65, Chromium 150 none: each is detected and, where missing,
 * the page must say so.
 */
const ALGS = ['ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87'] as const;

function supports(page: Page, alg: string): Promise<boolean> {
  return page.evaluate(
    (name) =>
      crypto.subtle.generateKey({ name }, false, ['sign', 'verify']).then(
        () => true,
        () => false,
      ),
    alg,
  );
}

interface BrowserKeys {
  readonly spkiPem: string;
  readonly pkcs8Pem: string;
  readonly publicJwk: Record<string, unknown>;
  readonly privateJwk: Record<string, unknown>;
  /** A compact JWS the browser signed itself over a header and payload of its own. */
  readonly token: string;
}

/** A key pair made by the browser's WebCrypto, its exports, and a token it signs. */
function browserKeys(page: Page, alg: string): Promise<BrowserKeys> {
  return page.evaluate(async (name) => {
    const pem = (label: string, der: ArrayBuffer) =>
      `-----BEGIN ${label}-----\n${btoa(String.fromCharCode(...new Uint8Array(der)))
        .match(/.{1,64}/g)!
        .join('\n')}\n-----END ${label}-----\n`;
    const b64url = (bytes: Uint8Array) =>
      btoa(String.fromCharCode(...bytes))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    const pair = (await crypto.subtle.generateKey({ name }, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const header = b64url(new TextEncoder().encode(JSON.stringify({ alg: name, typ: 'JWT' })));
    const payload = b64url(new TextEncoder().encode('{"sub":"browser","n":44}'));
    const signature = await crypto.subtle.sign(
      { name },
      pair.privateKey,
      new TextEncoder().encode(`${header}.${payload}`),
    );
    const strip = ({ key_ops: _ops, ext: _ext, ...jwk }: JsonWebKey) => jwk;
    return {
      spkiPem: pem('PUBLIC KEY', await crypto.subtle.exportKey('spki', pair.publicKey)),
      pkcs8Pem: pem('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
      publicJwk: strip(await crypto.subtle.exportKey('jwk', pair.publicKey)),
      privateJwk: strip(await crypto.subtle.exportKey('jwk', pair.privateKey)),
      token: `${header}.${payload}.${b64url(new Uint8Array(signature))}`,
    };
  }, alg);
}

/** Whether the browser's WebCrypto verifies a token with an SPKI PEM. */
function browserVerifies(page: Page, alg: string, token: string, spkiPem: string) {
  return page.evaluate(
    async ({ alg, token, spkiPem }) => {
      const der = Uint8Array.from(atob(spkiPem.replace(/-----[A-Z ]+-----|\s/g, '')), (c) =>
        c.charCodeAt(0),
      );
      const key = await crypto.subtle.importKey('spki', der, { name: alg }, false, ['verify']);
      const [h, p, s] = token.split('.');
      const signature = Uint8Array.from(atob(s!.replace(/-/g, '+').replace(/_/g, '/')), (c) =>
        c.charCodeAt(0),
      );
      return crypto.subtle.verify(
        { name: alg },
        key,
        signature,
        new TextEncoder().encode(`${h}.${p}`),
      );
    },
    { alg, token, spkiPem },
  );
}

test.describe('ML-DSA in Chromium', () => {
  for (const alg of ALGS) {
    test(`${alg}: verify, AKP JWK import, sign and Generate key, each checked by the browser's WebCrypto`, async ({
      page,
      browserName,
      browser,
    }) => {
      await open(page);
      const supported = await supports(page, alg);
      // Chromium 156 has -44 and -65: only -87 may be missing there, and then the next test
      // covers it; an older Chromium (150) has none, and the next test covers all three.
      if (alg !== 'ML-DSA-87' && Number(browser.version().split('.')[0]) >= 156)
        expect(supported).toBe(true);
      test.skip(!supported, `${browserName} ${browser.version()} has no ${alg} in WebCrypto`);
      const keys = await browserKeys(page, alg);
      const { status, publicKey, privateKey, payload, token } = ui(page);

      // Verify: a token the browser signed, with the SPKI and with the AKP JWK.
      await pasteToken(page, keys.token);
      await publicKey.fill(keys.spkiPem);
      await expect(status).toContainText('Signature verified');
      expect(keys.publicJwk).toMatchObject({ kty: 'AKP', alg });
      await publicKey.fill(JSON.stringify(keys.publicJwk));
      await expect(status).toContainText('Signature verified');
      const [h, p, s] = keys.token.split('.');
      const flipped = `${s!.startsWith('A') ? 'B' : 'A'}${s!.slice(1)}`;
      await pasteToken(page, `${h}.${p}.${flipped}`);
      await expect(status).toContainText('Invalid signature');

      // Sign: the private key as PKCS#8 and as an AKP JWK; the browser verifies each token.
      for (const text of [keys.pkcs8Pem, JSON.stringify(keys.privateJwk)]) {
        await pasteToken(page, keys.token);
        await publicKey.fill('');
        await privateKey.fill(text);
        const claims = `{"sub":"page","key":${text.startsWith('{') ? '"jwk"' : '"pem"'}}`;
        await payload.fill(claims);
        const segment = Buffer.from(claims).toString('base64url');
        await expect(token).toHaveValue(new RegExp(`\\.${segment}\\.`));
        await expect(status).toContainText('Signature verified');
        expect(await browserVerifies(page, alg, await token.inputValue(), keys.spkiPem)).toBe(true);
      }

      // Generate key: a fresh pair signs, and the public key it shows verifies in the browser.
      await page.getByRole('button', { name: 'Generate key' }).click();
      await expect(publicKey).not.toHaveValue(keys.spkiPem);
      await expect(publicKey).toHaveValue(/^-----BEGIN PUBLIC KEY-----/);
      await expect(status).toContainText('Signature verified');
      const generated = await publicKey.inputValue();
      expect(await browserVerifies(page, alg, await token.inputValue(), generated)).toBe(true);
      expect(await browserVerifies(page, alg, await token.inputValue(), keys.spkiPem)).toBe(false);
    });

    test(`${alg}: where this browser lacks it, the page says "not supported by this browser"`, async ({
      page,
      browserName,
      browser,
    }) => {
      await open(page);
      const supported = await supports(page, alg);
      test.skip(supported, `${browserName} ${browser.version()} has ${alg}: the test above runs`);
      await ui(page).algorithm.selectOption(alg);
      await expect(
        page.getByText(`${alg} is not supported by this browser.`).first(),
      ).toBeVisible();
      await expect(ui(page).status).not.toContainText('Signature verified');
      await expect(ui(page).status).not.toContainText('Invalid signature');
    });
  }
});
