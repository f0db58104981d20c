import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import flaskTokens from './__fixtures__/flask-jwt-extended.json';
import {
  COGNITO_ACCESS_TOKEN,
  COGNITO_ID_TOKEN,
  ENTRA_V1_ACCESS_TOKEN,
  ENTRA_V2_ACCESS_TOKEN,
  FIREBASE_ID_TOKEN,
  GITHUB_ACTIONS_TOKEN,
  GOOGLE_ID_TOKEN,
  KEYCLOAK_ACCESS_TOKEN,
  KUBERNETES_BOUND_TOKEN,
  KUBERNETES_LEGACY_TOKEN,
  OKTA_ACCESS_TOKEN,
  AUTH0_ACCESS_TOKEN,
} from './__fixtures__/provider-tokens';
import { issuerFamily } from './issuer-family';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const family = (iss: unknown) => issuerFamily({ iss });

describe('issuerFamily: the documented iss forms', () => {
  it.each([
    ['https://accounts.google.com', 'google', {}],
    ['accounts.google.com', 'google', {}],
    [
      `https://login.microsoftonline.com/${TENANT}/v2.0`,
      'entra',
      { tenant: TENANT, version: '2.0' },
    ],
    [`https://sts.windows.net/${TENANT}/`, 'entra', { tenant: TENANT, version: '1.0' }],
    [
      `https://login.microsoftonline.us/${TENANT}/v2.0`,
      'entra',
      { tenant: TENANT, version: '2.0', cloud: 'us-government' },
    ],
    ['https://dev-abc123.auth0.com/', 'auth0', { tenant: 'dev-abc123' }],
    ['https://dev-abc123.eu.auth0.com/', 'auth0', { tenant: 'dev-abc123', region: 'eu' }],
    ['https://dev-123456.okta.com', 'okta', { org: 'dev-123456' }],
    [
      'https://dev-123456.okta.com/oauth2/default',
      'okta',
      { org: 'dev-123456', authorizationServer: 'default' },
    ],
    [
      'https://acme.oktapreview.com/oauth2/aus1abcd',
      'okta',
      { org: 'acme', authorizationServer: 'aus1abcd' },
    ],
    ['https://sso.example.com/realms/demo', 'keycloak', { host: 'sso.example.com', realm: 'demo' }],
    [
      'http://localhost:8080/auth/realms/master',
      'keycloak',
      { host: 'localhost:8080', realm: 'master' },
    ],
    [
      'https://id.example.org/realms/my%20realm',
      'keycloak',
      { host: 'id.example.org', realm: 'my realm' },
    ],
    [
      'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEf123',
      'cognito',
      { region: 'us-east-1', userPool: 'us-east-1_AbCdEf123' },
    ],
    [
      'https://cognito-idp.us-gov-west-1.amazonaws.com/us-gov-west-1_Xyz',
      'cognito',
      { region: 'us-gov-west-1', userPool: 'us-gov-west-1_Xyz' },
    ],
    ['https://securetoken.google.com/my-project-1234', 'firebase', { project: 'my-project-1234' }],
    ['https://token.actions.githubusercontent.com', 'github-actions', {}],
    [
      'https://token.actions.githubusercontent.com/octo-enterprise',
      'github-actions',
      { enterprise: 'octo-enterprise' },
    ],
    ['https://token.actions.octocorp.ghe.com', 'github-actions', { enterprise: 'octocorp' }],
    ['kubernetes/serviceaccount', 'kubernetes', {}],
  ])('%s is %s', (iss, code, facts) => {
    expect(family(iss)).toStrictEqual({ code, facts, by: 'iss' });
  });

  it('keeps a realm whose escape is not UTF-8 as written', () => {
    expect(family('https://sso.example.com/realms/r%FF').facts).toEqual({
      host: 'sso.example.com',
      realm: 'r%FF',
    });
  });
});

describe('issuerFamily: look-alikes are not the provider', () => {
  it.each([
    'https://accounts.google.com.evil.example',
    'https://evil.example/accounts.google.com',
    'https://accounts.google.com@evil.example',
    'https://accounts.google.com:443',
    'http://accounts.google.com',
    'https://accounts.google.com/',
    ' https://accounts.google.com',
    'https://ACCOUNTS.GOOGLE.COM',
    'https://accounts-google.com',
    `https://login.microsoftonline.com.evil.example/${TENANT}/v2.0`,
    `https://login.microsoftonline.com/${TENANT}/v2.0/evil`,
    'https://login.microsoftonline.com/common/v2.0',
    `https://sts.windows.net.evil.example/${TENANT}/`,
    'https://evilauth0.com/',
    'https://dev-abc.auth0.com.evil.example/',
    'https://a.b.c.auth0.com/',
    'https://dev-123456.okta.com.evil.example',
    'https://evilokta.com',
    'https://cognito-idp.us-east-1.amazonaws.com.evil.example/us-east-1_abc',
    'https://cognito-idp.us-east-1.amazonaws.com/eu-west-1_abc',
    'https://securetoken.google.com.evil.example/project',
    'https://securetoken.google.com/',
    'https://token.actions.githubusercontent.com.evil.example',
    'https://evil.example/token.actions.githubusercontent.com',
    'kubernetes/serviceaccount/evil',
  ])('%s is unknown', (iss) => {
    expect(family(iss)).toEqual({ code: 'unknown', facts: { issuer: iss }, by: 'none' });
  });

  it('a user-info part is not a Keycloak host', () => {
    expect(family('https://sso.example.com@evil.example/realms/x').code).toBe('unknown');
    expect(family('https://sso.example.com/realms/x?evil').code).toBe('unknown');
  });

  it('no string host beginning with accounts.google.com is Google unless it is exactly it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (tail) => {
        const result = family(`https://accounts.google.com${tail}`);
        expect(result.code).not.toBe('google');
      }),
    );
  });

  it('nothing but a GUID tenant makes an Entra form', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (tenant) => {
        fc.pre(!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(tenant));
        expect(family(`https://login.microsoftonline.com/${tenant}/v2.0`).code).not.toBe('entra');
      }),
    );
  });
});

describe('issuerFamily: every documented token', () => {
  it.each([
    [GOOGLE_ID_TOKEN, 'google', {}],
    [ENTRA_V2_ACCESS_TOKEN, 'entra', { tenant: TENANT, version: '2.0' }],
    [
      ENTRA_V1_ACCESS_TOKEN,
      'entra',
      { tenant: '12345678-aaaa-bbbb-cccc-9876543210ab', version: '1.0' },
    ],
    [AUTH0_ACCESS_TOKEN, 'auth0', { tenant: 'dev-exampleco', region: 'us' }],
    [OKTA_ACCESS_TOKEN, 'okta', { org: 'dev-123456', authorizationServer: '0oacqf8qaJw56czJi0g4' }],
    [KEYCLOAK_ACCESS_TOKEN, 'keycloak', { host: 'sso.example.com', realm: 'demo' }],
    [COGNITO_ACCESS_TOKEN, 'cognito', { region: 'us-west-2', userPool: 'us-west-2_example' }],
    [COGNITO_ID_TOKEN, 'cognito', { region: 'us-east-1', userPool: 'us-east-1_example' }],
    [FIREBASE_ID_TOKEN, 'firebase', { project: 'my-project-1234' }],
    [GITHUB_ACTIONS_TOKEN, 'github-actions', { repository: 'octo-org/octo-repo' }],
    [
      KUBERNETES_LEGACY_TOKEN,
      'kubernetes',
      { namespace: 'default', serviceAccount: 'build-robot' },
    ],
  ])('$name', (token, code, facts) => {
    expect(issuerFamily(token.payload)).toStrictEqual({ code, facts, by: 'iss' });
  });

  it('a bound Kubernetes token by its kubernetes.io claim, whatever the cluster issuer', () => {
    expect(issuerFamily(KUBERNETES_BOUND_TOKEN.payload)).toEqual({
      code: 'kubernetes',
      facts: { namespace: 'kube-system', serviceAccount: 'coredns' },
      by: 'claims',
    });
    const eks = {
      ...KUBERNETES_BOUND_TOKEN.payload,
      iss: 'https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
    };
    expect(issuerFamily(eks).code).toBe('kubernetes');
  });

  it('a kubernetes.io claim that is not an object with a namespace proves nothing', () => {
    expect(issuerFamily({ 'kubernetes.io': 'default' }).code).toBe('none');
    expect(issuerFamily({ 'kubernetes.io': { pod: {} } }).code).toBe('none');
  });
});

describe('issuerFamily: flask-jwt-extended by its claim set', () => {
  const tokens = Object.entries(flaskTokens.tokens);

  it.each(tokens)('flask-jwt-extended 4 token: %s', (_name, payload) => {
    const result = issuerFamily(payload);
    expect(result).toEqual({
      code: 'flask-jwt-extended',
      facts: { tokenType: payload.type },
      by: 'claims',
    });
  });

  it('the same claims without fresh, with a bad type or without jti are not its tokens', () => {
    const [, access] = tokens[0] ?? [];
    const { fresh: _fresh, ...noFresh } = access as Record<string, unknown>;
    expect(issuerFamily(noFresh).code).toBe('none');
    expect(issuerFamily({ ...access, type: 'id' }).code).toBe('none');
    const { jti: _jti, ...noJti } = access as Record<string, unknown>;
    expect(issuerFamily(noJti).code).toBe('none');
  });

  it('Flask-JWT: exactly identity, iat, exp and nbf', () => {
    const payload = { identity: 1, iat: 1, exp: 2, nbf: 1 };
    expect(issuerFamily(payload)).toEqual({ code: 'flask-jwt', facts: {}, by: 'claims' });
    expect(issuerFamily({ ...payload, role: 'x' }).code).toBe('none');
  });

  it('a provider iss wins over a flask-like claim set', () => {
    const [, access] = tokens[0] ?? [];
    expect(issuerFamily({ ...access, iss: 'https://accounts.google.com' }).code).toBe('google');
  });
});

describe('issuerFamily: no issuer', () => {
  it('none without a string iss, unknown with one', () => {
    expect(issuerFamily({ some: 'payload' })).toEqual({ code: 'none', facts: {}, by: 'none' });
    expect(issuerFamily({ iss: 42 })).toEqual({ code: 'none', facts: {}, by: 'none' });
    expect(issuerFamily([1, 2])).toEqual({ code: 'none', facts: {}, by: 'none' });
    expect(issuerFamily(null)).toEqual({ code: 'none', facts: {}, by: 'none' });
  });

  it('never throws, whatever the payload', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (payload) => {
        expect(() => issuerFamily(payload)).not.toThrow();
      }),
    );
  });
});
