import { describe, expect, it } from 'vitest';
import { key, seed } from '../__fixtures__';
import { signCompact } from '../jws/sign';
import { importKeyText } from '../keys/import';
import { encodeToken } from './encode';
import { inspectToken } from './inspect';
import { EMPTY_KEYS } from './key-inputs';

describe('encodeToken: the header and payload lead', () => {
  it('the seed example: compact JSON of each, signed with the secret', async () => {
    const result = await encodeToken(
      '{ "alg": "HS256",\n  "typ": "JWT" }',
      '{"some":   "payload"}',
      { ...EMPTY_KEYS, secret: 'secret' },
    );
    expect(result).toMatchObject({
      ok: true,
      token: seed.token,
      inspection: { verdict: { status: 'verified' } },
    });
  });

  it('numbers keep the digits they were typed with', async () => {
    const result = await encodeToken(
      '{"alg":"none"}',
      '{"id": 12345678901234567890, "n": 2}',
      EMPTY_KEYS,
    );
    expect(result.ok && result.payload).toBe('{"id":12345678901234567890,"n":2}');
  });

  it('invalid JSON names the part, line and column, and makes no token', async () => {
    const result = await encodeToken('{"alg":"HS256"}', '{\n  "a": 1,\n}', {
      ...EMPTY_KEYS,
      secret: 'secret',
    });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ code: 'PAYLOAD_JSON_SYNTAX', part: 'payload', line: 3, column: 1 }],
    });
  });

  it('no key that can sign is a problem, a failing key box reports its own error', async () => {
    expect(await encodeToken('{"alg":"HS256"}', '{}', EMPTY_KEYS)).toMatchObject({
      ok: false,
      problems: [{ code: 'SIGN_NO_SECRET' }],
    });
    expect(
      await encodeToken('{"alg":"RS256"}', '{}', { ...EMPTY_KEYS, publicKey: key('rsa2048').spki }),
    ).toMatchObject({
      ok: false,
      problems: [{ code: 'SIGN_NO_PRIVATE_KEY' }],
    });
    const broken = await encodeToken('{"alg":"ES256"}', '{}', {
      ...EMPTY_KEYS,
      privateKey: key('p384').pkcs8,
    });
    expect(broken).toMatchObject({
      ok: false,
      problems: [],
      keys: { privateKey: { ok: false, code: 'KEY_WRONG_CURVE' } },
    });
  });

  it('header problems: not an object, no alg, unknown alg', async () => {
    expect(await encodeToken('[]', '{}', EMPTY_KEYS)).toMatchObject({
      problems: [{ code: 'HEADER_NOT_OBJECT' }],
    });
    expect(await encodeToken('{}', '{}', EMPTY_KEYS)).toMatchObject({
      problems: [{ code: 'HEADER_NO_ALG' }],
    });
    expect(await encodeToken('{"alg":"XS1"}', '{}', EMPTY_KEYS)).toMatchObject({
      problems: [{ code: 'ALG_UNKNOWN' }],
    });
  });

  it('signs with the private key and verifies with its own public half when the public box is empty', async () => {
    const result = await encodeToken('{"alg":"ES256"}', '{"a":1}', {
      ...EMPTY_KEYS,
      privateKey: key('p256').sec1!,
    });
    expect(result).toMatchObject({ ok: true, inspection: { verdict: { status: 'verified' } } });
    const report = result.ok ? result.inspection.keys.privateKey : undefined;
    expect(report?.ok && report.publicPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const fromPem =
      report?.ok && report.publicPem
        ? await importKeyText(report.publicPem, { alg: 'ES256', usage: 'verify' })
        : undefined;
    expect(fromPem?.facts.thumbprint).toBe(key('p256').thumbprint);
  });
});

describe('inspectToken: the token leads', () => {
  it('verifies with the public key box, or the private key when that is all there is', async () => {
    const signKey = (await importKeyText(key('ed25519').pkcs8, { alg: 'EdDSA', usage: 'sign' }))
      .cryptoKey;
    const { token } = await signCompact({
      header: '{"alg":"EdDSA"}',
      payload: '{}',
      alg: 'EdDSA',
      key: signKey,
    });
    expect(
      (await inspectToken(token, { ...EMPTY_KEYS, publicKey: key('ed25519').spki })).verdict.status,
    ).toBe('verified');
    expect(
      (await inspectToken(token, { ...EMPTY_KEYS, privateKey: key('ed25519').pkcs8 })).verdict
        .status,
    ).toBe('verified');
    expect(
      (await inspectToken(token, { ...EMPTY_KEYS, publicKey: key('ed25519b').spki })).verdict
        .status,
    ).toBe('invalid');
    const none = await inspectToken(token, EMPTY_KEYS);
    expect(none.verdict).toMatchObject({ status: 'unusable', reason: 'NO_KEY' });
  });

  it('a secret read in the wrong encoding: says which encoding verifies', async () => {
    const inspection = await inspectToken(seed.token, { ...EMPTY_KEYS, secret: 'c2VjcmV0' });
    expect(inspection.verdict.status).toBe('invalid');
    expect(inspection.secretEncodingHint).toBe('base64url');
    const hex = await inspectToken(seed.token, { ...EMPTY_KEYS, secret: '736563726574' });
    expect(hex.secretEncodingHint).toBe('hex');
    expect(
      (await inspectToken(seed.token, { ...EMPTY_KEYS, secret: 'wrong' })).secretEncodingHint,
    ).toBeUndefined();
  });

  it('a key box that cannot be used reports its error; the verdict says there is no key', async () => {
    const inspection = await inspectToken(
      seed.token.replace('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', 'eyJhbGciOiJSUzI1NiJ9'),
      {
        ...EMPTY_KEYS,
        publicKey: 'not a key',
      },
    );
    expect(inspection.keys.publicKey).toMatchObject({ ok: false, code: 'KEY_UNKNOWN_FORMAT' });
    expect(inspection.verdict).toMatchObject({ status: 'unusable', reason: 'NO_KEY' });
  });
});
