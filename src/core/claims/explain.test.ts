import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import flaskTokens from './__fixtures__/flask-jwt-extended.json';
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

function keysOf(token: DocumentedToken): Record<string, string> {
  return Object.fromEntries([...explainPayload(token)].map(([name, e]) => [name, e.textKey]));
}

describe('explainClaims: each provider’s claims in a token shaped like that provider’s', () => {
  it('Google: azp, hd, at_hash and email_verified as Google documents them', () => {
    expect(keysOf(documented.GOOGLE_ID_TOKEN)).toMatchObject({
      azp: 'payload:azp@google',
      hd: 'payload:hd@google',
      at_hash: 'payload:at_hash@google',
      email_verified: 'payload:email_verified@google',
      sub: 'payload:sub',
      nonce: 'payload:nonce',
      iss: 'payload:iss',
    });
  });

  it('Microsoft Entra ID v2.0: tid, oid, uti, ver, aio, wids, idp, xms_*, roles, scp', () => {
    expect(keysOf(documented.ENTRA_V2_ACCESS_TOKEN)).toMatchObject({
      tid: 'payload:tid@entra',
      oid: 'payload:oid@entra',
      uti: 'payload:uti@entra',
      ver: 'payload:ver@entra',
      aio: 'payload:aio@entra',
      rh: 'payload:rh@entra',
      wids: 'payload:wids@entra',
      idp: 'payload:idp@entra',
      roles: 'payload:roles@entra',
      scp: 'payload:scp@entra',
      azpacr: 'payload:azpacr@entra',
      xms_cc: 'payload:xms_*@entra',
      xms_pl: 'payload:xms_*@entra',
      preferred_username: 'payload:preferred_username',
    });
  });

  it('Microsoft Entra ID v1.0 (sts.windows.net): appid and the same tenant claims', () => {
    expect(keysOf(documented.ENTRA_V1_ACCESS_TOKEN)).toMatchObject({
      appid: 'payload:appid@entra',
      appidacr: 'payload:appidacr@entra',
      tid: 'payload:tid@entra',
      amr: 'payload:amr',
    });
  });

  it('Auth0: permissions, org_id and namespaced custom claims', () => {
    expect(keysOf(documented.AUTH0_ACCESS_TOKEN)).toMatchObject({
      permissions: 'payload:permissions@auth0',
      org_id: 'payload:org_id@auth0',
      'https://marketplace/roles': 'payload:<namespaced>@auth0',
      'https://namespace.exampleco.com': 'payload:<namespaced>@auth0',
      scope: 'payload:scope',
    });
  });

  it('Okta: cid, uid, scp (an array here) and ver', () => {
    const explained = explainPayload(documented.OKTA_ACCESS_TOKEN);
    expect(keysOf(documented.OKTA_ACCESS_TOKEN)).toMatchObject({
      cid: 'payload:cid@okta',
      uid: 'payload:uid@okta',
      scp: 'payload:scp@okta',
      ver: 'payload:ver@okta',
      custom_claim: 'private',
    });
    expect(explained.get('scp')?.kind).toBe('string-array');
  });

  it('Keycloak: realm_access, resource_access, typ, session_state, sid, allowed-origins, preferred_username', () => {
    expect(keysOf(documented.KEYCLOAK_ACCESS_TOKEN)).toMatchObject({
      realm_access: 'payload:realm_access@keycloak',
      resource_access: 'payload:resource_access@keycloak',
      typ: 'payload:typ@keycloak',
      session_state: 'payload:session_state@keycloak',
      sid: 'payload:sid@keycloak',
      'allowed-origins': 'payload:allowed-origins@keycloak',
      preferred_username: 'payload:preferred_username@keycloak',
      azp: 'payload:azp',
    });
  });

  it('Amazon Cognito: token_use, cognito:groups, cognito:username, client_id, auth_time, event_id, origin_jti', () => {
    expect(keysOf(documented.COGNITO_ACCESS_TOKEN)).toMatchObject({
      token_use: 'payload:token_use@cognito',
      'cognito:groups': 'payload:cognito:groups@cognito',
      client_id: 'payload:client_id@cognito',
      auth_time: 'payload:auth_time@cognito',
      event_id: 'payload:event_id@cognito',
      origin_jti: 'payload:origin_jti@cognito',
      username: 'payload:username@cognito',
      device_key: 'private',
    });
    expect(keysOf(documented.COGNITO_ID_TOKEN)).toMatchObject({
      'cognito:username': 'payload:cognito:username@cognito',
      'custom:tenant': 'payload:custom:*@cognito',
      token_use: 'payload:token_use@cognito',
    });
  });

  it('Firebase: firebase and user_id', () => {
    expect(keysOf(documented.FIREBASE_ID_TOKEN)).toMatchObject({
      firebase: 'payload:firebase@firebase',
      user_id: 'payload:user_id@firebase',
      auth_time: 'payload:auth_time',
    });
  });

  it('GitHub Actions: every claim of its token, sub included', () => {
    const keys = keysOf(documented.GITHUB_ACTIONS_TOKEN);
    const standard = new Set(['jti', 'aud', 'iss', 'nbf', 'exp', 'iat']);
    for (const [name, key] of Object.entries(keys)) {
      if (standard.has(name)) expect(key, name).toBe(`payload:${name}`);
      else if (name === 'repo_property_team')
        expect(key).toBe('payload:repo_property_*@github-actions');
      else expect(key, name).toBe(`payload:${name}@github-actions`);
    }
  });

  it('Kubernetes: kubernetes.io in bound tokens, the legacy claims, and sub', () => {
    expect(keysOf(documented.KUBERNETES_BOUND_TOKEN)).toMatchObject({
      'kubernetes.io': 'payload:kubernetes.io@kubernetes',
      sub: 'payload:sub@kubernetes',
    });
    const legacy = keysOf(documented.KUBERNETES_LEGACY_TOKEN);
    for (const name of Object.keys(legacy).filter((n) => n.startsWith('kubernetes.io/'))) {
      expect(legacy[name]).toBe(`payload:${name}@kubernetes`);
    }
  });

  it('DPoP: htm, htu and ath in a proof, cnf.jkt in the bound access token', () => {
    expect(keysOf(documented.DPOP_PROOF)).toMatchObject({
      htm: 'payload:htm',
      htu: 'payload:htu',
      ath: 'payload:ath',
      jti: 'payload:jti',
    });
    const cnf = explainPayload(documented.DPOP_BOUND_ACCESS_TOKEN).get('cnf');
    expect(cnf).toMatchObject({ textKey: 'payload:cnf', valueKeys: ['payload:cnf.jkt'] });
    expect(cnf?.valueSources).toEqual([{ spec: 'RFC 9449', section: '6.1' }]);
  });

  it('SD-JWT and SD-JWT VC: _sd, _sd_alg, cnf.jwk, sd_hash, nonce, vct, vct#integrity, status', () => {
    expect(keysOf(documented.SD_JWT_ISSUER_JWT)).toMatchObject({
      _sd: 'payload:_sd',
      _sd_alg: 'payload:_sd_alg',
      cnf: 'payload:cnf',
    });
    expect(explainPayload(documented.SD_JWT_ISSUER_JWT).get('cnf')?.valueKeys).toEqual([
      'payload:cnf.jwk',
    ]);
    expect(keysOf(documented.SD_JWT_KB_JWT)).toMatchObject({
      sd_hash: 'payload:sd_hash',
      nonce: 'payload:nonce',
    });
    expect(keysOf(documented.SD_JWT_VC)).toMatchObject({
      vct: 'payload:vct',
      'vct#integrity': 'payload:vct#integrity',
      status: 'payload:status',
    });
  });

  it.each(Object.entries(flaskTokens.tokens))(
    'flask-jwt-extended (%s): its own claims and its sub',
    (_name, payload) => {
      const family = issuerFamily(payload).code;
      const keys = Object.fromEntries(
        explainClaims('payload', payload, { family }).map((e) => [e.name, e.textKey]),
      );
      expect(keys).toMatchObject({
        fresh: 'payload:fresh',
        type: 'payload:type',
        jti: 'payload:jti@flask-jwt-extended',
      });
      if ('sub' in payload) expect(keys.sub).toBe('payload:sub@flask-jwt-extended');
      if ('csrf' in payload) expect(keys.csrf).toBe('payload:csrf');
      expect(explainClaim('payload', 'fresh', true, { family }).provider).toBe(
        'flask-jwt-extended',
      );
    },
  );
});

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
