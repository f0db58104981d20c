import { describe, expect, it } from 'vitest';
import flaskTokens from './__fixtures__/flask-jwt-extended.json';
import * as documented from './__fixtures__/provider-tokens';
import type { DocumentedToken } from './__fixtures__/provider-tokens';
import { explainClaim, explainClaims, type ClaimExplanation } from './explain';
import { issuerFamily } from './issuer-family';

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
