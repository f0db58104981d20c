import { calculateJwkThumbprint } from 'jose';
import { describe, expect, it } from 'vitest';
import { jwks, key } from '../__fixtures__';
import { certificate, mlDsa, x509 } from '../__fixtures__/certificates';
import { parseCompact } from '../jws/parse';
import { opensslDate } from '../x509/__tests__/openssl';
import { describeKey, type KeyDescriptionResult } from './describe';
import { parsePem } from './pem';

const NOW = opensslDate(certificate('leafA').openssl.notBefore) + 86_400;
const KEY_MEMBERS = ['kty', 'crv', 'x', 'y', 'n', 'e', 'alg', 'pub'];
/** Only the key's own members, as node:crypto's JWK export has them. */
const keyMembers = (jwk: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(jwk).filter(([name]) => KEY_MEMBERS.includes(name)));
const text = (value: string | Record<string, unknown>) =>
  typeof value === 'string' ? value : JSON.stringify(value);
function ok(result: KeyDescriptionResult) {
  if (!result.ok) throw new Error(`describeKey failed: ${result.code}`);
  return result;
}

const FORMATS = [
  'spki',
  'pkcs1Public',
  'certificate',
  'publicJwk',
  'pkcs8',
  'pkcs1Private',
  'sec1',
  'privateJwk',
] as const;
const NAMES = ['rsa2048', 'p256', 'p384', 'p521', 'ed25519'];

describe('key details: one key, both ways (PEM SPKI and public JWK) and its RFC 7638 thumbprint', () => {
  const cases = NAMES.flatMap((name) =>
    FORMATS.filter((format) => key(name)[format] !== undefined).map(
      (format) => [name, format] as const,
    ),
  );
  it.each(cases)(
    '%s given as %s: node:crypto’s SPKI and JWK, jose’s thumbprint',
    async (name, format) => {
      const fixture = key(name);
      const result = ok(await describeKey({ text: text(fixture[format]!), now: NOW }));
      const views = result.views!;
      expect(keyMembers(views.publicJwk)).toEqual(fixture.publicJwk);
      expect(views.publicJwk).not.toHaveProperty('d');
      expect(parsePem(views.spkiPem).der).toEqual(parsePem(fixture.spki).der);
      expect(views.thumbprint).toBe(fixture.thumbprint);
      expect(views.thumbprintUri).toBe(
        `urn:ietf:params:oauth:jwk-thumbprint:sha-256:${fixture.thumbprint}`,
      );
      expect(views.akp).toBe(false);
    },
  );

  it('a key WebCrypto cannot import still shows: Ed448 and secp256k1 SPKIs', async () => {
    for (const name of ['ed448', 'secp256k1']) {
      const views = ok(await describeKey({ text: key(name).spki, now: NOW })).views!;
      expect(views.thumbprint).toBe(await calculateJwkThumbprint(views.publicJwk as never));
    }
  });

  it.each(Object.keys(mlDsa.keys))('%s: the RFC 9964 AKP JWK of its SPKI', async (alg) => {
    const { spki, jwk } = mlDsa.keys[alg]!;
    const pem = `-----BEGIN PUBLIC KEY-----\n${spki}\n-----END PUBLIC KEY-----\n`;
    const views = ok(await describeKey({ text: pem, now: NOW })).views!;
    expect(views.publicJwk).toEqual(jwk);
    expect(views.akp).toBe(true);
    expect(views.thumbprint).toBe(await calculateJwkThumbprint(jwk as never));
  });

  it('RFC 9964 §6: the AKP thumbprint of the all-zeros-seed key is the kid RFC 9964 prints', async () => {
    const views = ok(
      await describeKey({ text: JSON.stringify(mlDsa.rfc9964.jwk), now: NOW }),
    ).views!;
    expect(views.thumbprint).toBe(mlDsa.rfc9964.kid);
  });

  it('a JWK keeps its own public members (kid, use, alg); key_ops and private members go', async () => {
    const jwk = {
      ...key('p256').privateJwk,
      kid: 'k1',
      use: 'sig',
      alg: 'ES256',
      key_ops: ['sign'],
    };
    const views = ok(await describeKey({ text: JSON.stringify(jwk), now: NOW })).views!;
    expect(views.publicJwk).toEqual({
      ...key('p256').publicJwk,
      kid: 'k1',
      use: 'sig',
      alg: 'ES256',
    });
  });

  it('from a JWK Set, the key the import chose', async () => {
    const views = ok(await describeKey({ text: JSON.stringify(jwks), index: 2, now: NOW })).views!;
    expect(views.publicJwk).toEqual(jwks.keys[2]);
  });

  it('a secret has no public form; text that is no key says why', async () => {
    const secret = ok(await describeKey({ text: '{"kty":"oct","k":"c2VjcmV0"}', now: NOW }));
    expect(secret.views).toBeUndefined();
    expect(await describeKey({ text: 'not a key', now: NOW })).toEqual({
      ok: false,
      code: 'KEY_UNKNOWN_FORMAT',
    });
  });
});

describe('key details: the certificates that come with a key', () => {
  it('a PEM bundle: the first certificate’s key, the whole chain checked', async () => {
    const bundle = ['leafA', 'interA', 'rootA'].map((name) => certificate(name).pem).join('');
    const result = ok(await describeKey({ text: bundle, now: NOW }));
    expect(keyMembers(result.views!.publicJwk)).toEqual(x509.leafPublicJwk);
    expect(result.views!.thumbprint).toBe(x509.leafThumbprint);
    expect(result.chain?.certificates).toHaveLength(3);
    expect(result.findings).toEqual([]);
  });

  it('RFC 7517 §4.7: a JWK with x5c and x5t; a wrong x5t is found', async () => {
    const right = ok(
      await describeKey({ text: JSON.stringify(x509.jwks.leafWithChain), now: NOW }),
    );
    expect(right.chain?.x5t?.matches).toBe(true);
    expect(right.findings).toEqual([]);
    const wrong = ok(await describeKey({ text: JSON.stringify(x509.jwks.wrongX5t), now: NOW }));
    expect(wrong.findings.map((found) => found.code)).toEqual([
      'CERT_X5T_MISMATCH',
      'CERT_X5T_S256_MISMATCH',
    ]);
  });

  it('RFC 7517 §4.7: a JWK whose x5c certifies another key', async () => {
    const otherChain = ['leafB', 'interB', 'rootB'].map(
      (name) => parsePem(certificate(name).pem).der,
    );
    const jwk = {
      ...x509.leafPublicJwk,
      x5c: otherChain.map((der) => Buffer.from(der).toString('base64')),
    };
    const result = ok(await describeKey({ text: JSON.stringify(jwk), now: NOW }));
    expect(result.findings.map((found) => found.code)).toEqual(['KEY_X5C_MISMATCH']);
  });

  it('an expired certificate is found against the given now', async () => {
    const result = ok(await describeKey({ text: certificate('expiredA').pem, now: NOW }));
    expect(result.findings.map((found) => found.code)).toContain('CERT_EXPIRED');
  });
});

describe('key details: a key that is the token’s own', () => {
  const header = (token: string) => parseCompact(token).protectedHeader;
  it('the header’s jwk pasted as the key: KEY_FROM_TOKEN', async () => {
    const result = ok(
      await describeKey({
        text: JSON.stringify(x509.leafPublicJwk),
        now: NOW,
        header: header(x509.tokens.headerJwk),
      }),
    );
    expect(result.findings).toEqual([
      { code: 'KEY_FROM_TOKEN', part: 'key', severity: 'warning', detail: { source: 'jwk' } },
    ]);
  });

  it('the header’s x5c certificate pasted as the key: KEY_FROM_TOKEN', async () => {
    const result = ok(
      await describeKey({
        text: certificate('leafA').pem,
        now: NOW,
        header: header(x509.tokens.headerX5c),
      }),
    );
    // Warnings before notes: the key is the token's own; the one certificate has no issuer here.
    expect(result.findings.map((found) => [found.code, found.detail])).toEqual([
      ['KEY_FROM_TOKEN', { source: 'x5c' }],
      ['CHAIN_INCOMPLETE', undefined],
    ]);
  });

  it('another key is not flagged', async () => {
    const result = ok(
      await describeKey({
        text: key('p256').spki,
        now: NOW,
        header: header(x509.tokens.headerJwk),
      }),
    );
    expect(result.findings).toEqual([]);
  });
});
