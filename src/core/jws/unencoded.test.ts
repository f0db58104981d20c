import { createHmac } from 'node:crypto';
import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import { jwsVectors } from '../__fixtures__';
import { importKeyText } from '../keys/import';
import { importSecret } from '../keys/secret';
import { parseCompact } from './parse';
import { signCompact } from './sign';
import { verifyCompact } from './verify';

/**
 * RFC 7797, checked against the RFC's own vectors (§4.1, §4.2), jose (which implements b64)
 * and Node's HMAC over signing inputs written out by hand from §5.1.
 */
const SECRET = new TextEncoder().encode('a secret of thirty-two bytes, ok');
const UNENCODED = { alg: 'HS256', b64: false, crit: ['b64'] };
const b64url = (text: string) => Buffer.from(text).toString('base64url');
const mac = (input: string) =>
  createHmac('sha256', SECRET).update(Buffer.from(input, 'utf8')).digest('base64url');

async function hs256() {
  return (await importSecret('a secret of thirty-two bytes, ok', 'utf8', 'HS256')).cryptoKey;
}

function vector(id: string) {
  const found = jwsVectors.find((v) => v.id === id);
  if (!found) throw new Error(`no vector ${id}`);
  return found;
}

describe('RFC 7797 §4: the RFC examples', () => {
  it('§4.2: b64 false with detached "$.02" verifies, signing input per §5.1', async () => {
    const v = vector('RFC7797-4.2');
    const key = await importKeyText(JSON.stringify(v.keys!.symmetric_jwk), {
      alg: 'HS256',
      usage: 'verify',
    });
    const parsed = parseCompact(v.compact);
    expect(parsed.b64).toBe(false);
    expect(parsed.diagnostics.map((d) => d.code)).toContain('PAYLOAD_DETACHED');
    expect(await verifyCompact(parsed, key.cryptoKey)).toMatchObject({
      status: 'unusable',
      reason: 'PAYLOAD_DETACHED',
    });
    const verdict = await verifyCompact(parsed, key.cryptoKey, { detachedPayload: '$.02' });
    expect(verdict).toMatchObject({ status: 'verified', detail: { detached: true } });
    expect(new TextDecoder().decode(verdict.signingInput)).toBe(v.signing_input);
    // The payload given in base64url is not the payload: it does not verify.
    expect(await verifyCompact(parsed, key.cryptoKey, { detachedPayload: 'JC4wMg' })).toMatchObject(
      { status: 'invalid', reason: 'SIGNATURE_MISMATCH' },
    );
  });

  it('§4.1: the same payload with b64 true is base64url-encoded first', async () => {
    const v = vector('RFC7797-4.1');
    const key = await importKeyText(JSON.stringify(v.keys!.symmetric_jwk), {
      alg: 'HS256',
      usage: 'verify',
    });
    const [h, , s] = v.compact.split('.');
    const detached = parseCompact(`${h}..${s}`);
    expect(detached.b64).toBeUndefined();
    const verdict = await verifyCompact(detached, key.cryptoKey, { detachedPayload: '$.02' });
    expect(verdict.status).toBe('verified');
    expect(new TextDecoder().decode(verdict.signingInput)).toBe(v.signing_input);
  });
});

describe('RFC 7797 §5: an unencoded payload in the compact form', () => {
  it('a token jose signs with b64 false: the payload is shown as text, never decoded, and verifies', async () => {
    const payload = 'hello world, {"b64":false} $5';
    // jose writes b64 false only in the flattened form, leaving the payload out (detached);
    // the compact form puts the payload's text between the dots.
    const jws = await new jose.FlattenedSign(new TextEncoder().encode(payload))
      .setProtectedHeader(UNENCODED)
      .sign(SECRET);
    expect(jws.payload).toBe('');
    const token = `${jws.protected}.${payload}.${jws.signature}`;
    expect(token.split('.')[1]).toBe(payload);
    const parsed = parseCompact(token);
    expect(parsed).toMatchObject({ kind: 'jws', b64: false, alg: 'HS256' });
    expect(parsed.payload).toMatchObject({ text: payload, isJson: false, json: undefined });
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['PAYLOAD_UNENCODED']);
    const verdict = await verifyCompact(parsed, await hs256());
    expect(verdict.status).toBe('verified');
    expect(Buffer.from(verdict.signingInput!).toString()).toBe(
      `${b64url(JSON.stringify(UNENCODED))}.${payload}`,
    );
    const tampered = token.replace('$5', '$6');
    expect(await verifyCompact(parseCompact(tampered), await hs256())).toMatchObject({
      status: 'invalid',
    });
  });

  it('a token we sign with b64 false verifies with jose, and its signing input is §5.1', async () => {
    const header = JSON.stringify(UNENCODED);
    const payload = 'plain text ~ 42';
    const signed = await signCompact({ header, payload, alg: 'HS256', key: await hs256() });
    expect(signed.token.split('.')[1]).toBe(payload);
    expect(signed.token.split('.')[2]).toBe(mac(`${b64url(header)}.${payload}`));
    const result = await jose.compactVerify(signed.token, SECRET);
    expect(new TextDecoder().decode(result.payload)).toBe(payload);
  });

  it('§5.2: a payload with a dot is refused, signing and verifying; jose cannot read it either', async () => {
    const header = b64url(JSON.stringify(UNENCODED));
    const payload = 'a.b';
    const token = `${header}.${payload}.${mac(`${header}.${payload}`)}`;
    await expect(jose.compactVerify(token, SECRET)).rejects.toThrow(jose.errors.JWSInvalid);
    const parsed = parseCompact(token);
    expect(parsed.kind).toBe('jws');
    expect(parsed.payload?.text).toBe('a.b');
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: 'PAYLOAD_UNENCODED_DOT', part: 'payload', offset: 1 }),
      expect.objectContaining({ code: 'PAYLOAD_UNENCODED' }),
    ]);
    expect(await verifyCompact(parsed, await hs256())).toMatchObject({
      status: 'unusable',
      reason: 'PAYLOAD_UNENCODED_DOT',
    });
    await expect(
      signCompact({
        header: JSON.stringify(UNENCODED),
        payload,
        alg: 'HS256',
        key: await hs256(),
      }),
    ).rejects.toMatchObject({ code: 'SIGN_UNENCODED_PAYLOAD_DOT' });
  });

  it('§5.2: characters outside printable ASCII are pointed out', () => {
    const header = b64url(JSON.stringify(UNENCODED));
    const parsed = parseCompact(`${header}.€5.${mac(`${header}.€5`)}`);
    expect(parsed.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'PAYLOAD_UNENCODED_UNSAFE_CHAR', offset: 0, char: '€' }),
    );
  });

  it('§6: b64 false that crit does not list is ignored, as jose ignores it', async () => {
    const header = b64url(JSON.stringify({ alg: 'HS256', b64: false }));
    const payload = b64url('{"sub":"alice"}');
    const token = `${header}.${payload}.${mac(`${header}.${payload}`)}`;
    await expect(jose.compactVerify(token, SECRET)).resolves.toBeTruthy();
    const parsed = parseCompact(token);
    expect(parsed.b64).toBeUndefined();
    expect(parsed.payload?.json).toEqual({ sub: 'alice' });
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['HEADER_B64_NOT_CRITICAL']);
    expect((await verifyCompact(parsed, await hs256())).status).toBe('verified');
  });
});

describe('RFC 7515 Appendix F: detached content with b64 true', () => {
  it('the user gives the payload; jose verifies the same detached JWS', async () => {
    const header = b64url('{"alg":"HS256"}');
    const content = '{"sub":"alice","note":"détaché"}';
    const signature = mac(`${header}.${b64url(content)}`);
    await expect(
      jose.flattenedVerify({ protected: header, payload: b64url(content), signature }, SECRET),
    ).resolves.toBeTruthy();
    const parsed = parseCompact(`${header}..${signature}`);
    expect(await verifyCompact(parsed, await hs256(), { detachedPayload: content })).toMatchObject({
      status: 'verified',
      detail: { detached: true },
    });
    expect(
      await verifyCompact(parsed, await hs256(), { detachedPayload: `${content} ` }),
    ).toMatchObject({ status: 'invalid', detail: { detached: true } });
  });

  it('a detached payload is ignored when the token has its own', async () => {
    const header = b64url('{"alg":"HS256"}');
    const payload = b64url('{}');
    const token = `${header}.${payload}.${mac(`${header}.${payload}`)}`;
    expect(
      await verifyCompact(parseCompact(token), await hs256(), { detachedPayload: 'other' }),
    ).toMatchObject({ status: 'verified', detail: { alg: 'HS256' } });
  });
});
