import { describe, expect, it } from 'vitest';
import { encodeUtf8Base64url } from '../encoding/base64url';
import { disclosureOf } from './__tests__/make';
import { arrayElementTexts } from './disclosure';
import { parseSdJwt } from './parse';

const JWS = 'eyJhbGciOiJFUzI1NiJ9.eyJfc2QiOltdfQ.AAAA';
const codes = (text: string) => parseSdJwt(text).findings.map((f) => f.code);

describe('RFC 9901 §4: the compact serialization', () => {
  it('reads <JWS>~ as an SD-JWT with no disclosures and no KB-JWT', () => {
    const parsed = parseSdJwt(`${JWS}~`);
    expect(parsed.findings).toEqual([]);
    expect(parsed.disclosures).toEqual([]);
    expect(parsed.kbJwt).toBeUndefined();
    expect(parsed.sdJwt).toBe(`${JWS}~`);
    expect(parsed.issuerPayload).toEqual({ _sd: [] });
  });

  it('gives each part its offset in the token, for colouring', () => {
    const d1 = disclosureOf('["s1","a",1]');
    const d2 = disclosureOf('["s2",2]');
    const kb = 'eyJhbGciOiJFUzI1NiJ9.e30.AAAA';
    const token = `${JWS}~${d1}~${d2}~${kb}`;
    const parsed = parseSdJwt(token);
    expect(parsed.findings).toEqual([]);
    expect(parsed.jwsText).toBe(JWS);
    for (const disclosure of parsed.disclosures) {
      expect(token.slice(disclosure.start, disclosure.end)).toBe(disclosure.text);
    }
    expect(token.slice(parsed.kbJwt!.start)).toBe(kb);
    expect(parsed.sdJwt).toBe(`${JWS}~${d1}~${d2}~`);
    expect(parsed.disclosures.map((d) => d.kind)).toEqual(['property', 'array-element']);
  });

  it('says when the trailing ~ is missing, and still reads the last disclosure', () => {
    const d1 = disclosureOf('["s1","a",1]');
    const parsed = parseSdJwt(`${JWS}~${d1}`);
    expect(parsed.findings).toMatchObject([
      { code: 'SD_JWT_TRAILING_TILDE_MISSING', reject: true },
    ]);
    expect(parsed.disclosures).toHaveLength(1);
  });

  it('names a JWS without any ~, an empty disclosure, a repeated one', () => {
    const d1 = disclosureOf('["s1","a",1]');
    expect(codes(JWS)).toEqual(['SD_JWT_NO_TILDE']);
    expect(codes(`${JWS}~~`)).toEqual(['SD_JWT_EMPTY_DISCLOSURE']);
    expect(codes(`${JWS}~${d1}~${d1}~`)).toEqual(['DISCLOSURE_REPEATED']);
  });

  it('rejects an issuer JWT that is unsigned or not a JWS with a JSON object payload', () => {
    expect(codes('eyJhbGciOiJub25lIn0.e30.~')).toEqual(['SD_JWT_ISSUER_ALG_NONE']);
    expect(codes('eyJhbGciOiJFUzI1NiJ9.WzFd.AAAA~')).toEqual(['SD_JWT_PAYLOAD_NOT_OBJECT']);
    expect(codes('abc~')).toEqual(['SD_JWT_ISSUER_JWS_MALFORMED']);
  });

  it('an SD-JWT VC (typ dc+sd-jwt) without a string vct is named, not rejected', () => {
    const vc = (payload: object) =>
      `${encodeUtf8Base64url('{"alg":"ES256","typ":"dc+sd-jwt"}')}.${encodeUtf8Base64url(JSON.stringify(payload))}.AAAA~`;
    const noVct = parseSdJwt(vc({ iss: 'https://issuer.example' })).findings;
    expect(noVct).toEqual([
      { code: 'SD_JWT_VC_NO_VCT', part: 'payload', severity: 'warning', reject: false },
    ]);
    expect(codes(vc({ vct: 7 }))).toEqual(['SD_JWT_VC_NO_VCT']);
    expect(codes(vc({ vct: 'https://credentials.example/identity' }))).toEqual([]);
    // A plain SD-JWT needs no vct.
    expect(codes(`${encodeUtf8Base64url('{"alg":"ES256"}')}.e30.AAAA~`)).toEqual([]);
  });
});

describe('RFC 9901 §4.2.1 and §4.2.2: a disclosure', () => {
  it.each([
    ['not base64url', '!!', 'DISCLOSURE_BASE64URL'],
    ['not UTF-8', '_w', 'DISCLOSURE_NOT_UTF8'],
    ['not JSON', disclosureOf('["s",'), 'DISCLOSURE_NOT_JSON'],
    ['not an array', disclosureOf('{"a":1}'), 'DISCLOSURE_NOT_ARRAY'],
    ['of one element', disclosureOf('["s"]'), 'DISCLOSURE_WRONG_LENGTH'],
    ['of four elements', disclosureOf('["s","a",1,2]'), 'DISCLOSURE_WRONG_LENGTH'],
    ['with a number for a salt', disclosureOf('[1,"a",1]'), 'DISCLOSURE_SALT_NOT_STRING'],
    ['with a number for a name', disclosureOf('["s",1,1]'), 'DISCLOSURE_NAME_NOT_STRING'],
    ['named _sd', disclosureOf('["s","_sd",[]]'), 'DISCLOSURE_NAME_RESERVED'],
    ['named ...', disclosureOf('["s","...","x"]'), 'DISCLOSURE_NAME_RESERVED'],
  ])('%s is malformed and rejects the SD-JWT', (_, disclosure, code) => {
    const parsed = parseSdJwt(`${JWS}~${disclosure}~`);
    expect(parsed.findings).toMatchObject([
      { code, reject: true, disclosure: 0, part: 'disclosure' },
    ]);
    expect(parsed.disclosures[0]!.kind).toBe('malformed');
  });

  it('keeps the value as the JSON text the disclosure holds, white space and escapes included', () => {
    const json = '[ "salt" , "address" , { "street" : "Heidestra\\u00dfe 17", "n": [1, 2.50] } ]';
    const [disclosure] = parseSdJwt(`${JWS}~${disclosureOf(json)}~`).disclosures;
    expect(disclosure).toMatchObject({ salt: 'salt', name: 'address', json });
    expect(disclosure!.valueText).toBe('{ "street" : "Heidestra\\u00dfe 17", "n": [1, 2.50] }');
    expect(disclosure!.value).toEqual({ street: 'Heidestraße 17', n: [1, 2.5] });
  });

  it('warns about a repeated member name inside a disclosure', () => {
    expect(codes(`${JWS}~${disclosureOf('["s","a",{"b":1,"b":2}]')}~`)).toEqual([
      'DISCLOSURE_DUPLICATE_KEY',
    ]);
  });
});

describe('arrayElementTexts', () => {
  it('splits at top-level commas only, skipping strings with commas, brackets and escapes', () => {
    expect(arrayElementTexts('["a,]\\"", {"x": [1, 2]}, [3, {"y": "}"}], null]')).toEqual([
      '"a,]\\""',
      '{"x": [1, 2]}',
      '[3, {"y": "}"}]',
      'null',
    ]);
    expect(arrayElementTexts('[ ]')).toEqual([]);
  });
});
