import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBase64url } from '../encoding/base64url';
import { verifyCompact } from '../jws/verify';
import { es256Pair } from './__tests__/make';
import { SD_JWT_VC_NOT_DISCLOSABLE, issueSdJwt } from './issue';
import { parseSdJwt } from './parse';
import { processSdJwt } from './process';

let pair: CryptoKeyPair;
beforeAll(async () => {
  pair = await es256Pair();
});

const header = { alg: 'ES256', typ: 'example+sd-jwt' };
const payload = {
  iss: 'https://issuer.example',
  given_name: 'Erika',
  address: { locality: 'Köln', country: 'DE' },
  nationalities: ['DE', 'FR'],
};

async function issued(input: Partial<Parameters<typeof issueSdJwt>[0]> = {}) {
  const result = await issueSdJwt({
    header,
    payload,
    disclosable: [],
    key: pair.privateKey,
    ...input,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.refusals));
  return result;
}

describe('RFC 9901 §4.2: issuing', () => {
  it('makes top-level, nested and array-element claims disclosable, recursively, and processes back to the payload', async () => {
    const result = await issued({
      disclosable: [['given_name'], ['address'], ['address', 'country'], ['nationalities', 1]],
    });
    const processed = await processSdJwt(parseSdJwt(result.sdJwt));
    expect(processed.findings).toEqual([]);
    expect(processed.disclosedPayload).toEqual(payload);
    expect(result.signedPayload).toMatchObject({
      iss: 'https://issuer.example',
      nationalities: ['DE', { '...': result.disclosures[3]!.digest }],
    });
    expect(result.signedPayload).not.toHaveProperty('given_name');
    expect(JSON.parse(result.disclosures[1]!.valueText)).toEqual({
      _sd: [result.disclosures[2]!.digest],
      locality: 'Köln',
    });
    expect(await verifyCompact(parseSdJwt(result.sdJwt).jws, pair.publicKey)).toMatchObject({
      status: 'verified',
    });
  });

  it('gives each disclosure a fresh salt of 128 random bits', async () => {
    const a = await issued({ disclosable: [['given_name'], ['iss']] });
    const b = await issued({ disclosable: [['given_name'], ['iss']] });
    const salts = [...a.disclosures, ...b.disclosures].map((d) => d.salt);
    expect(new Set(salts).size).toBe(4);
    for (const salt of salts) {
      const decoded = decodeBase64url(salt);
      expect(decoded.ok && decoded.bytes.length).toBe(16);
    }
  });

  it('sorts every `_sd` array (§4.2.4.1), decoys included, and adds the decoys asked for', async () => {
    const result = await issued({
      disclosable: [['given_name'], ['iss'], ['address', 'locality']],
      decoys: [
        { path: [], count: 3 },
        { path: ['address'], count: 2 },
        { path: ['nationalities'], count: 2 },
      ],
    });
    const top = result.signedPayload._sd as string[];
    const nested = (result.signedPayload.address as { _sd: string[] })._sd;
    expect(top).toHaveLength(5);
    expect(nested).toHaveLength(3);
    expect(top).toEqual([...top].sort());
    expect(nested).toEqual([...nested].sort());
    expect(result.signedPayload.nationalities).toHaveLength(4);
    const processed = await processSdJwt(parseSdJwt(result.sdJwt));
    expect(processed.decoys).toHaveLength(7);
    expect(processed.disclosedPayload).toEqual(payload);
  });

  it('writes `_sd_alg` only when it is not sha-256', async () => {
    expect((await issued({ disclosable: [['iss']] })).signedPayload).not.toHaveProperty('_sd_alg');
    const result = await issued({ disclosable: [['iss']], sdAlg: 'sha-384' });
    expect(result.signedPayload._sd_alg).toBe('sha-384');
    expect(result.disclosures[0]!.digest).toHaveLength(64);
    expect((await processSdJwt(parseSdJwt(result.sdJwt))).disclosedPayload).toEqual(payload);
  });

  it('refuses, with a code, what cannot be made disclosable', async () => {
    const refusals = async (input: Partial<Parameters<typeof issueSdJwt>[0]>) => {
      const result = await issueSdJwt({
        header,
        payload,
        disclosable: [],
        key: pair.privateKey,
        ...input,
      });
      return result.ok ? [] : result.refusals.map((r) => [r.code, r.path]);
    };
    expect(
      await refusals({ disclosable: [[], ['nope'], ['nationalities', 2], ['iss'], ['iss']] }),
    ).toEqual([
      ['ISSUE_PATH_EMPTY', []],
      ['ISSUE_PATH_NOT_FOUND', ['nope']],
      ['ISSUE_PATH_NOT_FOUND', ['nationalities', 2]],
      ['ISSUE_PATH_REPEATED', ['iss']],
    ]);
    expect(await refusals({ payload: { a: { _sd: [] } } })).toEqual([
      ['ISSUE_PAYLOAD_RESERVED_CLAIM', ['a', '_sd']],
    ]);
    expect(await refusals({ payload: [1] })).toEqual([['ISSUE_PAYLOAD_NOT_OBJECT', undefined]]);
    expect(await refusals({ header: { alg: 'none' } })).toEqual([['ISSUE_ALG_NONE', undefined]]);
    expect(await refusals({ decoys: [{ path: ['iss'], count: 1 }] })).toEqual([
      ['ISSUE_DECOY_PATH', ['iss']],
    ]);
    expect(await refusals({ header: { alg: 'RS256' }, disclosable: [['iss']] })).toEqual([
      ['ISSUE_SIGN_FAILED', undefined],
    ]);
  });

  it('refuses, for an SD-JWT VC (typ dc+sd-jwt), to make iss, nbf, exp, cnf, vct or status disclosable, sub-claims too', async () => {
    const vcPayload = {
      iss: 'i',
      nbf: 1,
      exp: 2,
      cnf: { jwk: {} },
      vct: 'urn:x',
      status: { idx: 1 },
      given_name: 'E',
    };
    const forbidden = [
      ['iss'],
      ['nbf'],
      ['exp'],
      ['cnf'],
      ['cnf', 'jwk'],
      ['vct'],
      ['status'],
      ['status', 'idx'],
    ];
    const result = await issueSdJwt({
      header: { alg: 'ES256', typ: 'dc+sd-jwt' },
      payload: vcPayload,
      disclosable: [...forbidden, ['given_name']],
      key: pair.privateKey,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusals.map((r) => [r.code, r.detail?.claim])).toEqual(
      forbidden.map((path) => ['ISSUE_VC_NOT_DISCLOSABLE', path[0]]),
    );
    for (const claim of ['iss', 'nbf', 'exp', 'cnf', 'vct', 'status'])
      expect(SD_JWT_VC_NOT_DISCLOSABLE.has(claim)).toBe(true);
    // The same claims are fine outside SD-JWT VC.
    expect(
      (
        await issueSdJwt({
          header,
          payload: vcPayload,
          disclosable: forbidden.slice(0, 3),
          key: pair.privateKey,
        })
      ).ok,
    ).toBe(true);
  });
});
