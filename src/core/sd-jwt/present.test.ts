import { beforeAll, describe, expect, it } from 'vitest';
import { es256Pair, publicJwk } from './__tests__/make';
import { issueSdJwt } from './issue';
import { verifyKeyBinding } from './key-binding';
import { parseSdJwt } from './parse';
import { addKeyBinding, dropDisclosures } from './present';
import { processSdJwt } from './process';

let issuer: CryptoKeyPair;
let holder: CryptoKeyPair;
let token: string;
beforeAll(async () => {
  [issuer, holder] = await Promise.all([es256Pair(), es256Pair()]);
  const payload = {
    cnf: { jwk: await publicJwk(holder) },
    a: 1,
    address: { country: 'DE', locality: 'Köln' },
    list: ['x', 'y'],
  };
  const result = await issueSdJwt({
    header: { alg: 'ES256' },
    payload,
    disclosable: [['a'], ['address'], ['address', 'country'], ['list', 0]],
    key: issuer.privateKey,
  });
  if (!result.ok) throw new Error('issue failed');
  token = result.sdJwt;
});

async function load(text: string) {
  const parsed = parseSdJwt(text);
  return { parsed, processed: await processSdJwt(parsed) };
}

describe('RFC 9901 §7.2: presenting', () => {
  it('drops a disclosure and those nested in it, which nothing could reference any more (§4.2.6)', async () => {
    const { parsed, processed } = await load(token);
    const presentation = await dropDisclosures(parsed, processed, [1]);
    expect(presentation.dropped).toEqual([1, 2]);
    expect(presentation.kept).toEqual([0, 3]);
    expect(presentation.keyBinding).toBe('none');
    const after = await load(presentation.token);
    expect(after.processed.findings).toEqual([]);
    expect(after.processed.disclosedPayload).toMatchObject({ a: 1, list: ['x', 'y'] });
    expect(after.processed.disclosedPayload).not.toHaveProperty('address');
  });

  it('binds a presentation to the holder key with aud, nonce, iat and sd_hash', async () => {
    const { parsed, processed } = await load(token);
    const presentation = await dropDisclosures(parsed, processed, [0]);
    const bound = await addKeyBinding({
      sdJwt: presentation.sdJwt,
      issuerPayload: parsed.issuerPayload,
      holderKey: holder.privateKey,
      alg: 'ES256',
      aud: 'https://v.example',
      nonce: 'abc',
      iat: 1700000000,
    });
    const verdict = await verifyKeyBinding(parseSdJwt(bound.token), {
      expectedAud: 'https://v.example',
      expectedNonce: 'abc',
    });
    expect(verdict).toMatchObject({
      status: 'verified',
      facts: { iat: 1700000000, sdHash: bound.sdHash, findings: [] },
    });
  });

  it('drops a KB-JWT whose sd_hash no longer matches once a disclosure is left out, and says so', async () => {
    const bound = await addKeyBinding({
      sdJwt: token,
      issuerPayload: parseSdJwt(token).issuerPayload,
      holderKey: holder.privateKey,
      alg: 'ES256',
      aud: 'v',
      nonce: 'n',
    });
    const { parsed, processed } = await load(bound.token);
    const unchanged = await dropDisclosures(parsed, processed, []);
    expect(unchanged).toMatchObject({ keyBinding: 'kept', token: bound.token, findings: [] });
    const dropped = await dropDisclosures(parsed, processed, [3]);
    expect(dropped.keyBinding).toBe('dropped');
    expect(dropped.findings.map((f) => f.code)).toEqual(['PRESENT_KB_DROPPED']);
    expect(dropped.token.endsWith('~')).toBe(true);
  });

  it('names an index that is no disclosure', async () => {
    const { parsed, processed } = await load(token);
    expect((await dropDisclosures(parsed, processed, [9])).findings.map((f) => f.code)).toEqual([
      'PRESENT_DISCLOSURE_UNKNOWN',
    ]);
  });
});
