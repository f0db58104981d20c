import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import { jwks, key, type KeyFixture } from '../__fixtures__';
import { KeyError } from '../errors';
import { parseCompact } from '../jws/parse';
import { signCompact } from '../jws/sign';
import { verifyCompact } from '../jws/verify';
import { importKeyText, type ImportOptions } from './import';

async function keyErrorOf(text: string, options: ImportOptions): Promise<KeyError> {
  const error = await importKeyText(text, options).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof KeyError)) throw new Error(`expected a KeyError, got ${String(error)}`);
  return error;
}

const PUBLIC_FORMATS = [
  ['spki', 'spki'],
  ['pkcs1Public', 'pkcs1-public'],
  ['certificate', 'x509'],
  ['publicJwk', 'jwk'],
] as const;
const PRIVATE_FORMATS = [
  ['pkcs8', 'pkcs8'],
  ['pkcs1Private', 'pkcs1-private'],
  ['sec1', 'sec1'],
  ['privateJwk', 'jwk'],
] as const;

function textOf(fixture: KeyFixture, field: keyof KeyFixture): string | undefined {
  const value = fixture[field];
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const CASES: readonly { name: string; alg: string; kty: string; curve?: string; bits?: number }[] =
  [
    { name: 'rsa2048', alg: 'RS256', kty: 'RSA', bits: 2048 },
    { name: 'rsa4096', alg: 'PS512', kty: 'RSA', bits: 4096 },
    { name: 'p256', alg: 'ES256', kty: 'EC', curve: 'P-256' },
    { name: 'p384', alg: 'ES384', kty: 'EC', curve: 'P-384' },
    { name: 'p521', alg: 'ES512', kty: 'EC', curve: 'P-521' },
    { name: 'ed25519', alg: 'EdDSA', kty: 'OKP', curve: 'Ed25519' },
  ];

describe('importKeyText: every format made by Node crypto and openssl', () => {
  for (const { name, alg, kty, curve, bits } of CASES) {
    const fixture = key(name);
    for (const [field, format] of PUBLIC_FORMATS) {
      const text = textOf(fixture, field);
      if (text === undefined) continue;
      it(`${name} ${format} public key: facts and thumbprint`, async () => {
        const imported = await importKeyText(text, { alg, usage: 'verify' });
        expect(imported.format).toBe(format);
        expect(imported.facts).toEqual({
          kind: 'public',
          kty,
          ...(curve ? { curve } : {}),
          ...(bits ? { modulusBits: bits } : {}),
          thumbprint: fixture.thumbprint,
        });
        expect(imported.publicJwk).toEqual(fixture.publicJwk);
        expect(imported.cryptoKey.type).toBe('public');
      });
    }
    for (const [field, format] of PRIVATE_FORMATS) {
      const text = textOf(fixture, field);
      if (text === undefined) continue;
      it(`${name} ${format} private key signs; jose verifies with the public key; its public key is derived`, async () => {
        const imported = await importKeyText(text, { alg, usage: 'sign' });
        expect(imported.format).toBe(format);
        expect(imported.facts).toMatchObject({
          kind: 'private',
          kty,
          thumbprint: fixture.thumbprint,
        });
        expect(imported.publicJwk).toEqual(fixture.publicJwk);
        const { token } = await signCompact({
          header: JSON.stringify({ alg }),
          payload: '{}',
          alg,
          key: imported.cryptoKey,
        });
        await expect(
          jose.compactVerify(token, await jose.importSPKI(fixture.spki, alg)),
        ).resolves.toBeTruthy();

        const forVerify = await importKeyText(text, { alg, usage: 'verify' });
        expect(forVerify.cryptoKey.type).toBe('public');
        expect(await verifyCompact(parseCompact(token), forVerify.cryptoKey)).toMatchObject({
          status: 'verified',
        });
      });
    }
  }

  it('a certificate chain: the first certificate is read, and the count reported', async () => {
    const chain = `${key('rsa2048').certificate}\n${key('p256').certificate}`;
    const imported = await importKeyText(chain, { alg: 'RS256', usage: 'verify' });
    expect(imported.facts.thumbprint).toBe(key('rsa2048').thumbprint);
  });
});

describe('RFC 7638 and RFC 8037 key vectors', () => {
  it('RFC 7638 §3.1: the RSA thumbprint', async () => {
    const jwk = {
      kty: 'RSA',
      n: '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
      e: 'AQAB',
      alg: 'RS256',
      kid: '2011-04-29',
    };
    const imported = await importKeyText(JSON.stringify(jwk), { alg: 'RS256', usage: 'verify' });
    expect(imported.facts.thumbprint).toBe('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
  });

  it('RFC 8037 A.1-A.3: the Ed25519 private key yields the public x and its thumbprint', async () => {
    const jwk = {
      kty: 'OKP',
      crv: 'Ed25519',
      d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A',
      x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
    };
    const imported = await importKeyText(JSON.stringify(jwk), { alg: 'EdDSA', usage: 'sign' });
    expect(imported.publicJwk).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
    });
    expect(imported.facts.thumbprint).toBe('kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k');
  });
});

describe('importKeyText: JWK Sets', () => {
  const set = JSON.stringify(jwks);

  it('chooses by the header kid, and says why the others were passed over', async () => {
    const imported = await importKeyText(set, { alg: 'PS256', usage: 'verify', kid: 'rsa-2' });
    expect(imported.format).toBe('jwks');
    expect(imported.selection).toMatchObject({
      index: 3,
      kid: 'rsa-2',
      chosenBy: 'kid',
      keyCount: 4,
    });
    expect(imported.selection?.passedOver).toEqual([
      { index: 0, kid: 'rsa-1', reasons: ['kid-differs', 'alg-differs'] },
      { index: 1, kid: 'ec-1', reasons: ['kid-differs', 'alg-differs', 'kty-differs'] },
      { index: 2, kid: 'ed-1', reasons: ['kid-differs', 'alg-differs', 'kty-differs'] },
    ]);
    expect(imported.facts.thumbprint).toBe(key('rsa2048b').thumbprint);
  });

  it('without a kid, chooses the first key that fits the alg', async () => {
    const imported = await importKeyText(set, { alg: 'ES256', usage: 'verify' });
    expect(imported.selection).toMatchObject({ index: 1, kid: 'ec-1', chosenBy: 'alg' });
  });

  it('no key for the kid is an error that lists each key and why', async () => {
    const error = await keyErrorOf(set, { alg: 'RS256', usage: 'verify', kid: 'nope' });
    expect(error.code).toBe('KEY_NO_MATCH_IN_JWKS');
    expect(error.detail).toMatchObject({ keyCount: 4, kid: 'nope' });
    expect(String(error.detail.reasons)).toContain('rsa-1: kid-differs');
  });
});

describe('importKeyText: what is wrong with a key, precisely', () => {
  it('an RSA key under 2048 bits', async () => {
    const error = await keyErrorOf(key('rsa1024').spki, { alg: 'RS256', usage: 'verify' });
    expect(error).toMatchObject({ code: 'KEY_RSA_TOO_SMALL', detail: { bits: 1024, min: 2048 } });
  });

  it('a key on the wrong curve names the curve it found', async () => {
    for (const text of [
      key('secp256k1').spki,
      key('secp256k1').sec1!,
      JSON.stringify(key('secp256k1').publicJwk),
    ]) {
      const error = await keyErrorOf(text, { alg: 'ES256', usage: 'verify' });
      expect(error).toMatchObject({
        code: 'KEY_WRONG_CURVE',
        detail: { expected: 'P-256', found: 'secp256k1' },
      });
    }
    const p384 = await keyErrorOf(key('p384').spki, { alg: 'ES256', usage: 'verify' });
    expect(p384).toMatchObject({
      code: 'KEY_WRONG_CURVE',
      detail: { expected: 'P-256', found: 'P-384' },
    });
    const ed448 = await keyErrorOf(key('ed448').spki, { alg: 'EdDSA', usage: 'verify' });
    expect(ed448).toMatchObject({
      code: 'KEY_WRONG_CURVE',
      detail: { expected: 'Ed25519', found: 'Ed448' },
    });
  });

  it('a key of the wrong type for the alg names both', async () => {
    const error = await keyErrorOf(key('p256').spki, { alg: 'RS256', usage: 'verify' });
    expect(error).toMatchObject({
      code: 'KEY_WRONG_TYPE',
      detail: { alg: 'RS256', expected: 'RSA', found: 'EC' },
    });
    const rsaForEd = await keyErrorOf(key('rsa2048').pkcs8, { alg: 'EdDSA', usage: 'sign' });
    expect(rsaForEd).toMatchObject({
      code: 'KEY_WRONG_TYPE',
      detail: { expected: 'Ed25519', found: 'RSA' },
    });
  });

  it('a public key cannot sign', async () => {
    const error = await keyErrorOf(key('p256').spki, { alg: 'ES256', usage: 'sign' });
    expect(error.code).toBe('KEY_PUBLIC_CANNOT_SIGN');
  });

  it("a JWK's own alg, use or key_ops must allow the use", async () => {
    const jwk = key('p256').publicJwk!;
    expect(
      await keyErrorOf(JSON.stringify({ ...jwk, alg: 'ES384' }), { alg: 'ES256', usage: 'verify' }),
    ).toMatchObject({
      code: 'KEY_JWK_ALG_MISMATCH',
      detail: { alg: 'ES256', jwkAlg: 'ES384' },
    });
    expect(
      await keyErrorOf(JSON.stringify({ ...jwk, use: 'enc' }), { alg: 'ES256', usage: 'verify' }),
    ).toMatchObject({
      code: 'KEY_JWK_USE_MISMATCH',
      detail: { member: 'use', value: 'enc' },
    });
    expect(
      await keyErrorOf(JSON.stringify({ ...jwk, key_ops: ['sign'] }), {
        alg: 'ES256',
        usage: 'verify',
      }),
    ).toMatchObject({
      code: 'KEY_JWK_USE_MISMATCH',
      detail: { member: 'key_ops' },
    });
    await expect(
      importKeyText(JSON.stringify({ ...jwk, alg: 'ES256', use: 'sig' }), {
        alg: 'ES256',
        usage: 'verify',
      }),
    ).resolves.toBeTruthy();
  });

  it('base64 key material without its BEGIN/END lines is recognised, with the label it needs', async () => {
    const cases: [string, string][] = [
      [key('rsa2048').spki, 'PUBLIC KEY'],
      [key('rsa2048').pkcs8, 'PRIVATE KEY'],
      [key('rsa2048').pkcs1Public!, 'RSA PUBLIC KEY'],
      [key('rsa2048').pkcs1Private!, 'RSA PRIVATE KEY'],
      [key('p256').sec1!, 'EC PRIVATE KEY'],
      [key('p256').certificate!, 'CERTIFICATE'],
      [key('ed25519').spki, 'PUBLIC KEY'],
    ];
    for (const [pem, label] of cases) {
      const bare = pem.replace(/-----[A-Z ]+-----/g, '').trim();
      const error = await keyErrorOf(bare, { alg: 'RS256', usage: 'verify' });
      expect(error).toMatchObject({ code: 'KEY_PEM_ARMOR_MISSING', detail: { label } });
    }
  });

  it('broken PEM says how it is broken', async () => {
    const pem = key('p256').spki;
    expect(
      await keyErrorOf(pem.replace('-----END PUBLIC KEY-----', ''), {
        alg: 'ES256',
        usage: 'verify',
      }),
    ).toMatchObject({
      code: 'KEY_BAD_PEM',
      detail: { reason: 'no-end' },
    });
    expect(
      await keyErrorOf(pem.replace('END PUBLIC', 'END PRIVATE'), { alg: 'ES256', usage: 'verify' }),
    ).toMatchObject({
      code: 'KEY_BAD_PEM',
      detail: { reason: 'label-mismatch', endLabel: 'PRIVATE KEY' },
    });
    expect(
      await keyErrorOf(pem.replace(/\n(.)/, '\n$$$1'), { alg: 'ES256', usage: 'verify' }),
    ).toMatchObject({
      code: 'KEY_BAD_PEM',
      detail: { reason: 'bad-base64', char: '$' },
    });
    const truncated = pem.replace(/\n[^\n]+\n-----END/, '\n-----END');
    expect((await keyErrorOf(truncated, { alg: 'ES256', usage: 'verify' })).code).toBe(
      'KEY_BAD_DER',
    );
  });

  it('unknown, encrypted and OpenSSH keys are named as such', async () => {
    const options = { alg: 'RS256', usage: 'verify' } as const;
    expect((await keyErrorOf('', options)).code).toBe('KEY_EMPTY');
    expect((await keyErrorOf('hello', options)).code).toBe('KEY_UNKNOWN_FORMAT');
    expect(
      (await keyErrorOf('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI', options)).detail,
    ).toMatchObject({ reason: 'openssh' });
    expect(
      (
        await keyErrorOf(
          '-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----',
          options,
        )
      ).code,
    ).toBe('KEY_ENCRYPTED');
    expect(
      (
        await keyErrorOf(
          '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----',
          options,
        )
      ).code,
    ).toBe('KEY_UNSUPPORTED_PEM_LABEL');
    expect(await keyErrorOf('{"kty":"RSA"', options)).toMatchObject({
      code: 'KEY_BAD_JWK',
      detail: { reason: 'bad-json' },
    });
    expect(await keyErrorOf('{"n":"AQAB"}', options)).toMatchObject({
      code: 'KEY_BAD_JWK',
      detail: { reason: 'no-kty' },
    });
  });

  it('WebCrypto refusing a key is reported with its reason', async () => {
    const error = await keyErrorOf(key('rsaPss2048').spki, { alg: 'PS256', usage: 'verify' });
    expect(error.code).toBe('KEY_IMPORT_FAILED');
    expect(String(error.detail.reason)).not.toBe('');
  });

  it('alg none takes no key', async () => {
    expect((await keyErrorOf(key('p256').spki, { alg: 'none', usage: 'verify' })).code).toBe(
      'KEY_ALG_UNUSABLE',
    );
  });
});
