import { createHmac } from 'node:crypto';
import * as jose from 'jose';
import { expect, keys, open, pasteToken, shortCoordinates, test, ui } from './support';

/**
 * Issue 14 in Chromium, whose own decoder (Uint8Array.fromBase64) and WebCrypto the page uses:
 * a token that is not canonical base64url is refused, a crit the page cannot honour is
 * refused, and a P-521 JWK PyJWT 2.6 wrote one byte short (which Chromium's WebCrypto refuses
 * as it is) verifies PyJWT's token once padded.
 */
const SECRET = 'a secret of thirty-two bytes, ok';
const b64 = (text: string) => Buffer.from(text).toString('base64url');

function hs256(header: object, payload: object): string {
  const input = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}`;
  return `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

test.describe('strict where the standards are strict', () => {
  test('RFC 4648 §3.5: a signature whose last character has unused bits set is refused, with the canonical form', async ({
    page,
  }) => {
    const token = hs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'alice' });
    const signature = token.split('.')[2]!;
    // 43 characters: the last one carries two unused bits.
    expect(signature.length % 4).toBe(3);
    const last = ALPHABET.indexOf(signature.at(-1)!);
    const spoilt = `${token.slice(0, -1)}${ALPHABET[last | 1]!}`;
    expect(Buffer.from(spoilt.split('.')[2]!, 'base64url')).toEqual(
      Buffer.from(signature, 'base64url'),
    );

    await open(page);
    // The canonical token verifies with the secret: the refusal below is the spelling's alone.
    await pasteToken(page, token);
    await ui(page).secret.fill(SECRET);
    await expect(ui(page).status).toContainText('Signature verified');

    await pasteToken(page, spoilt);
    await expect(ui(page).alert).toContainText(
      'Signature: not canonical base64url: the last character',
    );
    await expect(ui(page).alert).toContainText(`canonical "…${signature.slice(-3)}"`);
    await expect(ui(page).status).not.toContainText('Signature verified');
    await expect(ui(page).status).not.toContainText('Invalid signature');
  });

  test('RFC 7515 §4.1.11: a crit naming an extension this page does not implement is refused, naming it', async ({
    page,
  }) => {
    await open(page);
    await pasteToken(page, hs256({ alg: 'HS256', crit: ['exp-x'], 'exp-x': 1 }, { sub: 'a' }));
    await ui(page).secret.fill(SECRET);
    await expect(ui(page).status).toContainText('Rejected: "crit" says "exp-x" must be understood');
    await expect(ui(page).status).not.toContainText('Signature verified');
    await expect(ui(page).status).not.toContainText('Invalid signature');
  });
});

test.describe('forgiving where people paste', () => {
  for (const c of shortCoordinates.filter((entry) => entry.short !== 'd')) {
    test(`${c.id}: PyJWT 2.6's JWK with "${c.short}" one byte short verifies PyJWT's token`, async ({
      page,
    }) => {
      await open(page);
      // Chromium's WebCrypto refuses the JWK as PyJWT wrote it.
      const refused = await page.evaluate(
        async ({ jwk, curve }) =>
          crypto.subtle
            .importKey('jwk', jwk, { name: 'ECDSA', namedCurve: curve }, false, ['verify'])
            .then(
              () => 'imported',
              (error: Error) => error.message,
            ),
        { jwk: c.pyjwt_public_jwk, curve: c.curve },
      );
      expect(refused).not.toBe('imported');
      await pasteToken(page, c.pyjwt_token);
      await ui(page).publicKey.fill(JSON.stringify(c.pyjwt_public_jwk));
      await expect(ui(page).status).toContainText('Signature verified');
    });
  }
});

test.describe('issue 14 beside the verdict', () => {
  test('RFC 7515 Appendix F: a detached payload typed into its box verifies; jose agrees', async ({
    page,
  }) => {
    const payload = '{"order":42}';
    const jws = await new jose.CompactSign(new TextEncoder().encode(payload))
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(SECRET));
    const [h, , s] = jws.split('.');
    const detached = `${h}..${s}`;
    await open(page);
    await pasteToken(page, detached);
    await ui(page).secret.fill(SECRET);
    const box = page.getByRole('textbox', { name: 'Detached payload', exact: true });
    await expect(ui(page).status).not.toContainText('Signature verified');
    await box.fill(payload);
    await expect(ui(page).status).toContainText('Signature verified');
    await box.fill('{"order":43}');
    await expect(ui(page).status).toContainText('Invalid signature');
    // jose, given the same detached payload, agrees.
    await expect(
      jose.flattenedVerify(
        { protected: h!, payload: b64(payload), signature: s! },
        new TextEncoder().encode(SECRET),
      ),
    ).resolves.toBeTruthy();
  });

  test('RFC 7519 §4.1.4: an expired token says so next to the verdict, not only in its row', async ({
    page,
  }) => {
    await open(page);
    await ui(page).secret.fill('');
    await pasteToken(page, hs256({ alg: 'HS256' }, { sub: 'a', exp: 1_600_000_000 }));
    await ui(page).secret.fill(SECRET);
    await expect(ui(page).status).toContainText('Signature verified');
    const note = page.locator('.pane-signature').getByText(/^Expired .* ago/);
    await expect(note).toBeVisible();
  });

  test('a JWK Set with no kid and two fitting keys: each is tried and the page says which verified', async ({
    page,
  }) => {
    const token = await new jose.SignJWT({ sub: 'a' })
      .setProtectedHeader({ alg: 'ES256' })
      .sign(await jose.importPKCS8(keys.p256b.pkcs8, 'ES256'));
    const set = { keys: [keys.p256.publicJwk, keys.p256b.publicJwk] };
    await open(page);
    await pasteToken(page, token);
    await ui(page).publicKey.fill(JSON.stringify(set));
    await expect(ui(page).status).toContainText('Signature verified');
    await expect(page.getByText('Verified with key #2 of the JWK Set')).toBeVisible();
    // jose raises ERR_JWKS_MULTIPLE_MATCHING_KEYS for the same set.
    await expect(jose.jwtVerify(token, jose.createLocalJWKSet(set))).rejects.toThrow(
      /multiple matching keys/i,
    );
  });
});
