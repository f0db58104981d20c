/**
 * Token payloads (and headers) as each provider's documentation shows them, with the page they
 * come from. Placeholders the pages leave in (`{yourDomain}`, `{tenantid}`) are filled with a
 * value of the documented form; claims the sample lacks but the page's claims table describes are
 * added under `added`, so a test can tell the two apart. Data only; see README.md.
 */

export interface DocumentedToken {
  readonly name: string;
  /** The documentation page (title and address) the payload comes from. */
  readonly source: { readonly title: string; readonly url: string };
  readonly header?: Readonly<Record<string, unknown>>;
  readonly payload: Readonly<Record<string, unknown>>;
  /** Names added from the page's claims table to the page's sample. */
  readonly added?: readonly string[];
}

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

export const COGNITO_ACCESS_TOKEN: DocumentedToken = {
  name: 'Amazon Cognito access token',
  source: {
    title: 'Amazon Cognito Developer Guide: Understanding the access token',
    url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html',
  },
  payload: {
    sub: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    device_key: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    'cognito:groups': ['admin'],
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    auth_time: 1562190524,
    iss: 'https://cognito-idp.us-west-2.amazonaws.com/us-west-2_example',
    exp: 1562194124,
    iat: 1562190524,
    origin_jti: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    event_id: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    jti: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    client_id: '57cbishk4j24pabc1234567890',
    username: 'janedoe@example.com',
  },
  added: ['event_id'],
};

export const COGNITO_ID_TOKEN: DocumentedToken = {
  name: 'Amazon Cognito ID token',
  source: {
    title: 'Amazon Cognito Developer Guide: Understanding the identity (ID) token',
    url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html',
  },
  payload: {
    sub: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    aud: 'xxxxxxxxxxxxexample',
    email_verified: true,
    token_use: 'id',
    auth_time: 1500009400,
    iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_example',
    'cognito:username': 'janedoe',
    exp: 1500013000,
    given_name: 'Jane',
    iat: 1500009400,
    email: 'janedoe@example.com',
    jti: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    origin_jti: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    'custom:tenant': 'acme',
  },
  added: ['custom:tenant'],
};

export const FIREBASE_ID_TOKEN: DocumentedToken = {
  name: 'Firebase Authentication ID token',
  source: {
    title: 'Firebase Admin SDK reference: DecodedIdToken (the fields it documents, as one payload)',
    url: 'https://firebase.google.com/docs/reference/admin/node/firebase-admin.auth.decodedidtoken',
  },
  payload: {
    iss: 'https://securetoken.google.com/my-project-1234',
    aud: 'my-project-1234',
    auth_time: 1700000000,
    user_id: 'Jq9Yc2rZw8Q5nW0e3bT1uVx7aZk2',
    sub: 'Jq9Yc2rZw8Q5nW0e3bT1uVx7aZk2',
    iat: 1700000100,
    exp: 1700003700,
    email: 'jane@example.com',
    email_verified: true,
    firebase: {
      identities: { email: ['jane@example.com'], 'google.com': ['112233445566778899001'] },
      sign_in_provider: 'google.com',
    },
  },
};

export const GITHUB_ACTIONS_TOKEN: DocumentedToken = {
  name: 'GitHub Actions OIDC token',
  source: {
    title: 'GitHub Docs: OpenID Connect reference (example token and OIDC token claims)',
    url: 'https://docs.github.com/en/actions/reference/security/oidc',
  },
  header: { typ: 'JWT', alg: 'RS256', x5t: 'example-thumbprint', kid: 'example-key-id' },
  payload: {
    jti: 'example-id',
    sub: 'repo:octo-org/octo-repo:environment:prod',
    environment: 'prod',
    aud: 'https://github.com/octo-org',
    ref: 'refs/heads/main',
    sha: 'example-sha',
    repository: 'octo-org/octo-repo',
    repository_owner: 'octo-org',
    actor_id: '12',
    repository_visibility: 'private',
    repository_id: '74',
    repository_owner_id: '65',
    run_id: 'example-run-id',
    run_number: '10',
    run_attempt: '2',
    runner_environment: 'github-hosted',
    actor: 'octocat',
    workflow: 'example-workflow',
    head_ref: '',
    base_ref: '',
    event_name: 'workflow_dispatch',
    ref_type: 'branch',
    job_workflow_ref: 'octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main',
    iss: 'https://token.actions.githubusercontent.com',
    nbf: 1632492967,
    exp: 1632493867,
    iat: 1632493567,
    // Added from the claims table.
    workflow_ref: 'octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main',
    workflow_sha: 'example-sha',
    job_workflow_sha: 'example-sha',
    check_run_id: '1234567890',
    repo_property_team: 'payments',
  },
  added: ['workflow_ref', 'workflow_sha', 'job_workflow_sha', 'check_run_id', 'repo_property_team'],
};

export const KUBERNETES_BOUND_TOKEN: DocumentedToken = {
  name: 'Kubernetes bound service-account token',
  source: {
    title:
      'Kubernetes Documentation: Managing Service Accounts (the bound token payload it describes)',
    url: 'https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/',
  },
  payload: {
    aud: ['https://kubernetes.default.svc.cluster.local'],
    exp: 1731613413,
    iat: 1700077413,
    iss: 'https://kubernetes.default.svc.cluster.local',
    jti: 'ea28ed49-2e11-4280-9ec5-bc3d1d84661a',
    'kubernetes.io': {
      namespace: 'kube-system',
      node: { name: '127.0.0.1', uid: '58456cb0-dd00-45ed-b797-5578fdceaced' },
      pod: { name: 'coredns-69cbfb9798-jv9gn', uid: '778a530c-b3f4-47c0-9cd5-ab018fb64f33' },
      serviceaccount: { name: 'coredns', uid: 'a087d5a0-e1dd-43ec-93ac-f13d89cd13af' },
      warnafter: 1700081020,
    },
    nbf: 1700077413,
    sub: 'system:serviceaccount:kube-system:coredns',
  },
};

export const KUBERNETES_LEGACY_TOKEN: DocumentedToken = {
  name: 'Kubernetes legacy service-account token (Secret)',
  source: {
    title: 'Kubernetes source: pkg/serviceaccount/legacy.go (LegacyClaims)',
    url: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/serviceaccount/legacy.go',
  },
  payload: {
    iss: 'kubernetes/serviceaccount',
    'kubernetes.io/serviceaccount/namespace': 'default',
    'kubernetes.io/serviceaccount/secret.name': 'build-robot-secret',
    'kubernetes.io/serviceaccount/service-account.name': 'build-robot',
    'kubernetes.io/serviceaccount/service-account.uid': '0d4691ed-659b-4935-a832-355f77ee47cc',
    sub: 'system:serviceaccount:default:build-robot',
  },
};

export const DPOP_PROOF: DocumentedToken = {
  name: 'DPoP proof for a resource request',
  source: {
    title: 'RFC 9449 §7.1 (DPoP proof JWT for the resource request)',
    url: 'https://www.rfc-editor.org/rfc/rfc9449#section-7.1',
  },
  header: {
    typ: 'dpop+jwt',
    alg: 'ES256',
    jwk: {
      kty: 'EC',
      x: 'l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFs',
      y: '9VE4jf_Ok_o64zbTTlcuNJajHmt6v9TDVrU0CdvGRDA',
      crv: 'P-256',
    },
  },
  payload: {
    jti: 'e1j3V_bKic8-LAEB',
    htm: 'GET',
    htu: 'https://resource.example.org/protectedresource',
    iat: 1562262618,
    ath: 'fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo',
  },
};

export const DPOP_BOUND_ACCESS_TOKEN: DocumentedToken = {
  name: 'DPoP-bound access token',
  source: {
    title: 'RFC 9449 §6.1 (JWK thumbprint confirmation method)',
    url: 'https://www.rfc-editor.org/rfc/rfc9449#section-6.1',
  },
  payload: {
    sub: 'someone@example.com',
    iss: 'https://server.example.com',
    nbf: 1562262611,
    exp: 1562266216,
    cnf: { jkt: '0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I' },
  },
};

export const SD_JWT_ISSUER_JWT: DocumentedToken = {
  name: 'SD-JWT issuer-signed JWT',
  source: {
    title: 'RFC 9901 §5.1 (Issuance)',
    url: 'https://www.rfc-editor.org/rfc/rfc9901#section-5.1',
  },
  header: { alg: 'ES256', typ: 'example+sd-jwt' },
  payload: {
    _sd: [
      'CrQe7S5kqBAHt-nMYXgc6bdt2SH5aTY1sU_M-PgkjPI',
      'JzYjH4svliH0R3PyEMfeZu6Jt69u5qehZo7F7EPYlSE',
    ],
    iss: 'https://issuer.example.com',
    iat: 1683000000,
    exp: 1883000000,
    sub: 'user_42',
    nationalities: [{ '...': 'pFndjkZ_VCzmyTa6UjlZo3dh-ko8aIKQc9DlGzhaVYo' }],
    _sd_alg: 'sha-256',
    cnf: {
      jwk: {
        kty: 'EC',
        crv: 'P-256',
        x: 'TCAER19Zvu3OHF4j4W4vfSVoHIP1ILilDls7vCeGemc',
        y: 'ZxjiWWbZMQGHVWKVQ4hbSIirsVfuecCE6t4jT9F2HZQ',
      },
    },
  },
};

export const SD_JWT_KB_JWT: DocumentedToken = {
  name: 'SD-JWT Key Binding JWT',
  source: {
    title: 'RFC 9901 §5.2 (Presentation)',
    url: 'https://www.rfc-editor.org/rfc/rfc9901#section-5.2',
  },
  header: { alg: 'ES256', typ: 'kb+jwt' },
  payload: {
    nonce: '1234567890',
    aud: 'https://verifier.example.org',
    iat: 1748361941,
    sd_hash: '1-Lcf6CiBmP72JDFuBF0bvalS-FzIlXyiCkJXp7pJmc',
  },
};

export const SD_JWT_VC: DocumentedToken = {
  name: 'SD-JWT VC issuer-signed JWT',
  source: {
    title: 'draft-ietf-oauth-sd-jwt-vc §3.2 (JOSE Header, JWT Claims Set)',
    url: 'https://datatracker.ietf.org/doc/draft-ietf-oauth-sd-jwt-vc/',
  },
  header: { alg: 'ES256', typ: 'dc+sd-jwt' },
  payload: {
    _sd: ['09vKrJMOlyTWM0sjpu_pdOBVBQ2M1y3KhpH515nXkpY'],
    iss: 'https://example.com/issuer',
    iat: 1683000000,
    exp: 1883000000,
    vct: 'https://credentials.example.com/identity_credential',
    'vct#integrity': 'sha256-WRL5ca_xGgX3c1VLmXfh-9cLlJNXN-TsMk-PmKjZ5t0',
    status: { status_list: { idx: 412, uri: 'https://example.com/statuslists/1' } },
    _sd_alg: 'sha-256',
    cnf: {
      jwk: {
        kty: 'EC',
        crv: 'P-256',
        x: 'TCAER19Zvu3OHF4j4W4vfSVoHIP1ILilDls7vCeGemc',
        y: 'ZxjiWWbZMQGHVWKVQ4hbSIirsVfuecCE6t4jT9F2HZQ',
      },
    },
  },
};

/** JWE protected headers from the RFCs' examples. */
export const JWE_HEADERS: readonly {
  readonly source: string;
  readonly header: Readonly<Record<string, unknown>>;
}[] = [
  { source: 'RFC 7516 A.1', header: { alg: 'RSA-OAEP', enc: 'A256GCM' } },
  { source: 'RFC 7516 A.2', header: { alg: 'RSA1_5', enc: 'A128CBC-HS256' } },
  { source: 'RFC 7516 A.3', header: { alg: 'A128KW', enc: 'A128CBC-HS256' } },
  {
    source: 'RFC 7518 C',
    header: {
      alg: 'ECDH-ES',
      enc: 'A128GCM',
      apu: 'QWxpY2U',
      apv: 'Qm9i',
      epk: {
        kty: 'EC',
        crv: 'P-256',
        x: 'gI0GAILBdu7T53akrFmMyGcsF3n5dO7MmwNBHKW5SV0',
        y: 'SLW_xSffzlPWrHEVI30DHM_4egVwt3NQqeUD7nMFpps',
      },
    },
  },
  {
    source: 'RFC 7520 §5.3',
    header: {
      alg: 'PBES2-HS512+A256KW',
      p2s: '8Q1SzinasR3xchYz6ZZcHA',
      p2c: 8192,
      cty: 'jwk-set+json',
      enc: 'A128CBC-HS256',
    },
  },
  {
    source: 'RFC 7520 §5.7',
    header: {
      alg: 'A256GCMKW',
      kid: '18ec08e1-bfa9-4d95-b205-2b4dd1d4321d',
      tag: 'kfPduVQ3T3H6vnewt--ksw',
      iv: 'KkYT0GX_2jHlfqN_',
      enc: 'A128CBC-HS256',
    },
  },
  {
    source: 'RFC 7520 §5.9',
    header: {
      alg: 'RSA-OAEP',
      kid: 'samwise.gamgee@hobbiton.example',
      enc: 'A128GCM',
      zip: 'DEF',
    },
  },
  { source: 'RFC 7519 A.2', header: { alg: 'RSA1_5', enc: 'A128CBC-HS256', cty: 'JWT' } },
];
