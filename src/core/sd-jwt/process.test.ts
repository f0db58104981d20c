import { beforeAll, describe, expect, it } from 'vitest';
import { digest, disclosureOf, es256Pair, issuerJws, sdJwtOf } from './__tests__/make';
import { parseSdJwt } from './parse';
import { processSdJwt } from './process';

let key: CryptoKey;
beforeAll(async () => {
  key = (await es256Pair()).privateKey;
});

/** Processes `<JWS of payload>~disclosures~`. */
async function run(payload: unknown, disclosures: readonly string[]) {
  return processSdJwt(parseSdJwt(sdJwtOf(await issuerJws(payload, key), disclosures)));
}

const codesOf = (processed: { findings: readonly { code: string }[] }) =>
  processed.findings.map((f) => f.code);

const given = disclosureOf('["s1","given_name","Erika"]');
const family = disclosureOf('["s2","family_name","Mustermann"]');
const de = disclosureOf('["s3","DE"]');

describe('RFC 9901 §7.1 step 3: disclosures put in place', () => {
  it('inserts `_sd` claims, replaces `{"...": digest}` elements, removes `_sd`, `_sd_alg` and unmatched elements', async () => {
    const payload = {
      _sd: [await digest(given), await digest(family), 'decoy-object-digest'],
      _sd_alg: 'sha-256',
      iss: 'https://issuer.example',
      nationalities: [{ '...': await digest(de) }, { '...': 'decoy-array-digest' }, 'FR'],
    };
    const processed = await run(payload, [given, family, de]);
    expect(processed.findings).toEqual([]);
    expect(processed.disclosedPayload).toEqual({
      iss: 'https://issuer.example',
      nationalities: ['DE', 'FR'],
      given_name: 'Erika',
      family_name: 'Mustermann',
    });
    expect(processed.disclosures.map((d) => [d.name, d.path, d.referenced])).toEqual([
      ['given_name', ['given_name'], true],
      ['family_name', ['family_name'], true],
      [undefined, ['nationalities', 0], true],
    ]);
    expect(processed.decoys).toEqual([
      { digest: 'decoy-array-digest', kind: 'array', path: ['nationalities'] },
      { digest: 'decoy-object-digest', kind: 'object', path: [] },
    ]);
  });

  it('processes recursive disclosures (§4.2.6) and marks each claim disclosed or always visible', async () => {
    const country = disclosureOf('["s4","country","DE"]');
    const address = disclosureOf(
      `["s5","address",{"_sd":["${await digest(country)}"],"locality":"Köln"}]`,
    );
    const processed = await run(
      { _sd: [await digest(address)], sub: 'x', nested: { plain: true } },
      [country, address],
    );
    expect(processed.findings).toEqual([]);
    expect(processed.disclosedPayload).toEqual({
      sub: 'x',
      nested: { plain: true },
      address: { locality: 'Köln', country: 'DE' },
    });
    expect(processed.disclosures.map((d) => [d.name, d.parent, d.path])).toEqual([
      ['country', 1, ['address', 'country']],
      ['address', undefined, ['address']],
    ]);
    expect(processed.claims).toEqual([
      { path: ['sub'], disclosed: false },
      { path: ['nested'], disclosed: false },
      { path: ['nested', 'plain'], disclosed: false },
      { path: ['address'], disclosed: true, disclosure: 1 },
      { path: ['address', 'locality'], disclosed: true, disclosure: 1 },
      { path: ['address', 'country'], disclosed: true, disclosure: 0 },
    ]);
  });

  it.each([
    ['sha-384', 'SHA-384'],
    ['sha-512', 'SHA-512'],
  ] as const)('uses the hash `_sd_alg` names: %s', async (name, hash) => {
    const processed = await run({ _sd: [await digest(given, hash)], _sd_alg: name }, [given]);
    expect(processed.findings).toEqual([]);
    expect(processed.sdAlg).toBe(name);
    expect(processed.disclosedPayload).toEqual({ given_name: 'Erika' });
  });

  it('names an `_sd_alg` it cannot compute as unsupported, and rejects', async () => {
    const processed = await run({ _sd: [], _sd_alg: 'sha3-256' }, [given]);
    expect(processed.findings).toMatchObject([
      { code: 'SD_ALG_UNSUPPORTED', reject: true, detail: { alg: 'sha3-256' } },
    ]);
    expect(processed.rejected).toBe(true);
    expect(processed.disclosures[0]!.digest).toBeUndefined();
  });
});

describe('RFC 9901 §7.1: what rejects the SD-JWT', () => {
  it('a digest referenced twice (step 4), in the payload or through a disclosure', async () => {
    const d = await digest(given);
    expect(codesOf(await run({ _sd: [d], other: { _sd: [d] } }, [given]))).toEqual([
      'DIGEST_REPEATED',
    ]);
    const inner = disclosureOf(`["s6","inner",{"_sd":["${d}"]}]`);
    expect(codesOf(await run({ _sd: [d, await digest(inner)] }, [given, inner]))).toEqual([
      'DIGEST_REPEATED',
    ]);
  });

  it('a disclosure no digest refers to (step 5)', async () => {
    const processed = await run({ _sd: [await digest(given)] }, [given, family]);
    expect(processed.findings).toMatchObject([
      { code: 'DISCLOSURE_NOT_REFERENCED', disclosure: 1, reject: true },
    ]);
    expect(processed.disclosures[1]!.referenced).toBe(false);
  });

  it('a claim name that already exists at the level of `_sd` (step 3.c.ii.3)', async () => {
    const processed = await run({ _sd: [await digest(given)], given_name: 'Max' }, [given]);
    expect(processed.findings).toMatchObject([
      { code: 'DISCLOSURE_CLAIM_EXISTS', path: ['given_name'] },
    ]);
    expect(processed.disclosedPayload).toEqual({ given_name: 'Max' });
  });

  it('a disclosure of the wrong kind for where its digest is (steps 3.c.ii.1, 3.c.iii.1)', async () => {
    expect(codesOf(await run({ _sd: [await digest(de)] }, [de]))).toEqual([
      'DISCLOSURE_WRONG_KIND',
    ]);
    expect(codesOf(await run({ a: [{ '...': await digest(given) }] }, [given]))).toEqual([
      'DISCLOSURE_WRONG_KIND',
    ]);
  });

  it('`_sd` that is not an array of strings', async () => {
    expect(codesOf(await run({ _sd: 'x' }, []))).toEqual(['SD_NOT_ARRAY']);
    expect(codesOf(await run({ _sd: [1] }, []))).toEqual(['SD_DIGEST_NOT_STRING']);
  });

  it('"..." other than as the one key of an array element with a string digest', async () => {
    expect(codesOf(await run({ a: [{ '...': 'x', b: 1 }] }, []))).toEqual(['ELLIPSIS_NOT_DIGEST']);
    expect(codesOf(await run({ a: [{ '...': 1 }] }, []))).toEqual(['ELLIPSIS_NOT_DIGEST']);
    expect(codesOf(await run({ a: { '...': 'x' } }, []))).toEqual(['ELLIPSIS_OUTSIDE_ARRAY']);
  });

  it('a disclosure named `_sd` even where its digest is referenced (step 3.c.ii.2)', async () => {
    const reserved = disclosureOf('["s","_sd",["x"]]');
    const processed = await run({ _sd: [await digest(reserved)] }, [reserved]);
    expect(codesOf(processed)).toEqual(['DISCLOSURE_NAME_RESERVED']);
    expect(processed.disclosedPayload).toEqual({});
  });

  it('warns, without rejecting, about `_sd_alg` below the top level', async () => {
    const processed = await run({ a: { _sd_alg: 'sha-256' } }, []);
    expect(processed.findings).toMatchObject([
      { code: 'SD_ALG_NESTED', reject: false, path: ['a', '_sd_alg'] },
    ]);
    expect(processed.rejected).toBe(false);
  });

  it('stops at 512 levels of nesting through disclosures instead of exhausting the stack', async () => {
    const chain: string[] = [];
    let inner = disclosureOf('["s","leaf",1]');
    chain.push(inner);
    for (let i = 0; i < 600; i++) {
      inner = disclosureOf(`["s${i}","n",{"_sd":["${await digest(inner)}"]}]`);
      chain.push(inner);
    }
    const processed = await run({ _sd: [await digest(inner)] }, chain);
    expect(codesOf(processed)).toContain('SD_JWT_TOO_DEEP');
    expect(processed.rejected).toBe(true);
  });

  it('keeps `__proto__` as an own claim, never as the prototype', async () => {
    const proto = disclosureOf('["s","__proto__",{"polluted":true}]');
    const processed = await run({ _sd: [await digest(proto)] }, [proto]);
    expect(Object.getPrototypeOf(processed.disclosedPayload)).toBe(Object.prototype);
    expect(Object.keys(processed.disclosedPayload!)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
