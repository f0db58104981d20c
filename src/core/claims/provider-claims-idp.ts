/**
 * The claims identity providers document for their own ID and access tokens: Google, Microsoft
 * Entra ID, Auth0, Okta and Keycloak. Each source is the title of the provider's documentation
 * page (or, for Keycloak's `typ`, the class that defines the values). A row explains its name in
 * that provider's tokens only; the generic rows in payload-claims.ts explain it elsewhere.
 */
import type { ClaimInfo, ClaimSource } from './catalogue';
import { providerRowsFor } from './provider-rows';

const GOOGLE: ClaimSource = { spec: 'Google for Developers: OpenID Connect (ID token payload)' };
const ENTRA_ACCESS: ClaimSource = {
  spec: 'Microsoft identity platform: Access token claims reference',
};
const ENTRA_ID: ClaimSource = { spec: 'Microsoft identity platform: ID token claims reference' };
const ENTRA_OPTIONAL: ClaimSource = {
  spec: 'Microsoft identity platform: Optional claims reference',
};
const AUTH0_RBAC: ClaimSource = { spec: 'Auth0 Docs: Enable Role-Based Access Control for APIs' };
const AUTH0_ORGS: ClaimSource = { spec: 'Auth0 Docs: Work with Tokens and Organizations' };
const AUTH0_CUSTOM: ClaimSource = { spec: 'Auth0 Docs: Create Custom Claims' };
const OKTA: ClaimSource = { spec: 'Okta Developer: OpenID Connect & OAuth 2.0 API (token claims)' };
const KEYCLOAK_ROLES: ClaimSource = {
  spec: 'Keycloak Server Administration Guide: Role mappings in the token',
};
const KEYCLOAK_CLIENT: ClaimSource = {
  spec: 'Keycloak Server Administration Guide: OpenID Connect client settings (Web origins)',
};
const KEYCLOAK_SCOPES: ClaimSource = {
  spec: 'Keycloak Server Administration Guide: Client scopes (profile)',
};
const KEYCLOAK_TYP: ClaimSource = { spec: 'Keycloak source: org.keycloak.util.TokenUtil' };
const KEYCLOAK_26: ClaimSource = {
  spec: 'Keycloak 26.0 release notes: Removed session_state claim',
};
const FRONT_CHANNEL: ClaimSource = {
  spec: 'OpenID Connect Front-Channel Logout 1.0',
  section: '3',
};

const google = providerRowsFor('google');
const entra = providerRowsFor('entra');
const auth0 = providerRowsFor('auth0');
const okta = providerRowsFor('okta');
const keycloak = providerRowsFor('keycloak');

export const IDP_CLAIMS: readonly ClaimInfo[] = [
  // Google: accounts.google.com ID tokens.
  google('azp', 'string', GOOGLE),
  google('hd', 'string', GOOGLE),
  google('at_hash', 'base64url', GOOGLE),
  google('email_verified', 'boolean', GOOGLE),

  // Microsoft Entra ID: v1.0 and v2.0 ID and access tokens.
  entra('tid', 'string', ENTRA_ACCESS, { seeAlso: [ENTRA_ID] }),
  entra('oid', 'string', ENTRA_ACCESS, { seeAlso: [ENTRA_ID] }),
  entra('uti', 'string', ENTRA_ACCESS, { seeAlso: [ENTRA_ID] }),
  entra('ver', 'string', ENTRA_ACCESS, { seeAlso: [ENTRA_ID] }),
  entra('aio', 'string', ENTRA_ACCESS, { seeAlso: [ENTRA_ID] }),
  entra('rh', 'string', ENTRA_ACCESS, { seeAlso: [ENTRA_ID] }),
  entra('wids', 'string-array', ENTRA_ACCESS),
  entra('idp', 'string', ENTRA_ACCESS, { seeAlso: [ENTRA_ID] }),
  entra('roles', 'string-array', ENTRA_ACCESS, { seeAlso: [ENTRA_ID] }),
  entra('scp', 'string', ENTRA_ACCESS),
  entra('appid', 'string', ENTRA_ACCESS),
  entra('appidacr', 'string', ENTRA_ACCESS),
  entra('azpacr', 'string', ENTRA_ACCESS),
  entra('upn', 'string', ENTRA_OPTIONAL),
  entra('xms_*', 'json', ENTRA_OPTIONAL, { pattern: 'prefix', seeAlso: [ENTRA_ACCESS] }),

  // Auth0.
  auth0('permissions', 'string-array', AUTH0_RBAC),
  auth0('org_id', 'string', AUTH0_ORGS),
  auth0('org_name', 'string', AUTH0_ORGS),
  auth0('<namespaced>', 'json', AUTH0_CUSTOM, { pattern: 'namespaced' }),

  // Okta: org and custom authorization servers.
  okta('cid', 'string', OKTA),
  okta('uid', 'string', OKTA),
  okta('scp', 'string-array', OKTA),
  okta('ver', 'number', OKTA),
  okta('idp', 'string', OKTA),

  // Keycloak.
  keycloak('realm_access', 'object', KEYCLOAK_ROLES),
  keycloak('resource_access', 'object', KEYCLOAK_ROLES),
  keycloak('allowed-origins', 'string-array', KEYCLOAK_CLIENT),
  keycloak('typ', 'string', KEYCLOAK_TYP),
  keycloak('session_state', 'string', KEYCLOAK_26),
  keycloak('sid', 'string', FRONT_CHANNEL, { seeAlso: [KEYCLOAK_26] }),
  keycloak('preferred_username', 'string', KEYCLOAK_SCOPES),
];
