/**
 * decryptJwe names a key problem (issue 10 point 3): not the key the token was encrypted to
 * (per key-management family), or a key that does not fit the algorithm (type, curve, size).
 */
import { describe, expect, it } from 'vitest';
import { jweKey, passwords, secrets } from './__fixtures__';
import { decryptToken, encryptToken } from './__tests__/tokens';

describe('a key that is not the one the token was encrypted to', () => {
  const cases = [
    {
      alg: 'dir',
      enc: 'A256GCM',
      key: secrets.oct256!,
      wrong: secrets.oct256b!,
      code: 'JWE_TAG_MISMATCH',
    },
    {
      alg: 'A128KW',
      enc: 'A128GCM',
      key: secrets.oct128!,
      wrong: secrets.oct128b!,
      code: 'JWE_UNWRAP_FAILED',
    },
    {
      alg: 'A256GCMKW',
      enc: 'A128CBC-HS256',
      key: secrets.oct256!,
      wrong: secrets.oct256b!,
      code: 'JWE_UNWRAP_FAILED',
    },
    {
      alg: 'RSA-OAEP-256',
      enc: 'A256GCM',
      key: jweKey('rsa2048').spki,
      wrong: jweKey('rsa2048b').pkcs8,
      code: 'JWE_UNWRAP_FAILED',
    },
    {
      alg: 'ECDH-ES+A128KW',
      enc: 'A256GCM',
      key: jweKey('p256').spki,
      wrong: jweKey('p256b').pkcs8,
      code: 'JWE_UNWRAP_FAILED',
    },
    {
      alg: 'ECDH-ES',
      enc: 'A256GCM',
      key: jweKey('x25519').spki,
      wrong: jweKey('x25519b').pkcs8,
      code: 'JWE_TAG_MISMATCH',
    },
    {
      alg: 'PBES2-HS256+A128KW',
      enc: 'A128GCM',
      key: passwords.strong,
      wrong: passwords.other,
      code: 'JWE_UNWRAP_FAILED',
    },
  ];
  for (const entry of cases) {
    it(`${entry.alg}: another key of the right kind gives ${entry.code}`, async () => {
      const token = await encryptToken({ alg: entry.alg, enc: entry.enc }, entry.key);
      expect(await decryptToken(token, entry.wrong)).toMatchObject({
        status: 'failed',
        code: entry.code,
      });
    });
  }

  it('RSA: a key of another modulus size is named by the encrypted key length', async () => {
    const token = await encryptToken({ alg: 'RSA-OAEP', enc: 'A128GCM' }, jweKey('rsa2048').spki);
    expect(await decryptToken(token, jweKey('rsa3072').pkcs8)).toEqual({
      status: 'failed',
      code: 'JWE_ENCRYPTED_KEY_MODULUS',
      detail: { expected: 384, found: 256 },
      part: 'encrypted-key',
      // The key that was tried, for the page to name beside the failure.
      key: { format: 'pkcs8', kind: 'private', kty: 'RSA', bits: 3072 },
    });
  });
});

describe('a key that does not fit the algorithm', () => {
  const cases: [string, Record<string, unknown>, string, string, Record<string, unknown>][] = [
    [
      'a 256-bit key for A128KW',
      { alg: 'A128KW', enc: 'A128GCM' },
      secrets.oct256!,
      'JWE_KEY_WRONG_SIZE',
      { expected: 128, found: 256, alg: 'A128KW' },
    ],
    [
      'a 128-bit key for dir with A256GCM',
      { alg: 'dir', enc: 'A256GCM' },
      secrets.oct128!,
      'JWE_KEY_WRONG_SIZE',
      { expected: 256, found: 128, alg: 'dir' },
    ],
    [
      'an EC key for RSA-OAEP',
      { alg: 'RSA-OAEP', enc: 'A128GCM' },
      jweKey('p256').pkcs8,
      'JWE_KEY_WRONG_TYPE',
      { expected: 'RSA', found: 'EC' },
    ],
    [
      'an RSA key for A128KW',
      { alg: 'A128KW', enc: 'A128GCM' },
      jweKey('rsa2048').pkcs8,
      'JWE_KEY_WRONG_TYPE',
      { expected: 'oct', found: 'RSA' },
    ],
    [
      'an RSA key for ECDH-ES',
      { alg: 'ECDH-ES', enc: 'A128GCM' },
      jweKey('rsa2048').pkcs8,
      'JWE_KEY_WRONG_TYPE',
      { expected: 'EC or OKP', found: 'RSA' },
    ],
    [
      'a secp256k1 key for ECDH-ES',
      { alg: 'ECDH-ES', enc: 'A128GCM' },
      jweKey('secp256k1').sec1!,
      'JWE_KEY_WRONG_CURVE',
      { found: 'secp256k1' },
    ],
    [
      'an Ed25519 key for ECDH-ES',
      { alg: 'ECDH-ES', enc: 'A128GCM' },
      jweKey('ed25519').pkcs8,
      'JWE_KEY_WRONG_CURVE',
      { found: 'Ed25519' },
    ],
    [
      'a P-384 key for a P-256 epk',
      { alg: 'ECDH-ES', enc: 'A128GCM' },
      jweKey('p384').pkcs8,
      'JWE_KEY_CURVE_MISMATCH',
      { expected: 'P-256', found: 'P-384' },
    ],
    [
      'a 1024-bit RSA key',
      { alg: 'RSA-OAEP', enc: 'A128GCM' },
      jweKey('rsa1024').pkcs8,
      'JWE_KEY_RSA_TOO_SMALL',
      { bits: 1024, minimum: 2048 },
    ],
    [
      'a public key for decryption',
      { alg: 'RSA-OAEP', enc: 'A128GCM' },
      jweKey('rsa2048').spki,
      'JWE_KEY_PUBLIC_ONLY',
      {},
    ],
  ];
  for (const [label, header, keyText, code, detail] of cases) {
    it(`${label}: ${code}`, async () => {
      const encryptionKey =
        header.alg === 'RSA-OAEP'
          ? jweKey('rsa2048').spki
          : header.alg === 'ECDH-ES'
            ? jweKey('p256').spki
            : header.alg === 'dir'
              ? secrets.oct256!
              : secrets.oct128!;
      const token = await encryptToken(header, encryptionKey);
      expect(await decryptToken(token, keyText)).toEqual({
        status: 'failed',
        code,
        detail,
        part: 'key',
      });
    });
  }

  it('a JWK whose alg names another key-management algorithm is refused with that reason', async () => {
    const token = await encryptToken({ alg: 'A128KW', enc: 'A128GCM' }, secrets.oct128!);
    const jwk = JSON.stringify({ kty: 'oct', k: secrets.oct128, alg: 'A128GCMKW' });
    expect(await decryptToken(token, jwk)).toMatchObject({
      code: 'JWE_KEY_JWK_ALG_MISMATCH',
      detail: { jwkAlg: 'A128GCMKW', alg: 'A128KW' },
    });
  });

  it('RFC 7520 §5.6: for dir, an oct JWK whose alg is the enc is fine', async () => {
    const token = await encryptToken({ alg: 'dir', enc: 'A128GCM' }, secrets.oct128!);
    const jwk = JSON.stringify({ kty: 'oct', k: secrets.oct128, alg: 'A128GCM', use: 'enc' });
    expect((await decryptToken(token, jwk)).status).toBe('decrypted');
  });

  it('a JWK for signing ("use": "sig") or without the operation in key_ops is refused', async () => {
    const token = await encryptToken({ alg: 'A128KW', enc: 'A128GCM' }, secrets.oct128!);
    const sig = JSON.stringify({ kty: 'oct', k: secrets.oct128, use: 'sig' });
    expect(await decryptToken(token, sig)).toMatchObject({
      code: 'JWE_KEY_JWK_USE_MISMATCH',
      detail: { use: 'sig' },
    });
    const ops = JSON.stringify({ kty: 'oct', k: secrets.oct128, key_ops: ['wrapKey'] });
    expect(await decryptToken(token, ops)).toMatchObject({
      code: 'JWE_KEY_JWK_OPS_MISMATCH',
      detail: { operation: 'unwrapKey', keyOps: 'wrapKey' },
    });
    const unwrap = JSON.stringify({ kty: 'oct', k: secrets.oct128, key_ops: ['unwrapKey'] });
    expect((await decryptToken(token, unwrap)).status).toBe('decrypted');
  });
});
