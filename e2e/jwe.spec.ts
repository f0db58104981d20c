import * as jose from 'jose';
import jweKeys from '../src/core/jwe/__fixtures__/keys.json' with { type: 'json' };
import {
  expect,
  expectUnsupported,
  keys,
  open,
  pasteToken,
  pretty,
  test,
  ui,
  webCryptoHasJwe,
} from './support';

/** Encrypted tokens (ui-contract.md, "Encrypted tokens"), made and checked by jose in Node. */

const { rsa2048, p256, x25519, x448 } = jweKeys.keys;
const { oct128, oct192, oct256 } = jweKeys.secrets;
const password = jweKeys.passwords.strong;
/** An HS256 secret of 32 random-looking bytes, on no list of known secrets. */
const SECRET = 'q3Vt9ZrL0xYp8aBc4DeF7gHi2JkLmN5o';
const plaintext = new TextEncoder().encode('{"sub":"alice","scope":"read"}');

function decryption(page: import('@playwright/test').Page) {
  return {
    key: page.getByRole('textbox', { name: 'Decryption key', exact: true }),
    status: page.getByRole('status', { name: 'Decryption status', exact: true }),
    encryptionKey: page.getByRole('textbox', { name: 'Encryption key', exact: true }),
    inner: page.getByRole('textbox', { name: 'Inner header', exact: true }),
  };
}

async function encrypt(
  header: jose.CompactJWEHeaderParameters,
  key: jose.CryptoKey | Uint8Array | string,
  content = plaintext,
): Promise<string> {
  const k = typeof key === 'string' ? new TextEncoder().encode(key) : key;
  return new jose.CompactEncrypt(content).setProtectedHeader(header).encrypt(k);
}

/** A new page with `token` pasted and `key` in `Decryption key`. */
async function openWithKey(page: import('@playwright/test').Page, token: string, key: string) {
  await open(page);
  await pasteToken(page, token);
  await decryption(page).key.fill(key);
}

/** A typical RSA-OAEP-256 JWE of `plaintext` for the rsa2048 fixture key. */
async function rsaOaepToken(): Promise<string> {
  return encrypt(
    { alg: 'RSA-OAEP-256', enc: 'A256GCM' },
    await jose.importSPKI(rsa2048.spki, 'RSA-OAEP-256'),
  );
}

const families = [
  {
    name: 'RSA-OAEP-256',
    header: { alg: 'RSA-OAEP-256', enc: 'A256GCM' },
    encryptWith: () => jose.importSPKI(rsa2048.spki, 'RSA-OAEP-256'),
    decryptWith: rsa2048.pkcs8,
  },
  {
    name: 'ECDH-ES+A256KW on P-256',
    header: { alg: 'ECDH-ES+A256KW', enc: 'A128CBC-HS256' },
    encryptWith: () => jose.importSPKI(p256.spki, 'ECDH-ES+A256KW'),
    decryptWith: p256.pkcs8,
  },
  {
    name: 'ECDH-ES on X25519',
    header: { alg: 'ECDH-ES', enc: 'A256GCM' },
    encryptWith: () => jose.importSPKI(x25519.spki, 'ECDH-ES'),
    decryptWith: x25519.pkcs8,
  },
  {
    name: 'dir',
    header: { alg: 'dir', enc: 'A256GCM' },
    encryptWith: async () => jose.base64url.decode(oct256),
    decryptWith: oct256,
  },
  {
    name: 'A256KW',
    header: { alg: 'A256KW', enc: 'A256CBC-HS512' },
    encryptWith: async () => jose.base64url.decode(oct256),
    decryptWith: JSON.stringify({ kty: 'oct', k: oct256 }),
  },
  {
    name: 'A128GCMKW',
    header: { alg: 'A128GCMKW', enc: 'A128GCM' },
    encryptWith: async () => jose.base64url.decode(oct128),
    decryptWith: JSON.stringify({ kty: 'oct', k: oct128 }),
  },
  {
    name: 'PBES2',
    header: { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' },
    encryptWith: async () => password,
    decryptWith: password,
  },
] as const;

test.describe('JWE', () => {
  for (const family of families) {
    test(`${family.name}: a token jose encrypted decrypts with its key, the payload shows`, async ({
      page,
    }) => {
      const token = await encrypt(family.header, await family.encryptWith());
      await open(page);
      await pasteToken(page, token);
      for (const part of ['header', 'iv', 'ciphertext', 'tag'])
        await expect(page.locator(`[data-part="${part}"]`)).toHaveCount(1);
      // dir and ECDH-ES have an empty encrypted key: its element may be absent (ui-contract.md).
      const encryptedKey = token.split('.')[1]!;
      if (encryptedKey !== '')
        await expect(page.locator('[data-part="encrypted-key"]')).toHaveText(encryptedKey);
      await expect(decryption(page).status).not.toContainText('Decrypted');
      await expect(decryption(page).status).not.toContainText('Decryption failed');
      // Its content is not a signed token: no JWS security checks, and none left loading.
      await expect(page.getByRole('heading', { name: 'Security checks', exact: true })).toHaveCount(
        0,
      );
      await expect(page.getByText('Loading…')).toHaveCount(0);
      await decryption(page).key.fill(family.decryptWith);
      await expect(decryption(page).status).toContainText('Decrypted');
      await expect(ui(page).payload).toHaveValue(pretty('{"sub":"alice","scope":"read"}'));
      await expect(ui(page).claims).toContainText('alice');
      await expect(ui(page).token).toHaveValue(token);
    });
  }

  test('a wrong key and a tampered tag: Decryption failed, and why', async ({ page }) => {
    const token = await rsaOaepToken();
    await openWithKey(page, token, jweKeys.keys.rsa2048b.pkcs8);
    await expect(decryption(page).status).toContainText('Decryption failed');
    await expect(decryption(page).status).not.toContainText('Decrypted');
    await expect(ui(page).payload).toHaveValue('');
    await decryption(page).key.fill(rsa2048.pkcs8);
    await expect(decryption(page).status).toContainText('Decrypted');
    const parts = token.split('.');
    const tag = parts[4]!;
    parts[4] = `${tag[0] === 'A' ? 'B' : 'A'}${tag.slice(1)}`;
    await pasteToken(page, parts.join('.'));
    await expect(decryption(page).status).toContainText('Decryption failed');
    await expect(decryption(page).status).toContainText('tag');
  });

  test('the Decryption key box says what it read: format, type and size, the JWK Set’s choice, also for a key that is not the one', async ({
    page,
  }) => {
    const token = await encrypt(
      { alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'current' },
      await jose.importSPKI(rsa2048.spki, 'RSA-OAEP-256'),
    );
    const { key, status } = decryption(page);
    await open(page);
    await pasteToken(page, token);
    // Another RSA key: read, tried, and named beside the failure.
    await key.fill(jweKeys.keys.rsa2048b.pkcs8);
    await expect(status).toContainText('Decryption failed');
    await expect(key).toHaveAccessibleDescription(
      'Detected: PEM private key (PKCS#8) · RSA 2048 bits · private key',
    );
    await key.fill(JSON.stringify(rsa2048.privateJwk));
    await expect(status).toContainText('Decrypted');
    await expect(key).toHaveAccessibleDescription('Detected: JWK · RSA 2048 bits · private key');
    const set = {
      keys: [
        { ...jweKeys.keys.rsa2048b.privateJwk, kid: 'old' },
        { ...rsa2048.privateJwk, kid: 'current' },
      ],
    };
    await key.fill(JSON.stringify(set));
    await expect(status).toContainText('Decrypted');
    await expect(key).toHaveAccessibleDescription(
      /^Detected: JWK Set · RSA 2048 bits · private key\s*Key "current" of the set \(2 keys\), chosen by the header's kid\.$/,
    );
    // Key bytes and a password.
    const oct128 = jweKeys.secrets.oct128;
    await pasteToken(
      page,
      await encrypt({ alg: 'A128KW', enc: 'A128GCM' }, jose.base64url.decode(oct128)),
    );
    await key.fill(oct128);
    await expect(status).toContainText('Decrypted');
    await expect(key).toHaveAccessibleDescription('Detected: key bytes (base64url) · 128-bit key');
    await pasteToken(page, await encrypt({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' }, password));
    await key.fill(password);
    await expect(status).toContainText('Decrypted');
    await expect(key).toHaveAccessibleDescription(
      `Detected: password (UTF-8) · ${new TextEncoder().encode(password).length}-byte password`,
    );
    // Nothing read yet: no description.
    await key.fill('');
    await expect(key).toHaveAccessibleDescription('');
  });

  test('a nested JWT: decrypted, its inner header shown, its signature checked with the public key', async ({
    page,
  }) => {
    const jws = await new jose.SignJWT({ sub: 'bob', admin: false })
      .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
      .sign(await jose.importPKCS8(keys.p256.pkcs8, 'ES256'));
    const token = await encrypt(
      { alg: 'dir', enc: 'A256GCM', cty: 'JWT' },
      jose.base64url.decode(oct256),
      new TextEncoder().encode(jws),
    );
    await openWithKey(page, token, oct256);
    await expect(decryption(page).status).toContainText('Decrypted');
    await expect(decryption(page).inner).toHaveValue(pretty('{"alg":"ES256","typ":"JWT"}'));
    await expect(decryption(page).inner).not.toBeEditable();
    await expect(ui(page).payload).toHaveValue(pretty('{"sub":"bob","admin":false}'));
    await expect(ui(page).status).toContainText('Paste the public key');
    await ui(page).publicKey.fill(keys.p256.spki);
    await expect(ui(page).status).toContainText('Signature verified');
    await ui(page).publicKey.fill(keys.p256b.spki);
    await expect(ui(page).status).toContainText('Invalid signature');
  });

  test('encrypt in the page: a header with enc and an Encryption key make a JWE jose decrypts', async ({
    page,
  }) => {
    await open(page);
    await ui(page).header.fill('{"alg":"RSA-OAEP-256","enc":"A256GCM"}');
    await ui(page).payload.fill('{"sub":"carol","n":1}');
    await decryption(page).encryptionKey.fill(rsa2048.spki);
    await expect(ui(page).token).toHaveValue(
      /^eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0\./,
    );
    const token = await ui(page).token.inputValue();
    const { plaintext: decrypted } = await jose.compactDecrypt(
      token,
      await jose.importPKCS8(rsa2048.pkcs8, 'RSA-OAEP-256'),
    );
    expect(new TextDecoder().decode(decrypted)).toBe('{"sub":"carol","n":1}');
    // The box says what it encrypted for.
    await expect(decryption(page).encryptionKey).toHaveAccessibleDescription(
      'Detected: PEM public key (SPKI) · RSA 2048 bits · public key',
    );
    // With the private key in Decryption key, the page decrypts its own token.
    await decryption(page).key.fill(rsa2048.pkcs8);
    await expect(decryption(page).status).toContainText('Decrypted');
    // The Encryption key emptied, the Decryption key's public half encrypts, and it says so.
    await decryption(page).encryptionKey.fill('');
    await expect(ui(page).token).not.toHaveValue(token);
    await expect(decryption(page).status).toContainText('Decrypted');
    await expect(decryption(page).encryptionKey).toHaveAccessibleDescription(
      'Detected: PEM private key (PKCS#8) · RSA 2048 bits · private key Encrypted for the key in Decryption key (a private key’s public half), this box being empty.',
    );
  });

  test('Generate key for a JWE alg fills both boxes, and the page encrypts and decrypts', async ({
    page,
  }) => {
    await open(page);
    await ui(page).header.fill('{"alg":"ECDH-ES+A128KW","enc":"A128GCM"}');
    await ui(page).payload.fill('{"generated":true}');
    await page.getByRole('button', { name: 'Generate key' }).click();
    await expect(decryption(page).encryptionKey).toHaveValue(/BEGIN PUBLIC KEY/);
    await expect(decryption(page).key).toHaveValue(/BEGIN PRIVATE KEY/);
    await expect(decryption(page).status).toContainText('Decrypted');
    const token = await ui(page).token.inputValue();
    const key = await jose.importPKCS8(await decryption(page).key.inputValue(), 'ECDH-ES+A128KW');
    const { plaintext: decrypted } = await jose.compactDecrypt(token, key);
    expect(new TextDecoder().decode(decrypted)).toBe('{"generated":true}');
  });

  test('an algorithm this browser cannot do is named, with neither phrase', async ({ page }) => {
    // RFC 7516 A.2: RSA1_5, which no browser's WebCrypto has.
    const header = jose.base64url.encode('{"alg":"RSA1_5","enc":"A128CBC-HS256"}');
    await open(page);
    await pasteToken(page, `${header}.AAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`);
    await expect(decryption(page).status).toContainText('not supported by this browser');
    await expect(decryption(page).status).toContainText('RSA1_5');
    await decryption(page).key.fill(rsa2048.pkcs8);
    await expect(decryption(page).status).toContainText('not supported by this browser');
    await expect(decryption(page).status).not.toContainText('Decrypted');
    await expect(decryption(page).status).not.toContainText('Decryption failed');
  });
});

test.describe('JWE: its parts, its keys made here, its checks', () => {
  test('five parts in five colours, each named in the legend', async ({ page }) => {
    const token = await rsaOaepToken();
    await open(page);
    await pasteToken(page, token);
    const parts = ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag'];
    const colours = new Set<string>();
    for (const part of parts) {
      const element = page.locator(`[data-part="${part}"]`);
      await expect(element).toHaveText(token.split('.')[parts.indexOf(part)]!);
      colours.add(await element.evaluate((el) => getComputedStyle(el).color));
    }
    expect(colours.size).toBe(5);
    const legend = page.locator('#token-legend');
    for (const name of [
      'Header',
      'Encrypted key',
      'Initialization vector',
      'Ciphertext',
      'Authentication tag',
    ])
      await expect(legend).toContainText(name);
  });

  for (const [alg, enc] of [
    ['RSA-OAEP-256', 'A256GCM'],
    ['ECDH-ES', 'A128CBC-HS256'],
    ['A256KW', 'A256GCM'],
    ['dir', 'A256CBC-HS512'],
    ['PBES2-HS512+A256KW', 'A256GCM'],
  ] as const) {
    test(`Generate key for ${alg}: the page encrypts for it, decrypts, and jose agrees`, async ({
      page,
    }) => {
      await open(page);
      await ui(page).header.fill(JSON.stringify({ alg, enc }));
      await ui(page).payload.fill('{"made":"here"}');
      await page.getByRole('button', { name: 'Generate key' }).click();
      await expect(decryption(page).status).toContainText('Decrypted');
      const token = await ui(page).token.inputValue();
      const text = await decryption(page).key.inputValue();
      const key = text.includes('PRIVATE KEY')
        ? await jose.importPKCS8(text, alg)
        : alg.startsWith('PBES2')
          ? new TextEncoder().encode(text)
          : jose.base64url.decode((JSON.parse(text) as { k: string }).k);
      const { plaintext: decrypted } = await jose.compactDecrypt(token, key, {
        keyManagementAlgorithms: [alg],
        maxPBES2Count: 1_200_000,
      });
      expect(new TextDecoder().decode(decrypted)).toBe('{"made":"here"}');
    });
  }

  test('a pasted JWE is never encrypted again: an Encryption key typed leaves it as it is', async ({
    page,
  }) => {
    const token = await encrypt({ alg: 'dir', enc: 'A256GCM' }, jose.base64url.decode(oct256));
    await openWithKey(page, token, oct256);
    await expect(decryption(page).status).toContainText('Decrypted');
    await decryption(page).encryptionKey.fill(jweKeys.secrets.oct256b);
    await expect(decryption(page).status).toContainText('Decrypted');
    await expect(ui(page).token).toHaveValue(token);
  });

  test('a JWK for another alg is refused with that reason; for dir, one whose alg is the enc is fine', async ({
    page,
  }) => {
    const token = await encrypt({ alg: 'dir', enc: 'A256GCM' }, jose.base64url.decode(oct256));
    await openWithKey(page, token, JSON.stringify({ kty: 'oct', k: oct256, alg: 'A256KW' }));
    await expect(decryption(page).status).toContainText('Decryption failed');
    await expect(decryption(page).status).toContainText(
      'The JWK is for alg A256KW; this token uses dir.',
    );
    // RFC 7520 §5.6: a dir key may name the content encryption it is for.
    await decryption(page).key.fill(JSON.stringify({ kty: 'oct', k: oct256, alg: 'A256GCM' }));
    await expect(decryption(page).status).toContainText('Decrypted');
  });

  test('the checks of the encryption: a dir key that is weak, a PBES2 password on the lists', async ({
    page,
  }) => {
    const zeros = jose.base64url.encode(new Uint8Array(32));
    await open(page);
    await pasteToken(
      page,
      await encrypt({ alg: 'dir', enc: 'A256GCM' }, jose.base64url.decode(zeros)),
    );
    await decryption(page).key.fill(zeros);
    await expect(decryption(page).status).toContainText('Decrypted');
    await expect(page.locator('.pane-jwe')).toContainText(
      'dir uses this key as the content key, and it is weak',
    );
    await pasteToken(
      page,
      await encrypt({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' }, 'password'),
    );
    await decryption(page).key.fill('password');
    await expect(decryption(page).status).toContainText('Decrypted');
    await expect(page.locator('.pane-jwe')).toContainText('public lists of well-known secrets');
  });
});

test.describe('JWE: what this browser may lack, compression, the wrong order', () => {
  test('192-bit AES: decrypted where the browser has it, else named as not supported', async ({
    page,
  }) => {
    const token = await encrypt({ alg: 'A192KW', enc: 'A192GCM' }, jose.base64url.decode(oct192));
    await openWithKey(page, token, oct192);
    if (await webCryptoHasJwe(page, 'AES-192')) {
      await expect(decryption(page).status).toContainText('Decrypted');
      await expect(ui(page).payload).toHaveValue(pretty('{"sub":"alice","scope":"read"}'));
    } else {
      await expectUnsupported(decryption(page).status, 'A192KW', 'Decryption failed');
    }
  });

  test('ECDH-ES on X448: named as not supported where the browser lacks the curve', async ({
    page,
  }) => {
    // jose has no X448: a header with the X448 public key as epk, and parts of the right sizes.
    const { kty, crv, x } = x448.publicJwk;
    const header = jose.base64url.encode(
      JSON.stringify({ alg: 'ECDH-ES', enc: 'A256GCM', epk: { kty, crv, x } }),
    );
    const [iv, ciphertext, tag] = [12, 16, 16].map((n) => jose.base64url.encode(new Uint8Array(n)));
    await openWithKey(page, `${header}..${iv}.${ciphertext}.${tag}`, x448.pkcs8);
    if (await webCryptoHasJwe(page, 'X448')) {
      // The key agreement works; these made-up parts then fail their tag.
      await expect(decryption(page).status).toContainText('Decryption failed');
    } else {
      await expectUnsupported(decryption(page).status, 'X448', 'Decryption failed');
    }
  });

  test('zip "DEF": the content jose compressed is inflated into Payload, and the leak is named', async ({
    page,
  }) => {
    const claims = JSON.stringify({ sub: 'alice', roles: Array(40).fill('reader') });
    const token = await new jose.CompactEncrypt(new TextEncoder().encode(claims))
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', zip: 'DEF' })
      .encrypt(jose.base64url.decode(oct256));
    await openWithKey(page, token, oct256);
    await expect(decryption(page).status).toContainText('Decrypted');
    await expect(ui(page).payload).toHaveValue(pretty(claims));
    await expect(page.locator('.pane-jwe')).toContainText('CRIME');
  });

  test('a JWS whose payload is a JWE: encrypted, then signed, the wrong way round', async ({
    page,
  }) => {
    const inner = await encrypt({ alg: 'dir', enc: 'A256GCM' }, jose.base64url.decode(oct256));
    const token = await new jose.CompactSign(new TextEncoder().encode(inner))
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(new TextEncoder().encode(SECRET));
    await open(page);
    await pasteToken(page, token);
    await ui(page).secret.fill(SECRET);
    await expect(ui(page).status).toContainText('Signature verified');
    const item = page
      .getByRole('region', { name: 'Security checks' })
      .getByRole('listitem')
      .filter({ hasText: 'encrypted, then signed' });
    await expect(item).toContainText('Warning');
    await expect(item).toContainText('Source: RFC 7519 §11.2');
    await expect(item).toContainText('sign, then encrypt');
  });
});

test.describe('JWE at phone width, in Chinese, by keyboard alone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('paste, Tab to the decryption key, type it: decrypted, and nothing scrolls sideways', async ({
    page,
  }) => {
    const token = await encrypt({ alg: 'dir', enc: 'A256GCM' }, jose.base64url.decode(oct256));
    await open(page);
    await pasteToken(page, token);
    await ui(page).language.selectOption({ label: '中文' });
    const key = page.getByRole('textbox', { name: '解密密钥', exact: true });
    const status = page.getByRole('status', { name: '解密状态', exact: true });
    await expect(status).not.toContainText('已解密');
    // From the token box, Tab alone reaches the decryption key.
    await page.getByRole('textbox', { name: '编码后的令牌', exact: true }).focus();
    for (let i = 0; i < 40 && !(await key.evaluate((box) => box === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(key).toBeFocused();
    await page.keyboard.insertText(oct256);
    await expect(status).toContainText('已解密');
    await expect(page.getByRole('textbox', { name: '载荷', exact: true })).toHaveValue(
      pretty('{"sub":"alice","scope":"read"}'),
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});

test.describe('JWE by keyboard alone, from the top of the page', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('Tab to the token, paste it, Tab to the decryption key, paste the PEM: decrypted', async ({
    page,
  }) => {
    const token = await rsaOaepToken();
    await open(page);
    const tabTo = async (box: import('@playwright/test').Locator) => {
      for (let i = 0; i < 60 && !(await box.evaluate((b) => b === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await expect(box).toBeFocused();
    };
    // What the person copied elsewhere, pasted here with the keyboard.
    const paste = async (text: string) => {
      await page.evaluate((value) => navigator.clipboard.writeText(value), text);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('ControlOrMeta+V');
    };
    await tabTo(ui(page).token);
    await paste(token);
    await expect(ui(page).token).toHaveValue(token);
    await tabTo(decryption(page).key);
    await paste(rsa2048.pkcs8);
    await expect(decryption(page).status).toContainText('Decrypted');
    await expect(ui(page).payload).toHaveValue(pretty('{"sub":"alice","scope":"read"}'));
    // The focus stays where the key went in, visibly.
    await expect(decryption(page).key).toBeFocused();
    const outline = await decryption(page).key.evaluate(
      (box) => getComputedStyle(box).outlineStyle,
    );
    expect(outline).not.toBe('none');
  });
});
