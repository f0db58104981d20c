import { beforeAll, describe, expect, it } from 'vitest';
import { signCompact } from '../jws/sign';
import { es256Pair, issuerJws, publicJwk } from './__tests__/make';
import { digestOf } from './digest';
import { verifyKeyBinding } from './key-binding';
import { parseSdJwt } from './parse';

let issuer: CryptoKeyPair;
let holder: CryptoKeyPair;
let other: CryptoKeyPair;
beforeAll(async () => {
  [issuer, holder, other] = await Promise.all([es256Pair(), es256Pair(), es256Pair()]);
});

interface KbOptions {
  readonly header?: Record<string, unknown>;
  readonly claims?: Record<string, unknown>;
  readonly key?: CryptoKey;
  readonly payload?: Record<string, unknown>;
}

/** An SD-JWT+KB whose parts can each be made wrong. */
async function presentation(options: KbOptions = {}): Promise<string> {
  const payload = options.payload ?? {
    iss: 'https://issuer.example',
    cnf: { jwk: await publicJwk(holder) },
  };
  const sdJwt = `${await issuerJws(payload, issuer.privateKey)}~`;
  const sdHash = await digestOf(sdJwt, 'SHA-256');
  const claims = {
    iat: 1700000000,
    aud: 'https://verifier.example',
    nonce: 'n-1',
    sd_hash: sdHash,
    ...options.claims,
  };
  const kb = await signCompact({
    header: JSON.stringify(options.header ?? { alg: 'ES256', typ: 'kb+jwt' }),
    payload: JSON.stringify(claims),
    alg: 'ES256',
    key: options.key ?? holder.privateKey,
  });
  return `${sdJwt}${kb.token}`;
}

const verdictOf = async (token: string, options = {}) =>
  verifyKeyBinding(parseSdJwt(token), options);

describe('RFC 9901 §7.3 step 5: the KB-JWT', () => {
  it('is verified when typ, the holder signature and sd_hash all hold, and reports iat, aud, nonce', async () => {
    const verdict = await verdictOf(await presentation(), {
      expectedAud: 'https://verifier.example',
      expectedNonce: 'n-1',
    });
    expect(verdict).toMatchObject({
      status: 'verified',
      facts: {
        iat: 1700000000,
        aud: 'https://verifier.example',
        nonce: 'n-1',
        findings: [],
        checks: { typ: true, signature: true, sdHash: true },
      },
    });
  });

  it('is invalid with a typ other than kb+jwt', async () => {
    const verdict = await verdictOf(await presentation({ header: { alg: 'ES256', typ: 'JWT' } }));
    expect(verdict).toMatchObject({
      status: 'invalid',
      failed: 'typ',
      reason: 'KB_TYP',
      detail: { typ: 'JWT' },
    });
  });

  it('is invalid when another key signed it', async () => {
    const verdict = await verdictOf(await presentation({ key: other.privateKey }));
    expect(verdict).toMatchObject({
      status: 'invalid',
      failed: 'signature',
      reason: 'KB_SIGNATURE_INVALID',
    });
  });

  it('is invalid when sd_hash does not match, or is missing', async () => {
    expect(await verdictOf(await presentation({ claims: { sd_hash: 'x' } }))).toMatchObject({
      failed: 'sd_hash',
      reason: 'KB_SD_HASH_MISMATCH',
    });
    expect(await verdictOf(await presentation({ claims: { sd_hash: undefined } }))).toMatchObject({
      failed: 'sd_hash',
      reason: 'KB_SD_HASH_MISSING',
    });
  });

  it('is invalid when the holder key in cnf.jwk cannot verify its alg', async () => {
    const payload = {
      cnf: {
        jwk: { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' },
      },
    };
    const verdict = await verdictOf(await presentation({ payload }));
    expect(verdict).toMatchObject({
      status: 'invalid',
      failed: 'signature',
      reason: 'KB_HOLDER_KEY_UNUSABLE',
      detail: { keyError: 'KEY_WRONG_TYPE' },
    });
  });

  it('has no holder key to check when the issuer payload has no cnf.jwk, and says neither verified nor invalid', async () => {
    const verdict = await verdictOf(await presentation({ payload: { iss: 'x' } }));
    expect(verdict).toMatchObject({
      status: 'no-holder-key',
      reason: 'KB_NO_HOLDER_KEY',
      facts: { checks: { typ: true, sdHash: true } },
    });
  });

  it('is malformed when the last part is no JWS with JSON header and payload', async () => {
    const token = await presentation();
    expect(await verdictOf(`${token.slice(0, token.lastIndexOf('~') + 1)}a.b.c`)).toEqual({
      status: 'malformed',
      reason: 'KB_MALFORMED',
    });
    expect(await verdictOf(`${token.slice(0, token.lastIndexOf('~') + 1)}`)).toEqual({
      status: 'absent',
      reason: 'KB_ABSENT',
    });
  });

  it('names missing iat, aud and nonce, and an aud or nonce other than expected, as findings', async () => {
    const verdict = await verdictOf(
      await presentation({ claims: { iat: undefined, aud: ['a'], nonce: 5 } }),
      { expectedAud: 'v', expectedNonce: 'n' },
    );
    expect(verdict.status === 'verified' && verdict.facts.findings.map((f) => f.code)).toEqual([
      'KB_IAT_MISSING',
      'KB_AUD_MISSING',
      'KB_NONCE_MISSING',
      'KB_AUD_UNEXPECTED',
      'KB_NONCE_UNEXPECTED',
    ]);
  });

  it('takes sd_hash with the hash of `_sd_alg` (§4.3.1)', async () => {
    const payload = { _sd_alg: 'sha-512', cnf: { jwk: await publicJwk(holder) } };
    const sdJwt = `${await issuerJws(payload, issuer.privateKey)}~`;
    const claims = { iat: 1, aud: 'a', nonce: 'n', sd_hash: await digestOf(sdJwt, 'SHA-512') };
    const kb = await signCompact({
      header: '{"alg":"ES256","typ":"kb+jwt"}',
      payload: JSON.stringify(claims),
      alg: 'ES256',
      key: holder.privateKey,
    });
    expect((await verdictOf(`${sdJwt}${kb.token}`)).status).toBe('verified');
  });
});
