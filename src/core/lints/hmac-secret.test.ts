import { describe, expect, it } from 'vitest';
import { jwks, key } from '../__fixtures__';
import type { SecretEncoding } from '../keys/secret';
import { CLEAN_PAYLOAD, NOW, STRONG_SECRET, tokenOf } from './__fixtures__/tokens';
import { lintToken } from './lint-token';
import type { Lint } from './types';

function secretLints(text: string, alg = 'HS256', encoding: SecretEncoding = 'utf8'): Lint[] {
  const parsed = tokenOf({ alg, typ: 'JWT' }, CLEAN_PAYLOAD);
  return lintToken({ parsed, now: NOW, secret: { text, encoding } }).filter(
    (lint) => lint.part === 'secret',
  );
}

const rsa = key('rsa2048');

describe('hmac-secret-short (RFC 7518 §3.2: a key at least as long as the hash output)', () => {
  it('"secret" for HS256 is 6 bytes of the 32 required, and well known', () => {
    expect(secretLints('secret')).toEqual([
      {
        rule: 'hmac-secret-well-known',
        severity: 'danger',
        part: 'secret',
        source: 'RFC 8725 §3.5',
        detail: { match: 'exact' },
      },
      {
        rule: 'hmac-secret-short',
        severity: 'danger',
        part: 'secret',
        source: 'RFC 7518 §3.2',
        detail: { bytes: 6, minimum: 32, alg: 'HS256', encoding: 'utf8' },
      },
    ]);
  });

  it("jwt.io's sample secret your-256-bit-secret is both well known and 19 bytes short", () => {
    const lints = secretLints('your-256-bit-secret');
    expect(lints.map((lint) => lint.rule)).toEqual(['hmac-secret-well-known', 'hmac-secret-short']);
    expect(lints[1]?.detail).toMatchObject({ bytes: 19, minimum: 32 });
  });

  it('a 32-byte random-looking secret passes for HS256', () => {
    expect(secretLints(STRONG_SECRET)).toEqual([]);
  });

  it('the minimum follows the hash: 32 bytes are short for HS384 (48) and HS512 (64)', () => {
    expect(secretLints(STRONG_SECRET, 'HS384')[0]?.detail).toMatchObject({
      bytes: 32,
      minimum: 48,
    });
    expect(secretLints(STRONG_SECRET, 'HS512')[0]?.detail).toMatchObject({
      bytes: 32,
      minimum: 64,
    });
  });

  it('counts the key bytes the encoding gives, not the characters typed', () => {
    // 64 hex digits are 32 bytes; 43 base64url characters are 32 bytes too.
    expect(secretLints('00'.repeat(32), 'HS256', 'hex')).toEqual([]);
    expect(secretLints(`${STRONG_SECRET}PqRsTuVwXyZ`, 'HS256', 'base64url')).toEqual([]);
    expect(secretLints('00'.repeat(31), 'HS256', 'hex')[0]?.detail).toMatchObject({
      bytes: 31,
      encoding: 'hex',
    });
  });

  it('says nothing about length when the text is not valid in its encoding', () => {
    expect(secretLints('not hex!', 'HS256', 'hex')).toEqual([]);
  });
});

describe('hmac-secret-well-known (RFC 8725 §3.5)', () => {
  it('flags a listed secret in another case, saying so', () => {
    const lints = secretLints('KEYBOARD CAT');
    expect(lints[0]).toMatchObject({
      rule: 'hmac-secret-well-known',
      detail: { match: 'case-insensitive' },
    });
  });

  it('flags long listed secrets that pass the length check', () => {
    const fastapi = '09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7';
    expect(secretLints(fastapi).map((lint) => lint.rule)).toEqual(['hmac-secret-well-known']);
  });
});

describe('hmac-secret-looks-like-public-key (RFC 8725 §2.1: RS256 re-signed as HS256)', () => {
  it('flags an RSA public key PEM pasted as the secret', () => {
    expect(secretLints(rsa.spki)).toEqual([
      {
        rule: 'hmac-secret-looks-like-public-key',
        severity: 'danger',
        part: 'secret',
        source: 'RFC 8725 §2.1',
        detail: { format: 'pem-public-key' },
      },
    ]);
  });

  it('names the format: PKCS #1 PEM, certificate, JWK, JWK Set, bare base64, OpenSSH', () => {
    const format = (text: string): unknown => secretLints(text)[0]?.detail?.format;
    expect(format(rsa.pkcs1Public!)).toBe('pem-public-key');
    expect(format(rsa.certificate!)).toBe('pem-certificate');
    expect(format(JSON.stringify(rsa.publicJwk))).toBe('jwk');
    expect(format(JSON.stringify(jwks))).toBe('jwk-set');
    const body = rsa.spki.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
    expect(format(body)).toBe('bare-base64');
    expect(
      format('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl'),
    ).toBe('openssh-public-key');
  });

  it('does not flag a private key, an oct JWK, or JSON that is no key', () => {
    const rules = (text: string): string[] => secretLints(text).map((lint) => lint.rule);
    expect(rules(rsa.pkcs8)).not.toContain('hmac-secret-looks-like-public-key');
    expect(rules(JSON.stringify(rsa.privateJwk))).not.toContain(
      'hmac-secret-looks-like-public-key',
    );
    expect(rules(JSON.stringify({ kty: 'oct', k: 'A'.repeat(43) }))).toEqual([]);
    expect(rules(`{"note": "${STRONG_SECRET}"}`)).toEqual([]);
  });
});

describe('secret lints run only for an HMAC alg and a typed secret', () => {
  it('ignores the secret of an RS256 token', () => {
    expect(secretLints('secret', 'RS256')).toEqual([]);
    expect(secretLints(rsa.spki, 'RS256')).toEqual([]);
  });

  it('ignores a blank secret and a missing one', () => {
    expect(secretLints('   ')).toEqual([]);
    const parsed = tokenOf({ alg: 'HS256', typ: 'JWT' }, CLEAN_PAYLOAD);
    expect(lintToken({ parsed, now: NOW })).toEqual([]);
  });
});

describe('hmac-secret-short with an oct JWK in the Secret box', () => {
  it('judges the length of its k, not of the JSON text', () => {
    const header = { alg: 'HS256', typ: 'JWT' };
    const parsed = tokenOf(header, { sub: 'a', exp: NOW + 60 });
    const jwk = (bytes: number) =>
      JSON.stringify({ kty: 'oct', k: Buffer.alloc(bytes, 7).toString('base64url') });
    const short = lintToken({ parsed, now: NOW, secret: { text: jwk(16), encoding: 'utf8' } });
    expect(short.filter((lint) => lint.rule === 'hmac-secret-short')).toMatchObject([
      { detail: { bytes: 16, minimum: 32 } },
    ]);
    const long = lintToken({ parsed, now: NOW, secret: { text: jwk(32), encoding: 'utf8' } });
    expect(long.filter((lint) => lint.rule === 'hmac-secret-short')).toEqual([]);
  });
});
