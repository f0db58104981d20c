/** Identity providers' tokens as their documentation shows them (see provider-tokens.ts). */
import type { DocumentedToken } from './provider-tokens';

export const GOOGLE_ID_TOKEN: DocumentedToken = {
  name: 'Google ID token',
  source: {
    title: 'OpenID Connect | Sign in with Google | Google for Developers (An ID token’s payload)',
    url: 'https://developers.google.com/identity/openid-connect/openid-connect#an-id-tokens-payload',
  },
  payload: {
    iss: 'https://accounts.google.com',
    azp: '1234987819200.apps.googleusercontent.com',
    aud: '1234987819200.apps.googleusercontent.com',
    sub: '10769150350006150715113082367',
    at_hash: 'HK6E_P6Dh8Y93mRNtsDB1Q',
    hd: 'example.com',
    email: 'jsmith@example.com',
    email_verified: 'true',
    iat: 1353601026,
    exp: 1353604926,
    nonce: '0394852-3190485-2490358',
  },
};

export const ENTRA_V2_ACCESS_TOKEN: DocumentedToken = {
  name: 'Microsoft Entra ID v2.0 access token',
  source: {
    title: 'Access tokens in the Microsoft identity platform (sample v2.0 token)',
    url: 'https://learn.microsoft.com/entra/identity-platform/access-tokens',
  },
  header: { typ: 'JWT', alg: 'RS256', kid: 'i6lGk3FZzxRcUb2C3nEQ7syHJlY' },
  payload: {
    aud: '6e74172b-be56-4843-9ff4-e66a39bb12e3',
    iss: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0',
    iat: 1537231048,
    nbf: 1537231048,
    exp: 1537234948,
    aio: 'AXQAi/8IAAAAtAaZLo3ChMif6KOnttRB7eBq4/DccQzjcJGxPYy/C3jDaNGxXd6wNIIVGRghNRnwJ1lOcAnNZcjvkoyrFxCttv33140RioOFJ4bCCGVuoCag1uOTT22222gHwLPYQ/uf79QX+0KIijdrmp69RctzmQ==',
    azp: '6e74172b-be56-4843-9ff4-e66a39bb12e3',
    azpacr: '0',
    name: 'Abe Lincoln',
    oid: '690222be-ff1a-4d56-abd1-7e4f7d38e474',
    preferred_username: 'abeli@microsoft.com',
    rh: 'I',
    scp: 'access_as_user',
    sub: 'HKZpfaHyWadeOouYlitjrI-KffTm222X5rrV3xDqfKQ',
    tid: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    uti: 'fqiBqXLPj0eQa82S-IYFAA',
    ver: '2.0',
    // Added from the Access token claims reference and the Optional claims reference.
    idp: 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/',
    roles: ['Orders.Read'],
    wids: ['b79fbf4d-3ef9-4689-8143-76b194e85509'],
    xms_cc: ['cp1'],
    xms_pl: 'en-us',
  },
  added: ['idp', 'roles', 'wids', 'xms_cc', 'xms_pl'],
};

export const ENTRA_V1_ACCESS_TOKEN: DocumentedToken = {
  name: 'Microsoft Entra ID v1.0 access token',
  source: {
    title:
      'Microsoft identity platform: Access token claims reference (v1.0 token, sts.windows.net)',
    url: 'https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference',
  },
  payload: {
    aud: 'api://00000002-0000-0000-c000-000000000000',
    iss: 'https://sts.windows.net/12345678-aaaa-bbbb-cccc-9876543210ab/',
    iat: 1537231048,
    nbf: 1537231048,
    exp: 1537234948,
    acr: '1',
    aio: 'AXQAi/8IAAAA',
    amr: ['pwd'],
    appid: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c',
    appidacr: '0',
    name: 'John Doe',
    oid: '00000000-0000-0000-0000-000000000000',
    scp: 'access_as_user',
    sub: 'AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ',
    tid: '12345678-aaaa-bbbb-cccc-9876543210ab',
    uti: 'fqiBqXLPj0eQa82S-IYFAA',
    ver: '1.0',
  },
  added: ['ver'],
};

export const AUTH0_ACCESS_TOKEN: DocumentedToken = {
  name: 'Auth0 access token (organization, RBAC permissions)',
  source: {
    title:
      'Auth0 Docs: Work with Tokens and Organizations; Enable Role-Based Access Control for APIs',
    url: 'https://auth0.com/docs/manage-users/organizations/using-tokens',
  },
  payload: {
    'https://marketplace/roles': ['marketplace-administrator'],
    'https://namespace.exampleco.com': 'my custom claim',
    iss: 'https://dev-exampleco.us.auth0.com/',
    sub: 'auth0|60a2a2d4f6d8e2006a2b29a9',
    aud: ['https://marketplace/', 'https://dev-exampleco.us.auth0.com/userinfo'],
    iat: 1616505254,
    exp: 1616591654,
    azp: 'Yhjsa6Tcc7ATIzW6BCKiRMYEp2ZkQDhV',
    scope: 'openid profile email',
    org_id: 'org_9ybsU1dN2dKfDkBi',
    permissions: ['read:reports', 'create:reports'],
  },
  added: ['permissions'],
};

export const OKTA_ACCESS_TOKEN: DocumentedToken = {
  name: 'Okta access token (custom authorization server)',
  source: {
    title: 'Okta Developer: OpenID Connect & OAuth 2.0 API (Access token payload)',
    url: 'https://developer.okta.com/docs/reference/api/oidc/#access-token-payload',
  },
  payload: {
    ver: 1,
    jti: 'AT.0mP4JKAZX1iACIT4vbEDF7LpvDVjxypPMf0D7uX39RE',
    iss: 'https://dev-123456.okta.com/oauth2/0oacqf8qaJw56czJi0g4',
    aud: 'https://api.example.com',
    sub: '00ujmkLgagxeRrAg20g3',
    iat: 1467145094,
    exp: 1467148694,
    cid: 'nmdP1fcyvdVO11AL7ECm',
    uid: '00ujmkLgagxeRrAg20g3',
    scp: ['openid', 'email', 'flights', 'custom'],
    custom_claim: 'CustomValue',
  },
};

export const KEYCLOAK_ACCESS_TOKEN: DocumentedToken = {
  name: 'Keycloak access token',
  source: {
    title:
      'Keycloak Server Administration Guide: Role mappings in the token; a Keycloak 2x access token of that shape',
    url: 'https://www.keycloak.org/docs/latest/server_admin/#_oidc_token_role_mappings',
  },
  payload: {
    exp: 1673171296,
    iat: 1673170996,
    jti: 'd58f5dc8-fd8f-462b-8a19-716f8f83985b',
    iss: 'https://sso.example.com/realms/demo',
    aud: 'account',
    sub: '36fa0f91-f94d-4a0c-afed-6b7d952e47da',
    typ: 'Bearer',
    azp: 'demo-app',
    session_state: '2a88c258-f73a-4103-b862-e1fbd8f4e04e',
    acr: '1',
    'allowed-origins': ['https://app.example.com'],
    realm_access: { roles: ['offline_access', 'default-roles-demo', 'uma_authorization'] },
    resource_access: { account: { roles: ['manage-account', 'view-profile'] } },
    scope: 'email profile',
    sid: '2a88c258-f73a-4103-b862-e1fbd8f4e04e',
    email_verified: true,
    preferred_username: 'alice',
  },
};
