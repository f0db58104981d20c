/**
 * decryptJwe says why a decryption fails (issue 10 point 3): the epk off its curve, PBES2
 * beyond the cap, zip beyond the limit, and the token's own errors, each as its code
 * (decrypt-keys.test.ts has the key problems).
 */
import { describe, expect, it, vi } from 'vitest';
import { encodeBase64url } from '../encoding/base64url';
import { contentEncryptionAlgorithm } from './algorithms';
import { encryptContent } from './content';
import { decryptJwe } from './decrypt';
import { parseJwe } from './parse';
import { deflateRaw, INFLATE_LIMIT } from './zip';
import { jweKey, passwords, secrets } from './__fixtures__';
import { bytesOf, decryptToken, encryptToken, replacePart, text, utf8 } from './__tests__/tokens';

/** A dir token whose header and content we choose, encrypted with the given CEK. */
async function dirToken(
  header: Record<string, unknown>,
  cek: Uint8Array,
  content: Uint8Array,
): Promise<string> {
  const encodedHeader = encodeBase64url(utf8(JSON.stringify(header)));
  const iv = new Uint8Array(12).fill(7);
  const enc = contentEncryptionAlgorithm(header.enc)!;
  const { ciphertext, tag } = await encryptContent(enc, cek, iv, utf8(encodedHeader), content);
  return [
    encodedHeader,
    '',
    encodeBase64url(iv),
    encodeBase64url(ciphertext),
    encodeBase64url(tag),
  ].join('.');
}

describe('the epk', () => {
  it('an epk that is not on its curve is named as such', async () => {
    const token = await encryptToken(
      { alg: 'ECDH-ES+A128KW', enc: 'A128GCM' },
      jweKey('p256').spki,
    );
    const header = JSON.parse(text(bytesOf(token.split('.')[0]!))) as {
      epk: Record<string, string>;
    };
    const y = bytesOf(header.epk.y!);
    y[31] = y[31]! ^ 1;
    const altered = { ...header, epk: { ...header.epk, y: encodeBase64url(y) } };
    const forged = replacePart(token, 'header', encodeBase64url(utf8(JSON.stringify(altered))));
    expect(await decryptToken(forged, jweKey('p256').pkcs8)).toMatchObject({
      status: 'failed',
      code: 'JWE_EPK_NOT_ON_CURVE',
      detail: { crv: 'P-256' },
    });
  });

  it('an X25519 epk of small order (all zero) is named as such', async () => {
    const token = await encryptToken({ alg: 'ECDH-ES', enc: 'A128GCM' }, jweKey('x25519').spki);
    const header = JSON.parse(text(bytesOf(token.split('.')[0]!))) as Record<string, unknown>;
    const altered = {
      ...header,
      epk: { kty: 'OKP', crv: 'X25519', x: encodeBase64url(new Uint8Array(32)) },
    };
    const forged = replacePart(token, 'header', encodeBase64url(utf8(JSON.stringify(altered))));
    expect(await decryptToken(forged, jweKey('x25519').pkcs8)).toMatchObject({
      status: 'failed',
      code: 'JWE_EPK_SMALL_ORDER',
    });
  });
});

describe('PBES2 limits (RFC 7518 §4.8, the JWT BCP update)', () => {
  async function withHeader(changes: Record<string, unknown>) {
    const token = await encryptToken(
      { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' },
      passwords.strong,
    );
    const header = JSON.parse(text(bytesOf(token.split('.')[0]!))) as Record<string, unknown>;
    return replacePart(
      token,
      'header',
      encodeBase64url(utf8(JSON.stringify({ ...header, ...changes }))),
    );
  }
  it('p2c above 1,200,000 is refused before any work', async () => {
    const token = await withHeader({ p2c: 1_200_001 });
    // The work is WebCrypto's: no key is imported and nothing derived for such a count.
    const calls = (['importKey', 'deriveBits', 'deriveKey'] as const).map((name) =>
      vi.spyOn(crypto.subtle, name),
    );
    try {
      expect(await decryptToken(token, passwords.strong)).toMatchObject({
        status: 'failed',
        code: 'JWE_P2C_OVER_CAP',
        detail: { p2c: 1_200_001, cap: 1_200_000 },
      });
      for (const call of calls) expect(call).not.toHaveBeenCalled();
    } finally {
      for (const call of calls) call.mockRestore();
    }
  });
  it('a salt under 8 octets is refused', async () => {
    expect(
      await decryptToken(
        await withHeader({ p2s: encodeBase64url(new Uint8Array(7)) }),
        passwords.strong,
      ),
    ).toMatchObject({
      code: 'JWE_P2S_TOO_SHORT',
      detail: { bytes: 7, minimum: 8 },
    });
  });
  it('p2c above 310,000 decrypts, with a warning', async () => {
    const token = await encryptToken(
      { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2c: 310_001 },
      passwords.strong,
    );
    const parsed = parseJwe(token);
    expect(parsed.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'JWE_P2C_HIGH', severity: 'warning' }),
    );
    expect((await decryptJwe(parsed, passwords.strong)).status).toBe('decrypted');
  });
});

describe('zip "DEF" (RFC 7516 §4.1.3) and the 250 KB inflation limit', () => {
  const cek = bytesOf(secrets.oct128!);
  const header = { alg: 'dir', enc: 'A128GCM', zip: 'DEF' };
  it('content inflating to exactly the limit decrypts', async () => {
    const token = await dirToken(
      header,
      cek,
      await deflateRaw(new Uint8Array(INFLATE_LIMIT).fill(65)),
    );
    const result = await decryptToken(token, secrets.oct128!);
    expect(result.status === 'decrypted' && result.plaintext.length).toBe(INFLATE_LIMIT);
  });
  it('content inflating past the limit is refused, even a bomb of 64 MB', async () => {
    const bomb = await deflateRaw(new Uint8Array(64 << 20));
    expect(bomb.length).toBeLessThan(100_000);
    const token = await dirToken(header, cek, bomb);
    expect(await decryptToken(token, secrets.oct128!)).toEqual({
      status: 'failed',
      code: 'JWE_ZIP_TOO_LARGE',
      detail: { limit: INFLATE_LIMIT },
      part: 'ciphertext',
      key: { format: 'base64url', kind: 'secret', kty: 'oct', bits: 128 },
    });
  });
  it('content that is not DEFLATE is named as such', async () => {
    const token = await dirToken(header, cek, new Uint8Array([0xff, 0xfe, 0xfd, 0xfc, 0x00, 0x01]));
    expect(await decryptToken(token, secrets.oct128!)).toMatchObject({
      status: 'failed',
      code: 'JWE_ZIP_INVALID',
    });
  });
});

describe('the order of the answers', () => {
  it('no key: nothing is tried', async () => {
    const token = await encryptToken({ alg: 'A128KW', enc: 'A128GCM' }, secrets.oct128!);
    expect(await decryptToken(token, '  \n')).toEqual({ status: 'no-key', code: 'JWE_NO_KEY' });
  });
  it('a part length error is the failure, with its part', async () => {
    const token = await encryptToken({ alg: 'A128KW', enc: 'A128GCM' }, secrets.oct128!);
    const short = replacePart(token, 'iv', encodeBase64url(new Uint8Array(8)));
    expect(await decryptToken(short, secrets.oct128!)).toEqual({
      status: 'failed',
      code: 'JWE_IV_LENGTH',
      detail: { expected: 96, found: 64, enc: 'A128GCM' },
      part: 'iv',
    });
  });
  it('a part that is not base64url is JWE_MALFORMED with the base64url code', async () => {
    const token = await encryptToken({ alg: 'A128KW', enc: 'A128GCM' }, secrets.oct128!);
    expect(await decryptToken(replacePart(token, 'tag', 'ab+c'), secrets.oct128!)).toMatchObject({
      status: 'failed',
      code: 'JWE_MALFORMED',
      detail: { code: 'BASE64URL_STANDARD_ALPHABET' },
      part: 'tag',
    });
  });
  it('RSA1_5 is unsupported with or without a key, before any key error', async () => {
    const token = replacePart(
      await encryptToken({ alg: 'RSA-OAEP', enc: 'A128GCM' }, jweKey('rsa2048').spki),
      'header',
      encodeBase64url(utf8('{"alg":"RSA1_5","enc":"A128GCM"}')),
    );
    for (const key of ['', 'not a key', jweKey('rsa2048').pkcs8]) {
      expect(await decryptToken(token, key)).toMatchObject({
        status: 'unsupported',
        code: 'JWE_ALG_UNSUPPORTED',
        detail: { name: 'RSA1_5' },
      });
    }
  });
  it('the values for the learning view are the ones used', async () => {
    const token = await encryptToken(
      { alg: 'ECDH-ES+A256KW', enc: 'A256CBC-HS512' },
      jweKey('p521').spki,
      'step by step',
    );
    const result = await decryptToken(token, jweKey('p521').pkcs8);
    if (result.status !== 'decrypted') throw new Error(JSON.stringify(result));
    const [header, encryptedKey, iv, ciphertext, tag] = token.split('.');
    expect(text(result.values.aad)).toBe(header);
    expect(encodeBase64url(result.values.encryptedKey)).toBe(encryptedKey);
    expect(encodeBase64url(result.values.iv)).toBe(iv);
    expect(encodeBase64url(result.values.ciphertext)).toBe(ciphertext);
    expect(encodeBase64url(result.values.tag)).toBe(tag);
    expect(result.values.cek.length).toBe(64);
    expect(result.values.sharedSecret!.length).toBe(66);
    expect(result.values.kek!.length).toBe(32);
    expect(result.key).toMatchObject({
      format: 'pkcs8',
      kind: 'private',
      kty: 'EC',
      curve: 'P-521',
    });
  });
});
