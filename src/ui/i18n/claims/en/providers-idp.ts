/**
 * English explanations of the identity providers' own claims, as their documentation gives them
 * (src/core/claims/provider-claims-idp.ts cites each page). Shown only on that provider's tokens.
 */
import type { ClaimTexts } from '../types';

export const providersIdpEn: ClaimTexts = {
  // Google (accounts.google.com).
  'payload:azp@google': {
    title: 'Authorized presenter (Google)',
    description:
      'The client ID of the party the ID token was issued to. Google needs it only when that party differs from the audience, as for a web app and an Android app of one project with different client IDs.',
  },
  'payload:hd@google': {
    title: 'Hosted domain (Google)',
    description:
      'The domain of the user’s Google Workspace or Cloud organization, present only when the account belongs to one. To admit only one domain, check this claim, not the email address; its absence means no hosted domain.',
  },
  'payload:at_hash@google': {
    title: 'Access token hash (Google)',
    description:
      'Ties the access token to this ID token; Google includes it when both are issued together in the server flow. Checking it is an extra defence against cross-site request forgery.',
  },
  'payload:email_verified@google': {
    title: 'Email verified (Google)',
    description:
      'True if Google verified the user’s email address. Google is authoritative for the address when it ends in @gmail.com or hd is set; otherwise the address may have changed hands since, so check it another way.',
  },

  // Microsoft Entra ID.
  'payload:tid@entra': {
    title: 'Tenant ID (Microsoft Entra)',
    description:
      'The tenant the user signed in to: the organization’s immutable tenant ID (a GUID), or 9188040d-6c67-4c5b-b112-36a304b66dad for personal Microsoft accounts. Restrict which tenants are admitted by it.',
  },
  'payload:oid@entra': {
    title: 'Object ID (Microsoft Entra)',
    description:
      'The immutable ID of the user or service principal in this tenant: the same for every application, different in each tenant. Microsoft Graph returns it as the user’s id; with tid it is a safe key for the user.',
  },
  'payload:uti@entra': {
    title: 'Token identifier (Microsoft Entra)',
    description:
      'A unique, case-sensitive identifier of this token, equivalent to jti in the JWT specification.',
  },
  'payload:ver@entra': {
    title: 'Token version (Microsoft Entra)',
    description:
      'The version of the token: "1.0", issued by sts.windows.net, or "2.0", issued by the v2.0 endpoint. The versions carry different claims: appid and appidacr in 1.0, azp and azpacr in 2.0.',
  },
  'payload:aio@entra': {
    title: 'Internal claim (Microsoft Entra)',
    description:
      'An opaque claim Microsoft Entra ID uses to record data for token reuse. Resources should ignore it.',
  },
  'payload:rh@entra': {
    title: 'Internal claim (Microsoft Entra)',
    description: 'An opaque claim Azure uses to revalidate tokens. Resources should ignore it.',
  },
  'payload:wids@entra': {
    title: 'Directory roles (Microsoft Entra)',
    description:
      'The tenant-wide Microsoft Entra built-in roles assigned to the user, as role template IDs. The application’s groupMembershipClaims setting turns it on; tokens from the implicit flow may leave it out.',
  },
  'payload:idp@entra': {
    title: 'Identity provider (Microsoft Entra)',
    description:
      'Who authenticated the user: the same as iss unless the account is a guest from another tenant or a personal account (then live.com or a Microsoft account STS URI). Do not use it to link users across tenants.',
  },
  'payload:roles@entra': {
    title: 'App roles (Microsoft Entra)',
    description:
      'The roles of the target application assigned to the user, or, in app-only tokens from the client credentials flow, the application permissions granted to the caller. Use them to authorize requests.',
  },
  'payload:scp@entra': {
    title: 'Delegated scopes (Microsoft Entra)',
    description:
      'The scopes the API exposes that the client was granted with the user’s consent, as one space-separated string. Only in tokens for a user; the API checks it holds the scope the operation needs.',
  },
  'payload:appid@entra': {
    title: 'Client application ID (Microsoft Entra v1.0)',
    description:
      'The application ID of the client using the token, in v1.0 tokens; v2.0 tokens carry azp instead. It may be used in authorization decisions.',
  },
  'payload:appidacr@entra': {
    title: 'Client authentication (Microsoft Entra v1.0)',
    description:
      'How the client authenticated, in v1.0 tokens: "0" a public client, "1" a client ID and secret, "2" a client certificate. v2.0 tokens carry azpacr instead.',
  },
  'payload:azpacr@entra': {
    title: 'Client authentication (Microsoft Entra v2.0)',
    description:
      'How the client authenticated, in v2.0 tokens: "0" a public client, "1" a client ID and secret, "2" a client certificate. It replaces appidacr.',
  },
  'payload:upn@entra': {
    title: 'User principal name (Microsoft Entra)',
    description:
      'A human-readable identifier of the user, such as alice@contoso.com, for username hints. It can change, so never use it as a database key or for authorization: use oid.',
  },
  'payload:xms_*@entra': {
    title: 'Microsoft extension claim (xms_)',
    description:
      'An optional claim of Microsoft’s own, named with the xms_ prefix: xms_cc lists client capabilities (cp1: the client handles claims challenges), xms_pl and xms_tpl the user’s and the tenant’s preferred language.',
  },

  // Auth0.
  'payload:permissions@auth0': {
    title: 'Permissions (Auth0 RBAC)',
    description:
      'The permissions assigned to the user for this API, when the API enables RBAC and “Add Permissions in the Access Token”. The API checks it holds the permission an operation needs.',
  },
  'payload:org_id@auth0': {
    title: 'Organization ID (Auth0)',
    description:
      'The ID of the Auth0 Organization the user logged in through. An application that admits one organization must check it, as it checks iss and aud.',
  },
  'payload:org_name@auth0': {
    title: 'Organization name (Auth0)',
    description:
      'The organization’s name, present only when the tenant allows organization names in the Authentication API. Prefer org_id when checking.',
  },
  'payload:<namespaced>@auth0': {
    title: 'Custom claim (Auth0)',
    description:
      'A claim added by an Auth0 Action or rule. Auth0 recommends a namespaced name, such as a URL, so that it cannot collide with standard claims; a claim whose name Auth0 reserves is left out of the token.',
  },

  // Okta.
  'payload:cid@okta': {
    title: 'Client ID (Okta)',
    description: 'The client ID of the application that requested the access token.',
  },
  'payload:uid@okta': {
    title: 'User ID (Okta)',
    description:
      'A unique identifier of the user. Absent when no user is bound to the token, as in the client credentials flow.',
  },
  'payload:scp@okta': {
    title: 'Scopes (Okta)',
    description:
      'The scopes granted to this access token, as an array, custom scopes included. A resource server checks it holds the scope the request needs.',
  },
  'payload:ver@okta': {
    title: 'Token version (Okta)',
    description: 'The semantic version of the Okta token, a number.',
  },
  'payload:idp@okta': {
    title: 'Identity provider (Okta)',
    description:
      'In an ID token: the Okta org ID, or the ID of the identity provider that authenticated the user when social login or inbound SAML was used.',
  },

  // Keycloak.
  'payload:realm_access@keycloak': {
    title: 'Realm roles (Keycloak)',
    description:
      'The user’s realm roles, as {"roles": [...]}: roles defined for the whole realm. Keycloak adds them by default, limited by the client’s role scope mappings.',
  },
  'payload:resource_access@keycloak': {
    title: 'Client roles (Keycloak)',
    description:
      'The user’s client roles, per client: {"client-id": {"roles": [...]}}. Check the roles under your own client ID, not those of another client.',
  },
  'payload:allowed-origins@keycloak': {
    title: 'Allowed web origins (Keycloak)',
    description:
      'The client’s Web origins setting: the origins from which browsers may make CORS requests with this token.',
  },
  'payload:typ@keycloak': {
    title: 'Keycloak token type',
    description:
      'Keycloak’s own type, not the header’s: "Bearer" for access tokens, "ID" for ID tokens, "Refresh" or "Offline" for refresh tokens, "Logout" for logout tokens. Check it so that no other token passes as an access token.',
  },
  'payload:session_state@keycloak': {
    title: 'Session state (Keycloak)',
    description:
      'The ID of the user’s session at Keycloak, the same value as sid. Keycloak 26 removed it from tokens; it remains in the token response.',
  },
  'payload:sid@keycloak': {
    title: 'Session ID (Keycloak)',
    description:
      'The ID of the user’s Keycloak session. Front-channel and back-channel logout use it to say which session has ended.',
  },
  'payload:preferred_username@keycloak': {
    title: 'Username (Keycloak)',
    description:
      'The user’s username in the realm, which the profile client scope maps into the token. It is unique in the realm but can change where the realm lets users edit it: identify users by sub.',
  },
};
