/**
 * The OpenWallet Foundation's @sd-jwt/core and @sd-jwt/sd-jwt-vc 0.19.0, with
 * @sd-jwt/crypto-nodejs, as an independent implementation, both ways: what it issues and
 * presents is processed here to the claims it reads; what is issued and presented here
 * verifies there, with exactly the claims chosen.
 */
import { SDJwtInstance } from '@sd-jwt/core';
import { digest, ES256, generateSalt } from '@sd-jwt/crypto-nodejs';
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import type { DisclosureFrame } from '@sd-jwt/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { importKeyText } from '../keys/import';
import { issueSdJwt } from './issue';
import { verifyKeyBinding } from './key-binding';
import { parseSdJwt } from './parse';
import { addKeyBinding, dropDisclosures } from './present';
import { processSdJwt } from './process';

interface Keys {
  issuer: { publicKey: JsonWebKey; privateKey: JsonWebKey };
  holder: { publicKey: JsonWebKey; privateKey: JsonWebKey };
}
let keys: Keys;
let issuerKey: CryptoKey;
let holderKey: CryptoKey;
const AUD = 'https://verifier.example';
const NONCE = 'nonce-42';

beforeAll(async () => {
  keys = { issuer: await ES256.generateKeyPair(), holder: await ES256.generateKeyPair() };
  issuerKey = (
    await importKeyText(JSON.stringify(keys.issuer.privateKey), { alg: 'ES256', usage: 'sign' })
  ).cryptoKey;
  holderKey = (
    await importKeyText(JSON.stringify(keys.holder.privateKey), { alg: 'ES256', usage: 'sign' })
  ).cryptoKey;
});

async function oracle<T extends SDJwtInstance<Record<string, unknown>>>(
  Kind: new (config: object) => T,
): Promise<T> {
  return new Kind({
    signer: await ES256.getSigner(keys.issuer.privateKey),
    signAlg: 'ES256',
    verifier: await ES256.getVerifier(keys.issuer.publicKey),
    kbSigner: await ES256.getSigner(keys.holder.privateKey),
    kbSignAlg: 'ES256',
    kbVerifier: await ES256.getVerifier(keys.holder.publicKey),
    hasher: digest,
    hashAlg: 'sha-256',
    saltGenerator: generateSalt,
  });
}

const claims = () => ({
  iss: 'https://issuer.example',
  given_name: 'Erika',
  family_name: 'Mustermann',
  address: { street_address: 'Heidestraße 17', locality: 'Köln', country: 'DE' },
  nationalities: ['DE', 'FR', 'US'],
  degrees: [
    { type: 'Bachelor', year: 2010 },
    { type: 'Master', year: 2012 },
  ],
  cnf: { jwk: keys.holder.publicKey },
});

describe('@sd-jwt/core issues and presents, this engine processes', () => {
  const frame: DisclosureFrame<ReturnType<typeof claims>> = {
    _sd: ['given_name', 'family_name', 'address', 'degrees'],
    _sd_decoy: 3,
    address: { _sd: ['locality', 'country'], _sd_decoy: 1 },
    nationalities: { _sd: [0, 2], _sd_decoy: 2 },
    degrees: { _sd: [1], 1: { _sd: ['year'] } },
  };

  it('reads the issued SD-JWT (nested, array and recursive disclosures, decoys) to the claims it reads', async () => {
    const sdjwt = await oracle(SDJwtInstance);
    const token = await sdjwt.issue(claims(), frame);
    const processed = await processSdJwt(parseSdJwt(token));
    expect(processed.findings).toEqual([]);
    expect(processed.disclosedPayload).toEqual(await sdjwt.getClaims(token));
    expect(processed.disclosedPayload).toEqual(claims());
    expect(processed.decoys.length).toBe(6);
  });

  it('reads its presentation with a KB-JWT to the claims its verify returns, and verifies the key binding', async () => {
    const sdjwt = await oracle(SDJwtInstance);
    const token = await sdjwt.issue(claims(), frame);
    const presented = await sdjwt.present<ReturnType<typeof claims>>(
      token,
      {
        given_name: true,
        address: { country: true },
        nationalities: { 2: true },
        degrees: { 1: { year: true } },
      },
      { kb: { payload: { iat: Math.floor(Date.now() / 1000), aud: AUD, nonce: NONCE } } },
    );
    const { payload } = await sdjwt.verify(presented, { keyBindingNonce: NONCE });
    const parsed = parseSdJwt(presented);
    const processed = await processSdJwt(parsed);
    expect(processed.findings).toEqual([]);
    expect(processed.disclosedPayload).toEqual(payload);
    expect(processed.disclosedPayload).not.toHaveProperty('family_name');
    expect(processed.disclosedPayload!.nationalities).toEqual(['FR', 'US']);
    const kb = await verifyKeyBinding(parsed, { expectedAud: AUD, expectedNonce: NONCE });
    expect(kb.status).toBe('verified');
  });

  it('reads an SD-JWT VC (dc+sd-jwt) from @sd-jwt/sd-jwt-vc', async () => {
    const vc = await oracle(SDJwtVcInstance);
    const token = await vc.issue(
      { ...claims(), vct: 'urn:example:pid', iat: 1700000000 },
      { _sd: ['given_name', 'address'] },
    );
    const parsed = parseSdJwt(token);
    expect(parsed.jws.protectedHeader?.typ).toBe('dc+sd-jwt');
    const processed = await processSdJwt(parsed);
    expect(processed.disclosedPayload).toEqual((await vc.verify(token)).payload);
  });
});

describe('this engine issues and presents, @sd-jwt/core verifies', () => {
  async function issued(
    disclosable: (string | number)[][],
    header: Record<string, unknown> = { alg: 'ES256', typ: 'example+sd-jwt' },
  ) {
    const result = await issueSdJwt({
      header,
      payload: claims(),
      disclosable,
      decoys: [
        { path: [], count: 2 },
        { path: ['nationalities'], count: 1 },
      ],
      key: issuerKey,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.refusals));
    return result;
  }

  it('verifies an SD-JWT made here, every claim disclosed', async () => {
    const result = await issued([
      ['given_name'],
      ['address'],
      ['address', 'locality'],
      ['nationalities', 1],
      ['degrees', 0],
    ]);
    const { payload } = await (await oracle(SDJwtInstance)).verify(result.sdJwt);
    expect(payload).toEqual(claims());
  });

  it('verifies a presentation made here, with exactly the claims chosen disclosed, and its KB-JWT', async () => {
    const result = await issued([
      ['given_name'],
      ['family_name'],
      ['address'],
      ['address', 'country'],
      ['nationalities', 0],
      ['nationalities', 2],
    ]);
    const parsed = parseSdJwt(result.sdJwt);
    const processed = await processSdJwt(parsed);
    // Leave out family_name, address.country (inside address) and nationalities[2].
    const presentation = await dropDisclosures(parsed, processed, [1, 3, 5]);
    const bound = await addKeyBinding({
      sdJwt: presentation.sdJwt,
      issuerPayload: parsed.issuerPayload,
      holderKey,
      alg: 'ES256',
      aud: AUD,
      nonce: NONCE,
    });
    const { payload, kb } = await (
      await oracle(SDJwtInstance)
    ).verify(bound.token, { keyBindingNonce: NONCE });
    const expected: Record<string, unknown> = claims();
    delete expected.family_name;
    expected.address = { street_address: 'Heidestraße 17', locality: 'Köln' };
    expected.nationalities = ['DE', 'FR'];
    expect(payload).toEqual(expected);
    expect(kb?.payload).toMatchObject({ aud: AUD, nonce: NONCE, sd_hash: bound.sdHash });
  });

  it('verifies an SD-JWT VC made here in @sd-jwt/sd-jwt-vc, which refuses to disclose the claims this engine refuses', async () => {
    const vcClaims = { ...claims(), vct: 'urn:example:pid' };
    const result = await issueSdJwt({
      header: { alg: 'ES256', typ: 'dc+sd-jwt' },
      payload: vcClaims,
      disclosable: [['given_name'], ['address', 'country']],
      key: issuerKey,
    });
    if (!result.ok) throw new Error('issue failed');
    const vc = await oracle(SDJwtVcInstance);
    expect((await vc.verify(result.sdJwt)).payload).toEqual(vcClaims);
    for (const name of ['iss', 'nbf', 'exp', 'cnf', 'vct', 'status']) {
      const payload = {
        ...vcClaims,
        nbf: 1,
        exp: 4102444800,
        status: { status_list: { idx: 0, uri: 'https://status.example/1' } },
      };
      await expect(
        vc.issue(payload, { _sd: [name] } as DisclosureFrame<typeof payload>),
      ).rejects.toThrow('Cannot disclose protected field');
      const ours = await issueSdJwt({
        header: { alg: 'ES256', typ: 'dc+sd-jwt' },
        payload,
        disclosable: [[name]],
        key: issuerKey,
      });
      expect(ours.ok ? [] : ours.refusals.map((r) => r.code)).toEqual(['ISSUE_VC_NOT_DISCLOSABLE']);
    }
  });
});
