/**
 * The learning view and sign-then-encrypt through the page's state: what "How it's made" shows
 * comes from the results for the current inputs only, and a nested JWT made in the panes is
 * judged as a pasted one would be.
 */
import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import rfc from '../sd-jwt/__fixtures__/rfc9901-examples.json';
import { EMPTY_KEYS } from '../debug/key-inputs';
import { jweKey, jweVector, secrets } from '../jwe/__fixtures__';
import { vectorKeyText } from '../jwe/__tests__/tokens';
import { initialInputs, reduce } from './inputs';
import { sameJob, type Job } from './jobs';
import type { ViewModel } from './model';
import { Harness } from './__tests__/harness';

const learnJwe = (view: ViewModel) => {
  if (view.learn?.kind !== 'jwe') throw new Error(`not a JWE: ${view.learn?.kind}`);
  return view.learn;
};

describe('learnView', () => {
  it('a pasted JWE: its CEK only with the key that decrypts it, never with another key', async () => {
    const vector = jweVector('RFC7516-A.3');
    const page = new Harness(vector.compact!);
    let learn = learnJwe(await page.settle());
    expect(learn.known).toBe('unknown');
    expect(learn.values).toBeUndefined();
    expect(learn.jwe?.token).toBe(vector.compact);
    page.act({ type: 'keys', patch: { decryptionKey: vectorKeyText(vector) } });
    // The result for the keys before is not this one's: nothing known yet.
    expect(learnJwe(page.view).values).toBeUndefined();
    learn = learnJwe(await page.settle());
    expect(learn.known).toBe('decrypted');
    expect(jose.base64url.encode(learn.values!.cek)).toBe(vector.cek_b64);
    page.act({ type: 'keys', patch: { decryptionKey: secrets.oct128b! } });
    learn = learnJwe(await page.settle());
    expect(learn.known).toBe('unknown');
    expect(learn.values).toBeUndefined();
    // The reading of the text holds whatever the key.
    expect(learn.jwe?.token).toBe(vector.compact);
  });

  it('the panes encrypt: the values of that encryption, for the token made, with no decryption key', async () => {
    const page = new Harness();
    page
      .act({ type: 'header', text: '{"alg":"dir","enc":"A128GCM"}' })
      .act({ type: 'payload', text: '{"a":1}' })
      .act({ type: 'keys', patch: { encryptionKey: secrets.oct128! } });
    const view = await page.settle();
    const learn = learnJwe(view);
    expect(learn.known).toBe('encrypted');
    expect(jose.base64url.encode(learn.values!.cek)).toBe(secrets.oct128);
    expect(learn.jwe?.token).toBe(view.tokenText);
    // Pasted back, the same text is a token like any other: its CEK is not known without a key.
    page.act({ type: 'token', text: view.tokenText });
    expect(learnJwe(await page.settle()).known).toBe('unknown');
  });

  it('an SD-JWT: its processed disclosures and the issuer-signed JWT to rebuild', async () => {
    const example = rfc.examples.find((entry) => entry.id === 'RFC 9901 §5.2 presentation')!;
    const view = await new Harness(example.sdJwt).settle();
    if (view.learn?.kind !== 'sd-jwt') throw new Error(String(view.learn?.kind));
    expect(view.learn.issuer?.token).toBe(example.sdJwt.split('~')[0]);
    expect(view.learn.sdJwt?.processed.disclosures.length).toBeGreaterThan(0);
    expect(view.learn.sdJwt?.processed.disclosures.map((d) => d.digest)).toEqual(
      view.kind?.kind === 'sd-jwt' ? view.kind.disclosures?.map((row) => row.digest) : [],
    );
  });

  it('an SD-JWT in the JSON serialization: the same steps, from its compact form', async () => {
    const example = rfc.jsonExamples.find((entry) => entry.id === 'RFC 9901 §8.2 presentation')!;
    const view = await new Harness(JSON.stringify(example.jws)).settle();
    if (view.learn?.kind !== 'sd-jwt') throw new Error(String(view.learn?.kind));
    expect(view.learn.issuer?.token).toBe(
      `${example.jws.protected}.${example.jws.payload}.${example.jws.signature}`,
    );
    expect(view.learn.sdJwt?.processed.disclosures.map((d) => d.text)).toEqual(
      example.jws.header!.disclosures,
    );
    // A plain JSON JWS has no steps of its own: none are drawn.
    const plain = { ...example.jws, header: { kid: 'plain' } };
    expect((await new Harness(JSON.stringify(plain)).settle()).learn).toBeUndefined();
  });
});

describe('sign, then encrypt (RFC 7519 §5.2) in the page state', () => {
  const rsa = jweKey('rsa2048');

  it('the choice keys the encode job: a result for the plain JWE is not the nested one', () => {
    const base: Job = { kind: 'encode', header: '{}', payload: '{}', keys: EMPTY_KEYS };
    expect(sameJob(base, { ...base, nested: 'HS256' })).toBe(false);
    expect(sameJob({ ...base, nested: 'HS256' }, { ...base, nested: 'HS256' })).toBe(true);
    expect(sameJob({ ...base, nested: 'HS256' }, { ...base, nested: 'ES256' })).toBe(false);
    const inputs = reduce(initialInputs(''), { type: 'nested', innerAlg: 'PS256' });
    expect(inputs.nested).toBe('PS256');
    expect(reduce(inputs, { type: 'nested', innerAlg: undefined })).not.toHaveProperty('nested');
    // A paste starts afresh: the token leads.
    expect(reduce(inputs, { type: 'token', text: 'x' })).not.toHaveProperty('nested');
  });

  it('the key boxes follow the inner alg; the token made decrypts to a JWS that verifies', async () => {
    const page = new Harness();
    page
      .act({ type: 'header', text: '{"alg":"RSA-OAEP","enc":"A256GCM"}' })
      .act({ type: 'payload', text: '{"sub":"erin"}' })
      .act({ type: 'nested', innerAlg: 'HS256' })
      .act({ type: 'keys', patch: { encryptionKey: rsa.spki, decryptionKey: rsa.pkcs8 } });
    let view = await page.settle();
    expect(view.alg).toBe('HS256');
    expect(view.keys.entry?.family).toBe('hmac');
    expect(view.kind?.kind === 'jwe' && view.kind.signThenEncrypt).toEqual({ innerAlg: 'HS256' });
    // No secret yet: nothing is made.
    expect(view.verdict.state).toBe('not-made');
    page.act({ type: 'keys', patch: { secret: 'inner secret' } });
    view = await page.settle();
    const { plaintext, protectedHeader } = await jose.compactDecrypt(
      view.tokenText,
      await jose.importPKCS8(rsa.pkcs8, 'RSA-OAEP'),
    );
    expect(protectedHeader.cty).toBe('JWT');
    await jose.compactVerify(
      new TextDecoder().decode(plaintext),
      new TextEncoder().encode('inner secret'),
    );
    expect(view.kind?.kind === 'jwe' && view.kind.innerHeader).toBe(
      JSON.stringify({ alg: 'HS256', typ: 'JWT' }, null, 2),
    );
    expect(view.verdict.state === 'checked' && view.verdict.verdict.status).toBe('verified');
    // Unchecked: the payload itself is encrypted, and there is no signature to judge.
    page.act({ type: 'nested', innerAlg: undefined });
    view = await page.settle();
    expect(view.alg).toBe('RSA-OAEP');
    expect(view.verdict).toEqual({ state: 'encrypted', content: 'unsigned' });
  });
});
