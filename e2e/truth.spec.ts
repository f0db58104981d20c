import * as jose from 'jose';
import { encodeBase64url, encodeUtf8Base64url } from '../src/core/encoding/base64url';
import {
  expect,
  keys,
  open,
  pasteToken,
  recordFrames,
  refetchesFailedImports,
  seed,
  slowCrypto,
  test,
  ui,
  type Frame,
  pretty,
} from './support';

/**
 * One truth on screen: the eight ways the page once showed something other than the token in
 * front of the user, each reproduced as it was found.
 */

const secret = new TextEncoder().encode('secret');

async function hs(header: object, payload: object): Promise<string> {
  return new jose.CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader(header as jose.CompactJWSHeaderParameters)
    .sign(secret);
}

/** A token whose MAC is over `header.payloadText` as written, base64url or not. */
async function macOver(payloadText: string): Promise<string> {
  const header = encodeUtf8Base64url('{"alg":"HS256","typ":"JWT"}');
  const key = await crypto.subtle.importKey(
    'raw',
    secret,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign(
    'HMAC',
    key,
    new TextEncoder().encode(`${header}.${payloadText}`),
  );
  return `${header}.${payloadText}.${encodeBase64url(new Uint8Array(mac))}`;
}

/** Frames that show "Signature verified" beside inputs other than `expected`'s. */
function verifiedElsewhere(frames: readonly Frame[], fits: (frame: Frame) => boolean): Frame[] {
  return frames.filter((frame) => frame.status.includes('Signature verified') && !fits(frame));
}

test.describe('one truth on screen', () => {
  test('1. no stale "Signature verified" after the algorithm is switched to one the key does not fit', async ({
    page,
  }) => {
    await open(page);
    await ui(page).algorithm.selectOption('RS256');
    await page.getByRole('button', { name: 'Generate key' }).click();
    await expect(ui(page).status).toContainText('Signature verified');
    await ui(page).algorithm.selectOption('ES256');
    await expect(ui(page).header).toHaveValue(pretty('{"alg":"ES256","typ":"JWT"}'));
    await expect(ui(page).alert).toContainText('ES256 needs');
    await expect(ui(page).status).not.toContainText('Signature verified');
    await expect(ui(page).status).toContainText(
      'Not signed: the header and payload could not make a token',
    );
    await expect(ui(page).status).not.toContainText('Invalid signature');
  });

  test('2. after the secret or the key changes, the old verdict is never shown for the new one', async ({
    page,
  }) => {
    await slowCrypto(page, 150);
    await open(page);
    await pasteToken(page, seed.token);
    const recording = await recordFrames(page);
    await ui(page).secret.fill('secret');
    await expect(ui(page).status).toContainText('Signature verified');
    await ui(page).secret.fill('secret2');
    await expect(ui(page).status).toContainText('Invalid signature');
    await ui(page).secret.fill('secret');
    await expect(ui(page).status).toContainText('Signature verified');
    const frames = await recording.frames();
    expect(verifiedElsewhere(frames, (frame) => frame.secret === 'secret')).toEqual([]);
    expect(
      frames.filter(
        (frame) => frame.status.includes('Invalid signature') && frame.secret !== 'secret2',
      ),
    ).toEqual([]);
    // While the result for the new secret is on its way, the page says so.
    expect(frames.some((frame) => frame.status.includes('Checking'))).toBe(true);

    // The same with a public key: the right one verifies, a wrong one never shows as verified.
    const token = await new jose.SignJWT({ sub: 'alice' })
      .setProtectedHeader({ alg: 'ES256' })
      .sign(await jose.importPKCS8(keys.p256.pkcs8, 'ES256'));
    await pasteToken(page, token);
    await ui(page).publicKey.fill(keys.p256.spki);
    await expect(ui(page).status).toContainText('Signature verified');
    await ui(page).publicKey.fill(keys.p256b.spki);
    await expect(ui(page).status).toContainText('Invalid signature');
    const later = await recording.frames();
    expect(
      verifiedElsewhere(
        later,
        (frame) => frame.secret !== undefined || frame.publicKey === keys.p256.spki,
      ),
    ).toEqual([]);
  });

  test('3. a token with a line break inside is joined and verified; one that cannot be decoded is never "Invalid signature"', async ({
    page,
  }) => {
    await open(page);
    // The user's own secret (the example's would go with the example).
    await ui(page).secret.fill('');
    await ui(page).secret.fill('secret');
    const other = await hs({ alg: 'HS256' }, { previous: 'token' });
    await pasteToken(page, other);
    await expect(ui(page).payload).toHaveValue(pretty('{"previous":"token"}'));
    await pasteToken(page, `${seed.token.slice(0, 40)}\n${seed.token.slice(40)}`);
    await expect(ui(page).status).toContainText('Signature verified');
    await expect(ui(page).payload).toHaveValue(pretty(seed.payload));
    await expect(page.getByText('Joined the token')).toBeVisible();

    await pasteToken(page, other);
    const [h, p, s] = seed.token.split('.') as [string, string, string];
    await pasteToken(page, `${h}.${p.slice(0, 6)}*${p.slice(7)}.${s}`);
    await expect(ui(page).alert).toContainText('Payload: character "*"');
    await expect(ui(page).payload).toHaveValue('');
    await expect(ui(page).status).toContainText('the token cannot be decoded');
    await expect(ui(page).status).not.toContainText('Invalid signature');
    await expect(ui(page).status).not.toContainText('Signature verified');
  });

  test('4. a MAC over a payload that is not base64url is a diagnosis, never "Signature verified"', async ({
    page,
  }) => {
    await open(page);
    // The user's own secret (the example's would go with the example).
    await ui(page).secret.fill('');
    await ui(page).secret.fill('secret');
    await pasteToken(page, await hs({ alg: 'HS256' }, { previous: 'token' }));
    await expect(ui(page).status).toContainText('Signature verified');
    const token = await macOver('#not?base64url');
    await pasteToken(page, token);
    await expect(ui(page).alert).toContainText('Payload: character "#"');
    await expect(ui(page).payload).toHaveValue('');
    await expect(ui(page).status).toContainText('The signature does match its text');
    await expect(ui(page).status).not.toContainText('Signature verified');
    await expect(ui(page).status).not.toContainText('Invalid signature');
    // jose, a conforming verifier, refuses it.
    await expect(jose.compactVerify(token, secret)).rejects.toThrow('Failed to base64url decode');
  });

  test('5. a pasted JWE clears the payload of the token before, and its notice is words in both languages', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(page, seed.token);
    const jwe = await new jose.CompactEncrypt(new TextEncoder().encode('{"secret":"data"}'))
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .encrypt(new Uint8Array(32).fill(7));
    await pasteToken(page, jwe);
    await expect(ui(page).payload).toHaveValue('');
    await expect(ui(page).header).toHaveValue(pretty('{"alg":"dir","enc":"A256GCM"}'));
    await expect(page.getByText('an encrypted token (JWE)').first()).toBeVisible();
    await expect(page.locator('body')).not.toContainText('TOKEN_IS_JWE');
    await ui(page).language.selectOption('zh');
    await expect(page.getByText('加密令牌（JWE）').first()).toBeVisible();
    await expect(page.locator('body')).not.toContainText('TOKEN_IS_JWE');
  });

  test.describe('6. no stuck states', () => {
    test.use({ allowedConsoleErrors: [/Failed to load resource|failed to load|cannot load/i] });

    test('a key module that fails to load is a message, not "Checking…" for good', async ({
      page,
    }) => {
      await page.route(/\/assets\/import-[^/]*\.js$/, (route) => route.abort());
      await open(page);
      const token = await new jose.SignJWT({ sub: 'a' })
        .setProtectedHeader({ alg: 'ES256' })
        .sign(await jose.importPKCS8(keys.p256.pkcs8, 'ES256'));
      await pasteToken(page, token);
      await ui(page).publicKey.fill(keys.p256.spki);
      await expect(ui(page).status).toContainText('Something went wrong while checking this token');
      await expect(ui(page).status).not.toContainText('Checking');
    });

    test('a learning view that fails to load says so and loads when tried again', async ({
      page,
    }) => {
      let fail = true;
      await page.route(/\/assets\/HowItsMade-[^/]*\.js$/, (route) =>
        fail ? route.abort() : route.continue(),
      );
      await open(page);
      await page.getByText("How it's made").click();
      await expect(
        page.getByText("A part of the page could not be loaded: How it's made"),
      ).toBeVisible();
      fail = false;
      const refetches = await refetchesFailedImports(page);
      await page.getByRole('button', { name: 'Try again' }).click();
      if (refetches) await expect(page.getByText('Signing input').first()).toBeVisible();
      else {
        // A browser that keeps a failed import for the page's life (Chromium 150) cannot load
        // it again: the page says so again, with its button, rather than loading for ever.
        await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
        await expect(
          page.getByText("A part of the page could not be loaded: How it's made"),
        ).toBeVisible();
        await expect(page.getByText('Loading…')).toHaveCount(0);
      }
    });

    test('a share link the clipboard refuses is said, and shown to copy by hand', async ({
      page,
    }) => {
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', {
          value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
        });
      });
      await open(page);
      await page.getByRole('button', { name: 'Copy share link' }).click();
      await expect(page.getByText('The link could not be copied to the clipboard')).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(/#token=/);
    });
  });

  test('7. a paste of the text already there hands the token the lead again', async ({ page }) => {
    await open(page);
    const hs384 = await new jose.CompactSign(new TextEncoder().encode('{"sub":"alice"}'))
      .setProtectedHeader({ alg: 'HS384', typ: 'JWT' })
      .sign(new Uint8Array(48).fill(1));
    await pasteToken(page, hs384);
    await ui(page).payload.fill('{"sub":"mallory"}');
    await pasteToken(page, hs384);
    await expect(ui(page).payload).toHaveValue(pretty('{"sub":"alice"}'));
    await page.getByRole('button', { name: 'Generate key' }).click();
    await expect(ui(page).secret).not.toHaveValue('');
    await expect(ui(page).status).toContainText('Invalid signature');
    // A pasted token is never re-signed by a key change.
    await expect(ui(page).token).toHaveValue(hs384);

    const rs256 = await new jose.SignJWT({ sub: 'bob' })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
      .sign(await jose.importPKCS8(keys.rsa2048.pkcs8, 'RS256'));
    await pasteToken(page, rs256);
    await ui(page).algorithm.selectOption('EdDSA');
    await expect(ui(page).header).toHaveValue(pretty('{"alg":"EdDSA","typ":"JWT"}'));
    await pasteToken(page, rs256);
    await expect(ui(page).header).toHaveValue(pretty('{"alg":"RS256","typ":"JWT"}'));
    await expect(ui(page).algorithm).toHaveValue('RS256');
  });

  test('8. the right key verifies after the algorithm was switched away and back', async ({
    page,
  }) => {
    const token = await new jose.SignJWT({ sub: 'carol' })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'key-1' })
      .sign(await jose.importPKCS8(keys.rsa2048.pkcs8, 'RS256'));
    await open(page);
    await pasteToken(page, token);
    await ui(page).algorithm.selectOption('HS384');
    await ui(page).algorithm.selectOption('RS256');
    await ui(page).publicKey.fill(keys.rsa2048.spki);
    await expect(ui(page).status).toContainText('Signature verified');
    await expect(ui(page).token).toHaveValue(token);
    await expect(ui(page).alert).toHaveCount(0);
  });
});
