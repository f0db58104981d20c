/**
 * The claims of platforms and libraries that issue tokens of their own: Amazon Cognito user
 * pools, Firebase Authentication, GitHub Actions OIDC, Kubernetes service-account tokens and
 * flask-jwt-extended. flask-jwt-extended's own names (`fresh`, `type`, `csrf`, ...) live in
 * payload-claims.ts, where the time analysis finds `fresh`; here are its readings of shared names.
 */
import type { ClaimInfo, ClaimSource } from './catalogue';
import { providerRowsFor } from './provider-rows';

const COGNITO_ACCESS: ClaimSource = {
  spec: 'Amazon Cognito Developer Guide: Understanding the access token',
};
const COGNITO_ID: ClaimSource = {
  spec: 'Amazon Cognito Developer Guide: Understanding the identity (ID) token',
};
const FIREBASE: ClaimSource = { spec: 'Firebase Admin SDK reference: DecodedIdToken' };
const FIREBASE_RULES: ClaimSource = {
  spec: 'Firebase Security Rules reference: request.auth.token',
};
const GITHUB: ClaimSource = { spec: 'GitHub Docs: OpenID Connect reference' };
const GITHUB_HARDENING: ClaimSource = {
  spec: 'GitHub Docs: About security hardening with OpenID Connect',
};
const KUBERNETES: ClaimSource = { spec: 'Kubernetes Documentation: Managing Service Accounts' };
const KUBERNETES_LEGACY: ClaimSource = { spec: 'Kubernetes source: pkg/serviceaccount/legacy.go' };
const FLASK_JWT_EXTENDED: ClaimSource = { spec: 'flask-jwt-extended' };

const cognito = providerRowsFor('cognito');
const firebase = providerRowsFor('firebase');
const github = providerRowsFor('github-actions');
const kubernetes = providerRowsFor('kubernetes');
const flask = providerRowsFor('flask-jwt-extended');

/** GitHub's own claims, all strings in its tokens (IDs and numbers too), OpenID Connect reference. */
const GITHUB_STRINGS = [
  'actor',
  'actor_id',
  'base_ref',
  'check_run_id',
  'enterprise',
  'enterprise_id',
  'environment',
  'event_name',
  'head_ref',
  'job_workflow_ref',
  'job_workflow_sha',
  'ref',
  'ref_type',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'repository_visibility',
  'run_attempt',
  'run_id',
  'run_number',
  'runner_environment',
  'workflow',
  'workflow_ref',
  'workflow_sha',
] as const;

export const PLATFORM_CLAIMS: readonly ClaimInfo[] = [
  // Amazon Cognito user pools: ID and access tokens.
  cognito('token_use', 'string', COGNITO_ACCESS, { seeAlso: [COGNITO_ID] }),
  cognito('cognito:groups', 'string-array', COGNITO_ACCESS, { seeAlso: [COGNITO_ID] }),
  cognito('cognito:username', 'string', COGNITO_ID),
  cognito('username', 'string', COGNITO_ACCESS),
  cognito('client_id', 'string', COGNITO_ACCESS),
  cognito('auth_time', 'time', COGNITO_ACCESS, { seeAlso: [COGNITO_ID] }),
  cognito('event_id', 'string', COGNITO_ACCESS),
  cognito('origin_jti', 'string', COGNITO_ACCESS, { seeAlso: [COGNITO_ID] }),
  cognito('custom:*', 'json', COGNITO_ID, { pattern: 'prefix' }),

  // Firebase Authentication ID tokens.
  firebase('firebase', 'object', FIREBASE, { seeAlso: [FIREBASE_RULES] }),
  firebase('user_id', 'string', FIREBASE),

  // GitHub Actions OIDC tokens.
  github('sub', 'string', GITHUB),
  github('sha', 'string', GITHUB_HARDENING),
  ...GITHUB_STRINGS.map((name) => github(name, 'string', GITHUB)),
  github('repo_property_*', 'json', GITHUB, { pattern: 'prefix' }),

  // Kubernetes service-account tokens: bound (TokenRequest) and legacy Secret-based ones.
  kubernetes('kubernetes.io', 'object', KUBERNETES),
  kubernetes('sub', 'string', KUBERNETES),
  kubernetes('kubernetes.io/serviceaccount/namespace', 'string', KUBERNETES_LEGACY),
  kubernetes('kubernetes.io/serviceaccount/secret.name', 'string', KUBERNETES_LEGACY),
  kubernetes('kubernetes.io/serviceaccount/service-account.name', 'string', KUBERNETES_LEGACY),
  kubernetes('kubernetes.io/serviceaccount/service-account.uid', 'string', KUBERNETES_LEGACY),

  // flask-jwt-extended 4 (tokens.py `_encode_jwt`): its identity and blocklist id.
  flask('sub', 'json', FLASK_JWT_EXTENDED),
  flask('jti', 'string', FLASK_JWT_EXTENDED),
];
