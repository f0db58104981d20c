/**
 * English explanations of the claims of Amazon Cognito, Firebase Authentication, GitHub Actions,
 * Kubernetes and the Flask libraries (src/core/claims/provider-claims-platform.ts cites each
 * page). Shown only on tokens of that family.
 */
import type { ClaimTexts } from '../types';

export const providersPlatformEn: ClaimTexts = {
  // Amazon Cognito user pools.
  'payload:token_use@cognito': {
    title: 'Token use (Amazon Cognito)',
    description:
      'What the token is for: "id" in ID tokens, "access" in access tokens. An API must accept only "access"; check it before trusting anything else in the token.',
  },
  'payload:cognito:groups@cognito': {
    title: 'User pool groups (Amazon Cognito)',
    description:
      'The names of the user pool groups the user belongs to, in both ID and access tokens, for role-based access decisions.',
  },
  'payload:cognito:username@cognito': {
    title: 'Username (Amazon Cognito)',
    description:
      'The user’s username in the user pool, in ID tokens. A username may not be unique over time: identify the user by sub, a UUID.',
  },
  'payload:username@cognito': {
    title: 'Username (Amazon Cognito)',
    description: 'The user’s username in the user pool, in access tokens.',
  },
  'payload:client_id@cognito': {
    title: 'App client ID (Amazon Cognito)',
    description:
      'The app client the access token was issued to. Cognito access tokens carry no aud, so an API checks this claim against its app client ID instead.',
  },
  'payload:auth_time@cognito': {
    title: 'Authentication time (Amazon Cognito)',
    description:
      'When the user authenticated. On refreshes it stays the time of the original authentication, not the time this token was issued.',
  },
  'payload:event_id@cognito': {
    title: 'Authentication event ID (Amazon Cognito)',
    description:
      'An identifier Amazon Cognito gives the authentication event the token comes from, as its sample tokens show. Its documentation asks no check of it.',
  },
  'payload:origin_jti@cognito': {
    title: 'Origin token ID (Amazon Cognito)',
    description:
      'The identifier of the original authentication, shared by the tokens refreshed from it. When token revocation is on, revoking the refresh token invalidates the ID and access tokens that share it.',
  },
  'payload:custom:*@cognito': {
    title: 'Custom attribute (Amazon Cognito)',
    description:
      'A custom attribute of the user pool: Cognito always names custom attributes with the custom: prefix. What it holds is up to the application.',
  },

  // Firebase Authentication.
  'payload:firebase@firebase': {
    title: 'Sign-in information (Firebase)',
    description:
      'Firebase’s reserved claim about the sign-in: sign_in_provider (password, phone, google.com, custom, anonymous, ...), identities (the user’s IDs at each linked provider) and, with multi-tenancy, tenant.',
  },
  'payload:user_id@firebase': {
    title: 'User ID (Firebase)',
    description: 'The user’s Firebase UID; it must equal sub.',
  },

  // GitHub Actions OIDC.
  'payload:sub@github-actions': {
    title: 'Subject (GitHub Actions)',
    description:
      'What the cloud provider checks: the repository and the environment, pull request, branch or tag of the job, such as repo:octo-org/octo-repo:environment:prod. Newer repositories also carry owner and repository IDs.',
  },
  'payload:sha@github-actions': {
    title: 'Commit SHA (GitHub Actions)',
    description: 'The commit SHA that triggered the workflow run.',
  },
  'payload:actor@github-actions': {
    title: 'Actor (GitHub Actions)',
    description: 'The personal account that initiated the workflow run.',
  },
  'payload:actor_id@github-actions': {
    title: 'Actor ID (GitHub Actions)',
    description: 'The ID of the personal account that initiated the workflow run.',
  },
  'payload:base_ref@github-actions': {
    title: 'Base branch (GitHub Actions)',
    description: 'The target branch of the pull request in a workflow run; empty otherwise.',
  },
  'payload:check_run_id@github-actions': {
    title: 'Check run ID (GitHub Actions)',
    description: 'The check run ID of the current job.',
  },
  'payload:enterprise@github-actions': {
    title: 'Enterprise (GitHub Actions)',
    description: 'The name of the enterprise that contains the repository the workflow runs from.',
  },
  'payload:enterprise_id@github-actions': {
    title: 'Enterprise ID (GitHub Actions)',
    description: 'The ID of the enterprise that contains the repository the workflow runs from.',
  },
  'payload:environment@github-actions': {
    title: 'Environment (GitHub Actions)',
    description:
      'The name of the environment the job uses. A trust condition on it requires the job to run in that environment, with its protection rules.',
  },
  'payload:event_name@github-actions': {
    title: 'Event (GitHub Actions)',
    description: 'The name of the event that triggered the workflow run, such as push.',
  },
  'payload:head_ref@github-actions': {
    title: 'Head branch (GitHub Actions)',
    description: 'The source branch of the pull request in a workflow run; empty otherwise.',
  },
  'payload:job_workflow_ref@github-actions': {
    title: 'Reusable workflow (GitHub Actions)',
    description:
      'For a job that uses a reusable workflow, the ref path of that called workflow, while workflow and ref describe the caller. Trust conditions on it admit only jobs defined in a given reusable workflow.',
  },
  'payload:job_workflow_sha@github-actions': {
    title: 'Reusable workflow SHA (GitHub Actions)',
    description: 'For a job that uses a reusable workflow, the commit SHA of that workflow file.',
  },
  'payload:ref@github-actions': {
    title: 'Git ref (GitHub Actions)',
    description: 'The git ref that triggered the workflow run, such as refs/heads/main.',
  },
  'payload:ref_type@github-actions': {
    title: 'Ref type (GitHub Actions)',
    description: 'The type of ref, such as "branch" or "tag".',
  },
  'payload:repository@github-actions': {
    title: 'Repository (GitHub Actions)',
    description: 'The repository the workflow runs from, as owner/name.',
  },
  'payload:repository_id@github-actions': {
    title: 'Repository ID (GitHub Actions)',
    description:
      'The ID of the repository the workflow runs from. Unlike the name, it is not reused when a repository is deleted and its name taken again.',
  },
  'payload:repository_owner@github-actions': {
    title: 'Repository owner (GitHub Actions)',
    description: 'The name of the organization or user that owns the repository.',
  },
  'payload:repository_owner_id@github-actions': {
    title: 'Repository owner ID (GitHub Actions)',
    description: 'The ID of the organization or user that owns the repository.',
  },
  'payload:repository_visibility@github-actions': {
    title: 'Repository visibility (GitHub Actions)',
    description: 'The visibility of the repository: "internal", "private" or "public".',
  },
  'payload:run_attempt@github-actions': {
    title: 'Run attempt (GitHub Actions)',
    description: 'The number of times this workflow run has been retried.',
  },
  'payload:run_id@github-actions': {
    title: 'Run ID (GitHub Actions)',
    description: 'The ID of the workflow run.',
  },
  'payload:run_number@github-actions': {
    title: 'Run number (GitHub Actions)',
    description: 'The number of times this workflow has been run.',
  },
  'payload:runner_environment@github-actions': {
    title: 'Runner environment (GitHub Actions)',
    description:
      'The type of runner the job used: "github-hosted" or "self-hosted". A trust condition on it refuses jobs on runners someone else controls.',
  },
  'payload:workflow@github-actions': {
    title: 'Workflow (GitHub Actions)',
    description: 'The name of the workflow.',
  },
  'payload:workflow_ref@github-actions': {
    title: 'Workflow ref (GitHub Actions)',
    description:
      'The ref path to the workflow file, such as octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main.',
  },
  'payload:workflow_sha@github-actions': {
    title: 'Workflow SHA (GitHub Actions)',
    description: 'The commit SHA of the workflow file.',
  },
  'payload:repo_property_*@github-actions': {
    title: 'Repository custom property (GitHub Actions)',
    description:
      'A custom property of the repository, defined by its organization or enterprise and added to the token with the repo_property_ prefix.',
  },

  // Kubernetes service-account tokens.
  'payload:kubernetes.io@kubernetes': {
    title: 'Kubernetes binding',
    description:
      'What the token is bound to: its namespace and serviceaccount, and the pod, secret or node it was issued for. The API server rejects it once that object is gone; after warnafter it warns of a stale token.',
  },
  'payload:sub@kubernetes': {
    title: 'Service account (Kubernetes)',
    description:
      'system:serviceaccount:NAMESPACE:NAME, the service account the token authenticates as; the API server grants it what RBAC binds to that account.',
  },
  'payload:kubernetes.io/serviceaccount/namespace@kubernetes': {
    title: 'Namespace (legacy Kubernetes token)',
    description: 'The namespace of the service account, in a legacy token stored in a Secret.',
  },
  'payload:kubernetes.io/serviceaccount/secret.name@kubernetes': {
    title: 'Secret (legacy Kubernetes token)',
    description:
      'The Secret that holds this legacy token, which does not expire: deleting the Secret revokes it.',
  },
  'payload:kubernetes.io/serviceaccount/service-account.name@kubernetes': {
    title: 'Service account (legacy Kubernetes token)',
    description: 'The name of the service account the legacy token authenticates as.',
  },
  'payload:kubernetes.io/serviceaccount/service-account.uid@kubernetes': {
    title: 'Service account UID (legacy Kubernetes token)',
    description: 'The UID of the service account the legacy token authenticates as.',
  },

  // flask-jwt-extended and Flask-JWT.
  'payload:sub@flask-jwt-extended': {
    title: 'Identity (flask-jwt-extended)',
    description:
      'flask-jwt-extended 4 puts here the identity given to create_access_token (in the claim JWT_IDENTITY_CLAIM names, sub by default); get_jwt_identity() returns it.',
  },
  'payload:jti@flask-jwt-extended': {
    title: 'Token ID (flask-jwt-extended)',
    description:
      'A UUID flask-jwt-extended gives every token; a token_in_blocklist_loader callback looks it up to revoke single tokens.',
  },
  'payload:fresh': {
    title: 'Fresh login (flask-jwt-extended)',
    description:
      'true if the token comes from a fresh login (credentials just entered), false if from a refresh token; or a time until which it counts as fresh. Routes that require a fresh token reject the others.',
  },
  'payload:type': {
    title: 'Token type (flask-jwt-extended)',
    description:
      '"access" or "refresh". The extension refuses a refresh token where an access token is expected, and the other way round.',
  },
  'payload:csrf': {
    title: 'CSRF token (flask-jwt-extended)',
    description:
      'The double-submit CSRF value, when the token travels in a cookie. Requests that change state must send the same value in a header (X-CSRF-TOKEN by default), and the extension compares the two.',
  },
  'payload:user_claims': {
    title: 'Additional claims (flask-jwt-extended before 4)',
    description:
      'Where flask-jwt-extended before version 4 put the extra claims an application added. Version 4 puts them at the top level of the payload instead.',
  },
  'payload:identity': {
    title: 'Identity (Flask-JWT)',
    description:
      'Holds the user ID in tokens made by Flask-JWT, and by flask-jwt-extended before version 4. Newer flask-jwt-extended puts the identity in sub.',
  },
};
