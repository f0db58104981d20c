import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as documented from './__fixtures__/provider-tokens';
import type { DocumentedToken } from './__fixtures__/provider-tokens';
import { explainClaim, explainClaims, type ClaimExplanation } from './explain';
import { issuerFamily } from './issuer-family';
import { providerClaims } from './provider-catalogue';
import { allTextKeys } from './text-keys';

/** The explanations of a documented token's payload, read with its own issuer family. */
function explainPayload(token: DocumentedToken): Map<string, ClaimExplanation> {
  const { code } = issuerFamily(token.payload);
  return new Map(explainClaims('payload', token.payload, { family: code }).map((e) => [e.name, e]));
}

describe('explainClaim: a provider’s claim in another token is explained generically', () => {
  const unknown = { family: 'unknown' } as const;

  it('Okta’s cid and the Entra/Okta scp on an unrecognised issuer: private, and who uses them', () => {
    expect(explainClaim('payload', 'cid', 'x', unknown)).toMatchObject({
      textKey: 'private',
      category: 'private',
      usedBy: ['okta'],
    });
    expect(explainClaim('payload', 'scp', 'read', unknown).usedBy).toEqual(['entra', 'okta']);
    expect(explainClaim('payload', 'scp', 'read', unknown).provider).toBeUndefined();
  });

  it('Keycloak’s typ in a Google token, flask’s fresh and type in any other', () => {
    const google = { family: 'google' } as const;
    expect(explainClaim('payload', 'typ', 'Bearer', google)).toMatchObject({
      textKey: 'private',
      usedBy: ['keycloak'],
    });
    expect(explainClaim('payload', 'fresh', true, google)).toMatchObject({
      textKey: 'private',
      usedBy: ['flask-jwt-extended'],
    });
    expect(explainClaim('payload', 'type', 'access', { family: 'none' }).textKey).toBe('private');
  });

  it('sub mentions flask-jwt-extended only on its tokens', () => {
    expect(explainClaim('payload', 'sub', 'alice', { family: 'none' }).textKey).toBe('payload:sub');
    expect(explainClaim('payload', 'sub', 'alice', { family: 'flask-jwt-extended' }).textKey).toBe(
      'payload:sub@flask-jwt-extended',
    );
  });

  it('a name a generic row explains keeps it: Entra’s roles in a Google token', () => {
    expect(explainClaim('payload', 'roles', ['a'], { family: 'google' })).toMatchObject({
      textKey: 'payload:roles',
      usedBy: [],
    });
  });

  it('namespaced names: private and namespaced, Cognito’s named as such', () => {
    expect(explainClaim('payload', 'https://example.com/roles', [], unknown)).toMatchObject({
      textKey: 'private-namespaced',
      category: 'private',
      namespaced: true,
      usedBy: [],
    });
    expect(explainClaim('payload', 'cognito:groups', [], unknown)).toMatchObject({
      textKey: 'private-namespaced',
      usedBy: ['cognito'],
    });
  });

  it('a registered name without a row, and a private one', () => {
    expect(explainClaim('payload', 'geohash', 'u4pruyd')).toMatchObject({
      textKey: 'registered',
      category: 'registered',
    });
    expect(explainClaim('payload', 'tenant', 't1')).toMatchObject({
      textKey: 'private',
      category: 'private',
      namespaced: false,
    });
  });
});

describe('explainClaim: header parameters and their values', () => {
  it('typ values of the profiles, with the media type rules of RFC 7515 §4.1.9', () => {
    const key = (typ: string) => explainClaim('header', 'typ', typ).valueKeys;
    expect(key('JWT')).toEqual(['header:typ=jwt']);
    expect(key('application/at+JWT')).toEqual(['header:typ=at+jwt']);
    expect(key('dpop+jwt')).toEqual(['header:typ=dpop+jwt']);
    expect(key('kb+jwt')).toEqual(['header:typ=kb+jwt']);
    expect(key('dc+sd-jwt')).toEqual(['header:typ=dc+sd-jwt']);
    expect(key('vc+sd-jwt')).toEqual(['header:typ=vc+sd-jwt']);
    expect(key('sd-jwt')).toEqual(['header:typ=sd-jwt']);
    expect(key('example+sd-jwt')).toEqual(['header:typ=*+sd-jwt']);
    expect(key('example+jwt')).toEqual(['header:typ=*+jwt']);
    expect(key('text/plain')).toEqual([]);
  });

  it.each(documented.JWE_HEADERS)(
    '$source: alg and enc named, cty JWT and zip DEF',
    ({ header }) => {
      const explained = new Map(explainClaims('header', header).map((e) => [e.name, e]));
      expect(explained.get('alg')?.valueKeys).toEqual([`header:alg=${String(header.alg)}`]);
      expect(explained.get('enc')?.valueKeys).toEqual([`header:enc=${String(header.enc)}`]);
      expect(explained.get('enc')?.textKey).toBe('header:enc');
      if (header.cty === 'JWT') expect(explained.get('cty')?.valueKeys).toEqual(['header:cty=jwt']);
      if (header.zip === 'DEF') expect(explained.get('zip')?.valueKeys).toEqual(['header:zip=DEF']);
      for (const name of ['epk', 'apu', 'apv', 'p2s', 'p2c', 'iv', 'tag']) {
        if (name in header) expect(explained.get(name)?.textKey).toBe(`header:${name}`);
      }
    },
  );

  it('alg and enc values are case-sensitive; a JWS alg has no value note', () => {
    expect(explainClaim('header', 'enc', 'a256gcm').valueKeys).toEqual([]);
    expect(explainClaim('header', 'alg', 'RS256').valueKeys).toEqual([]);
    expect(explainClaim('header', 'zip', 'def').valueKeys).toEqual([]);
  });

  it('unknown and replicated header names', () => {
    expect(explainClaim('header', 'foo', 1)).toMatchObject({
      textKey: 'header-private',
      category: 'private',
    });
    expect(explainClaim('header', 'iss', 'https://a')).toMatchObject({
      textKey: 'header-registered',
      category: 'registered',
    });
  });
});

describe('explainClaim: sources and keys', () => {
  const names: Record<string, string> = {
    google: 'Google',
    entra: 'Microsoft',
    auth0: 'Auth0',
    okta: 'Okta',
    keycloak: 'Keycloak',
    cognito: 'Amazon Cognito',
    firebase: 'Firebase',
    'github-actions': 'GitHub',
    kubernetes: 'Kubernetes',
    'flask-jwt-extended': 'flask-jwt-extended',
  };

  it('every provider row cites that provider’s own documentation', () => {
    for (const row of providerClaims) {
      const cited = [row.source, ...(row.seeAlso ?? [])].map((s) => s.spec);
      const name = names[row.provider ?? ''] ?? '?';
      expect(
        cited.some((spec) => spec.includes(name)),
        `${row.provider}:${row.name}`,
      ).toBe(true);
    }
  });

  it('every key it gives is one of allTextKeys', () => {
    const known = new Set(allTextKeys());
    const tokens = Object.values(documented).filter(
      (value): value is DocumentedToken => typeof value === 'object' && 'payload' in value,
    );
    for (const token of tokens) {
      for (const e of explainPayload(token).values()) {
        expect(known.has(e.textKey), e.textKey).toBe(true);
        for (const key of e.valueKeys) expect(known.has(key), key).toBe(true);
      }
    }
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        for (const where of ['payload', 'header'] as const) {
          for (const e of explainClaims(where, object, { family: issuerFamily(object).code })) {
            expect(known.has(e.textKey)).toBe(true);
          }
        }
      }),
    );
  });

  it('names on Object.prototype find no row', () => {
    for (const name of ['__proto__', 'constructor', 'toString']) {
      expect(explainClaim('payload', name, 1, { family: 'okta' }).info).toBeUndefined();
      expect(explainClaim('header', name, 1).info).toBeUndefined();
    }
  });
});
