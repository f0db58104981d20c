/**
 * Cognito, Firebase, GitHub Actions and Kubernetes tokens as their documentation shows them (see
 * provider-tokens.ts).
 */
import type { DocumentedToken } from './provider-tokens';

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
