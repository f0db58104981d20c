/**
 * The key boxes (ui-contract "Encrypted tokens"): every format people paste is read for the
 * header's alg and imported with the JWE algorithm's WebCrypto parameters.
 */
import { describe, expect, it } from 'vitest';
import { keyManagementAlgorithm, contentEncryptionAlgorithm } from './algorithms';
import { readDecryptionKey, readEncryptionKey, type KeyContext } from './key';
import { jweJwks, jweKey, secrets } from './__fixtures__';

const context = (alg: string, enc = 'A256GCM', extra: Partial<KeyContext> = {}): KeyContext => ({
  alg: keyManagementAlgorithm(alg)!,
  enc: contentEncryptionAlgorithm(enc)!,
  ...extra,
});

describe('Decryption key', () => {
  const rsa = jweKey('rsa2048');
  const p256 = jweKey('p256');
  for (const [label, text, format] of [
    ['PKCS#8 PEM', rsa.pkcs8, 'pkcs8'],
    ['PKCS#1 PEM', rsa.pkcs1Private!, 'pkcs1-private'],
    ['a private JWK', JSON.stringify(rsa.privateJwk), 'jwk'],
  ] as const) {
    it(`RSA-OAEP-256 reads ${label}`, async () => {
      const read = await readDecryptionKey(text, context('RSA-OAEP-256'));
      expect(read).toMatchObject({
        ok: true,
        key: { kind: 'RSA', facts: { format, kind: 'private', bits: 2048 } },
      });
      expect(read.ok && read.key.kind === 'RSA' && read.key.privateKey!.algorithm).toMatchObject({
        name: 'RSA-OAEP',
        hash: { name: 'SHA-256' },
      });
    });
  }
  it('ECDH-ES reads SEC1, PKCS#8 and a private JWK, on the epk curve', async () => {
    for (const text of [p256.sec1!, p256.pkcs8, JSON.stringify(p256.privateJwk)]) {
      expect(
        await readDecryptionKey(text, context('ECDH-ES', 'A128GCM', { epkCurve: 'P-256' })),
      ).toMatchObject({ ok: true, key: { kind: 'ECDH', curve: { crv: 'P-256' } } });
    }
    expect(
      await readDecryptionKey(jweKey('x25519').pkcs8, context('ECDH-ES+A128KW')),
    ).toMatchObject({ ok: true, key: { facts: { kty: 'OKP', curve: 'X25519' } } });
  });
  it('a JWK Set: the key is picked by kid, else by what fits the alg', async () => {
    const set = JSON.stringify(jweJwks);
    expect(
      await readDecryptionKey(set, context('RSA-OAEP-256', 'A256GCM', { kid: 'rsa-enc' })),
    ).toMatchObject({
      ok: true,
      key: { facts: { format: 'jwks', kid: 'rsa-enc', jwksIndex: 1, jwksCount: 5 } },
    });
    // No kid: the signing key (use "sig") is passed over for the encryption key.
    expect(await readDecryptionKey(set, context('RSA-OAEP-256'))).toMatchObject({
      ok: true,
      key: { facts: { kid: 'rsa-enc' } },
    });
    expect(
      await readDecryptionKey(set, context('ECDH-ES', 'A128GCM', { epkCurve: 'X25519' })),
    ).toMatchObject({ ok: true, key: { facts: { kid: 'x25519-enc' } } });
    expect(await readDecryptionKey(set, context('A256KW'))).toMatchObject({
      ok: true,
      key: { kind: 'oct', facts: { kid: 'oct-enc', bits: 256 } },
    });
    const none = await readDecryptionKey(set, context('RSA-OAEP', 'A256GCM', { kid: 'nobody' }));
    expect(none).toMatchObject({
      ok: false,
      code: 'JWE_KEY_NO_MATCH_IN_JWKS',
      detail: { keyCount: 5, kid: 'nobody' },
    });
    expect(!none.ok && none.detail.reasons).toContain('rsa-enc: kid-differs alg-differs');
  });
  it('dir, A*KW and A*GCMKW read an oct JWK or the key bytes as base64url (padding tolerated)', async () => {
    for (const text of [
      secrets.oct256!,
      `${secrets.oct256!}=`,
      JSON.stringify({ kty: 'oct', k: secrets.oct256 }),
      ` ${secrets.oct256!}\n`,
    ]) {
      expect(await readDecryptionKey(text, context('A256GCMKW'))).toMatchObject({
        ok: true,
        key: { kind: 'oct', facts: { bits: 256 } },
      });
    }
    expect(await readDecryptionKey('ab+/', context('A128KW'))).toMatchObject({
      ok: false,
      code: 'JWE_KEY_NOT_BASE64URL',
      detail: { problem: 'BASE64URL_STANDARD_ALPHABET', offset: 2, char: '+' },
    });
    expect(await readDecryptionKey(jweKey('rsa2048').pkcs8, context('dir'))).toMatchObject({
      ok: false,
      code: 'JWE_KEY_WRONG_TYPE',
      detail: { expected: 'oct', found: 'RSA' },
    });
    expect(await readDecryptionKey('', context('dir'))).toMatchObject({
      ok: false,
      code: 'JWE_KEY_EMPTY',
    });
  });
  it('PBES2 reads the text as the password, white space included', async () => {
    expect(await readDecryptionKey(' pass word ', context('PBES2-HS256+A128KW'))).toMatchObject({
      ok: true,
      key: { kind: 'password', bytes: new TextEncoder().encode(' pass word ') },
    });
    expect(await readDecryptionKey('', context('PBES2-HS256+A128KW'))).toMatchObject({
      ok: false,
      code: 'JWE_PASSWORD_EMPTY',
    });
  });
  it('text that is no key says which reader refused it', async () => {
    expect(
      await readDecryptionKey('-----BEGIN PRIVATE KEY-----\nAAAA', context('RSA-OAEP')),
    ).toMatchObject({ ok: false, code: 'JWE_KEY_UNREADABLE', detail: { keyCode: 'KEY_BAD_PEM' } });
    expect(await readDecryptionKey('{"kty":"RSA"', context('RSA-OAEP'))).toMatchObject({
      ok: false,
      code: 'JWE_KEY_UNREADABLE',
      detail: { keyCode: 'KEY_BAD_JWK' },
    });
  });
});

describe('Encryption key', () => {
  it('RSA-OAEP reads SPKI, PKCS#1 public, an X.509 certificate and a public JWK', async () => {
    const rsa = jweKey('rsa2048');
    for (const [text, format] of [
      [rsa.spki, 'spki'],
      [rsa.pkcs1Public!, 'pkcs1-public'],
      [rsa.certificate!, 'x509'],
      [JSON.stringify(rsa.publicJwk), 'jwk'],
    ] as const) {
      expect(await readEncryptionKey(text, context('RSA-OAEP-512'))).toMatchObject({
        ok: true,
        key: { kind: 'RSA', facts: { format, kind: 'public' } },
      });
    }
  });
  it('a private key supplies its public half', async () => {
    for (const [name, alg] of [
      ['rsa2048', 'RSA-OAEP'],
      ['p384', 'ECDH-ES'],
      ['x25519', 'ECDH-ES+A256KW'],
    ] as const) {
      const read = await readEncryptionKey(jweKey(name).pkcs8, context(alg));
      if (!read.ok || read.key.kind === 'oct' || read.key.kind === 'password')
        throw new Error(JSON.stringify(read));
      expect(read.key.publicKey!.type).toBe('public');
    }
  });
  it('ECDH-ES reads an EC certificate and an X25519 public JWK', async () => {
    expect(await readEncryptionKey(jweKey('p521').certificate!, context('ECDH-ES'))).toMatchObject({
      ok: true,
      key: { facts: { format: 'x509', curve: 'P-521' } },
    });
    expect(
      await readEncryptionKey(JSON.stringify(jweKey('x448').publicJwk), context('ECDH-ES')),
    ).toMatchObject({ ok: true, key: { facts: { curve: 'X448' } } });
  });
  it('a key whose JWK says another algorithm or use is refused', async () => {
    const jwk = { ...jweKey('rsa2048').publicJwk, alg: 'RSA-OAEP' };
    expect(await readEncryptionKey(JSON.stringify(jwk), context('RSA-OAEP-256'))).toMatchObject({
      ok: false,
      code: 'JWE_KEY_JWK_ALG_MISMATCH',
    });
    const sig = { ...jweKey('rsa2048').publicJwk, use: 'sig' };
    expect(await readEncryptionKey(JSON.stringify(sig), context('RSA-OAEP'))).toMatchObject({
      ok: false,
      code: 'JWE_KEY_JWK_USE_MISMATCH',
    });
  });
});
