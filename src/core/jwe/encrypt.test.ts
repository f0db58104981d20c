/**
 * encryptJwe (issue 10 point 5): a fresh CEK and IV each time, the alg's parameters added to the
 * user's header, failures as data. jose checks what comes out.
 */
import { compactDecrypt, importPKCS8 } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodeBase64url } from '../encoding/base64url';
import { encryptJwe } from './encrypt';
import { jweKey, passwords, secrets } from './__fixtures__';
import { text, utf8 } from './__tests__/tokens';

const headerOf = (token: string) => {
  const decoded = decodeBase64url(token.split('.')[0]!);
  if (!decoded.ok) throw new Error('bad header');
  return text(decoded.bytes);
};

async function made(protectedHeader: string, key: string, plaintext = 'payload') {
  const result = await encryptJwe({ protectedHeader, plaintext: utf8(plaintext), key });
  if (result.status !== 'encrypted') throw new Error(JSON.stringify(result));
  return result;
}

describe('the protected header', () => {
  it('keeps the text as typed and appends what the alg adds', async () => {
    const typed = '{"enc":"A128GCM", "alg":"ECDH-ES", "kid":"k1"}';
    const result = await made(typed, jweKey('p256').spki);
    expect(
      result.protectedHeader.startsWith(
        '{"enc":"A128GCM", "alg":"ECDH-ES", "kid":"k1","epk":{"kty":"EC","crv":"P-256","x":"',
      ),
    ).toBe(true);
    expect(headerOf(result.token)).toBe(result.protectedHeader);
  });
  it('a typed header without members the alg adds is encrypted byte for byte', async () => {
    const typed = '{"alg":"A256KW","enc":"A256GCM","cty":"JWT"}';
    expect(headerOf((await made(typed, secrets.oct256!)).token)).toBe(typed);
  });
  it('an epk, p2s, iv or tag typed in the header is replaced by a fresh one', async () => {
    const stale =
      '{"alg":"A128GCMKW","enc":"A128GCM","iv":"AAAAAAAAAAAAAAAA","tag":"AAAAAAAAAAAAAAAAAAAAAA","kid":"x"}';
    const header = JSON.parse((await made(stale, secrets.oct128!)).protectedHeader) as Record<
      string,
      string
    >;
    expect(Object.keys(header)).toEqual(['alg', 'enc', 'kid', 'iv', 'tag']);
    expect(header.iv).not.toBe('AAAAAAAAAAAAAAAA');
  });
  it('PBES2: a typed p2c is used and kept in place; a missing one is 10,000; p2s is fresh', async () => {
    const typed = await made(
      '{"alg":"PBES2-HS256+A128KW","p2c":2048,"enc":"A128GCM"}',
      passwords.strong,
    );
    expect(Object.keys(JSON.parse(typed.protectedHeader) as object)).toEqual([
      'alg',
      'p2c',
      'enc',
      'p2s',
    ]);
    const defaulted = JSON.parse(
      (await made('{"alg":"PBES2-HS256+A128KW","enc":"A128GCM"}', passwords.strong))
        .protectedHeader,
    ) as { p2c: number; p2s: string };
    expect(defaulted.p2c).toBe(10000);
    expect(decodeBase64url(defaulted.p2s)).toMatchObject({ ok: true, bytes: { length: 16 } });
    expect(
      await encryptJwe({
        protectedHeader: '{"alg":"PBES2-HS256+A128KW","enc":"A128GCM","p2c":2000000}',
        plaintext: utf8('x'),
        key: 'pw',
      }),
    ).toEqual({
      status: 'failed',
      code: 'JWE_P2C_OVER_CAP',
      detail: { p2c: 2000000, cap: 1200000 },
    });
  });
});

describe('fresh values each time', () => {
  it('the same input gives another IV, CEK and encrypted key every time', async () => {
    const input = ['{"alg":"A128KW","enc":"A128CBC-HS256"}', secrets.oct128!] as const;
    const [a, b] = await Promise.all([made(...input), made(...input)]);
    expect(a.values.iv).not.toEqual(b.values.iv);
    expect(a.values.cek).not.toEqual(b.values.cek);
    expect(a.values.encryptedKey).not.toEqual(b.values.encryptedKey);
    const [c, d] = await Promise.all([
      made('{"alg":"ECDH-ES","enc":"A128GCM"}', jweKey('x25519').spki),
      made('{"alg":"ECDH-ES","enc":"A128GCM"}', jweKey('x25519').spki),
    ]);
    expect(c.protectedHeader).not.toBe(d.protectedHeader);
  });
});

describe('keys', () => {
  it('a private key in the key box supplies the public half (RSA-OAEP-384, checked by jose)', async () => {
    const result = await made(
      '{"alg":"RSA-OAEP-384","enc":"A192GCM"}',
      jweKey('rsa2048').pkcs1Private!,
    );
    const { plaintext } = await compactDecrypt(
      result.token,
      await importPKCS8(jweKey('rsa2048').pkcs8, 'RSA-OAEP-384'),
    );
    expect(text(plaintext)).toBe('payload');
  });
  it('no key: nothing is made', async () => {
    expect(
      await encryptJwe({
        protectedHeader: '{"alg":"dir","enc":"A128GCM"}',
        plaintext: utf8('x'),
        key: ' ',
      }),
    ).toEqual({ status: 'no-key', code: 'JWE_NO_KEY' });
  });
  it('a key that does not fit is named', async () => {
    expect(
      await encryptJwe({
        protectedHeader: '{"alg":"ECDH-ES","enc":"A128GCM"}',
        plaintext: utf8('x'),
        key: jweKey('rsa2048').spki,
      }),
    ).toMatchObject({ status: 'failed', code: 'JWE_KEY_WRONG_TYPE' });
  });
});

describe('headers that cannot be encrypted', () => {
  for (const [header, code, detail] of [
    ['{"alg":', 'JWE_HEADER_INVALID', { reason: 'json', offset: 7 }],
    ['[1]', 'JWE_HEADER_INVALID', { reason: 'not-object' }],
    ['{"alg":"HS256","enc":"A128GCM"}', 'JWE_ALG_UNKNOWN', { alg: 'HS256' }],
    ['{"alg":"dir"}', 'JWE_ENC_MISSING', {}],
    ['{"alg":"dir","enc":"A128GCM","zip":"LZ4"}', 'JWE_ZIP_UNKNOWN', { zip: 'LZ4' }],
    [
      '{"alg":"dir","enc":"A128GCM","crit":["b64"],"b64":false}',
      'JWE_CRIT_UNSUPPORTED',
      { names: 'b64' },
    ],
  ] as const) {
    it(`${header}: ${code}`, async () => {
      expect(
        await encryptJwe({ protectedHeader: header, plaintext: utf8('x'), key: secrets.oct128! }),
      ).toEqual({ status: 'failed', code, detail });
    });
  }
});
