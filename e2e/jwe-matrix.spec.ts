import * as jose from 'jose';
import jweKeys from '../src/core/jwe/__fixtures__/keys.json' with { type: 'json' };
import {
  expect,
  expectUnsupported,
  open,
  pasteToken,
  pretty,
  test,
  ui,
  webCryptoHasJwe,
} from './support';

/**
 * Every alg × enc pair of issue 10 in this Chromium, both ways with jose (in Node) as the oracle:
 * what jose encrypts, the page decrypts; what the page encrypts, jose decrypts. The unit tests do
 * the same in Node (src/core/jwe/jose-interop.test.ts); this is the browser's own WebCrypto.
 * What this browser cannot do (192-bit AES in Chromium) must be named, never fail generically.
 */

type Kind = 'oct' | 'password' | 'RSA' | 'EC';
const ALGS: readonly (readonly [string, Kind, number?])[] = [
  ['dir', 'oct'],
  ['A128KW', 'oct', 128],
  ['A192KW', 'oct', 192],
  ['A256KW', 'oct', 256],
  ['A128GCMKW', 'oct', 128],
  ['A192GCMKW', 'oct', 192],
  ['A256GCMKW', 'oct', 256],
  ['RSA-OAEP', 'RSA'],
  ['RSA-OAEP-256', 'RSA'],
  ['RSA-OAEP-384', 'RSA'],
  ['RSA-OAEP-512', 'RSA'],
  ['ECDH-ES', 'EC'],
  ['ECDH-ES+A128KW', 'EC'],
  ['ECDH-ES+A192KW', 'EC'],
  ['ECDH-ES+A256KW', 'EC'],
  ['PBES2-HS256+A128KW', 'password'],
  ['PBES2-HS384+A192KW', 'password'],
  ['PBES2-HS512+A256KW', 'password'],
];
/** Each enc and the size of its content key in bits (what `dir` takes). */
const ENCS: readonly (readonly [string, number])[] = [
  ['A128GCM', 128],
  ['A192GCM', 192],
  ['A256GCM', 256],
  ['A128CBC-HS256', 256],
  ['A192CBC-HS384', 384],
  ['A256CBC-HS512', 512],
];
const CURVES = { 'P-256': 'p256', 'P-384': 'p384', 'P-521': 'p521', X25519: 'x25519' } as const;

interface Pair {
  readonly label: string;
  readonly alg: string;
  readonly enc: string;
  /** The text for `Decryption key` and `Encryption key`. */
  readonly decryptionKey: string;
  readonly encryptionKey: string;
  /** jose's keys for the same pair. */
  readonly joseEncrypt: () => Promise<jose.CryptoKey | Uint8Array>;
  readonly joseDecrypt: () => Promise<jose.CryptoKey | Uint8Array>;
  /** Needs 192-bit AES, which Chromium's WebCrypto lacks. */
  readonly aes192: boolean;
}

function pairs(): Pair[] {
  const all: Pair[] = [];
  for (const [alg, kind, kwBits] of ALGS) {
    for (const [enc, cekBits] of ENCS) {
      const aes192 =
        alg.includes('192') || enc.includes('192') || (alg === 'dir' && cekBits === 192);
      const base = { alg, enc, aes192, label: `${alg} × ${enc}` };
      if (kind === 'oct') {
        const text = (jweKeys.secrets as Record<string, string>)[`oct${kwBits ?? cekBits}`]!;
        const bytes = async () => jose.base64url.decode(text);
        all.push({
          ...base,
          decryptionKey: text,
          encryptionKey: text,
          joseEncrypt: bytes,
          joseDecrypt: bytes,
        });
      } else if (kind === 'password') {
        const password = jweKeys.passwords.strong;
        const bytes = async () => new TextEncoder().encode(password);
        all.push({
          ...base,
          decryptionKey: password,
          encryptionKey: password,
          joseEncrypt: bytes,
          joseDecrypt: bytes,
        });
      } else {
        const curves = kind === 'RSA' ? { RSA: 'rsa2048' } : CURVES;
        for (const [curve, name] of Object.entries(curves)) {
          const key = (jweKeys.keys as Record<string, { spki: string; pkcs8: string }>)[name]!;
          all.push({
            ...base,
            label: kind === 'RSA' ? base.label : `${base.label} (${curve})`,
            decryptionKey: key.pkcs8,
            encryptionKey: key.spki,
            joseEncrypt: () => jose.importSPKI(key.spki, alg),
            joseDecrypt: () => jose.importPKCS8(key.pkcs8, alg),
          });
        }
      }
    }
  }
  return all;
}

const decryptionStatus = (page: import('@playwright/test').Page) =>
  page.getByRole('status', { name: 'Decryption status', exact: true });

test.describe('JWE: every alg × enc pair in this browser, with jose', () => {
  // Six encs, eighteen algs, four curves for ECDH-ES: over a hundred pastes in one page each.
  test.slow();

  test('what jose encrypts, the page decrypts (or names what this browser cannot do)', async ({
    page,
  }) => {
    await open(page);
    const aes192 = await webCryptoHasJwe(page, 'AES-192');
    for (const [index, pair] of pairs().entries()) {
      const claims = `{"pair":"${pair.label}","n":${index}}`;
      const token = await new jose.CompactEncrypt(new TextEncoder().encode(claims))
        .setProtectedHeader({ alg: pair.alg, enc: pair.enc })
        .encrypt(await pair.joseEncrypt());
      await pasteToken(page, token);
      await page
        .getByRole('textbox', { name: 'Decryption key', exact: true })
        .fill(pair.decryptionKey);
      const status = decryptionStatus(page);
      if (pair.aes192 && !aes192) {
        await expectUnsupported(status, '192', 'Decryption failed');
      } else {
        await expect(status, pair.label).toContainText('Decrypted');
        await expect(ui(page).payload, pair.label).toHaveValue(pretty(claims));
      }
    }
  });

  test('what the page encrypts, jose decrypts (or the page names what this browser cannot do)', async ({
    page,
  }) => {
    await open(page);
    const aes192 = await webCryptoHasJwe(page, 'AES-192');
    const encryptionKey = page.getByRole('textbox', { name: 'Encryption key', exact: true });
    for (const [index, pair] of pairs().entries()) {
      const header = JSON.stringify({ alg: pair.alg, enc: pair.enc });
      const claims = `{"pair":"${pair.label}","n":${index}}`;
      await ui(page).header.fill(header);
      await ui(page).payload.fill(claims);
      await encryptionKey.fill(pair.encryptionKey);
      if (pair.aes192 && !aes192) {
        await expect(page.getByRole('alert'), pair.label).toContainText(
          'not supported by this browser',
        );
        continue;
      }
      // The token for these very inputs: jose finds this pair's alg, enc and claims in it
      // (the key-wrapping GCM algs add their iv and tag to the header).
      let token = '';
      await expect(async () => {
        token = await ui(page).token.inputValue();
        const { plaintext, protectedHeader } = await jose.compactDecrypt(
          token,
          await pair.joseDecrypt(),
          {
            keyManagementAlgorithms: [pair.alg],
            contentEncryptionAlgorithms: [pair.enc],
            maxPBES2Count: 1_200_000,
          },
        );
        expect(protectedHeader).toMatchObject({ alg: pair.alg, enc: pair.enc });
        expect(new TextDecoder().decode(plaintext)).toBe(claims);
      }, pair.label).toPass({ timeout: 10_000 });
    }
  });
});
