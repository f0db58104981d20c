/**
 * The `iss` forms each provider documents, one table row per form. A verifier compares `iss`
 * exactly (OpenID Connect Core 1.0 §3.1.3.7), so the forms are anchored regular expressions on
 * the whole string: `https://accounts.google.com.evil.example` or a user-info part
 * (`https://accounts.google.com@evil.example`) is no form of Google's.
 */
import type { IssuerFacts } from './issuer-family';
import type { ProviderCode } from './providers';

interface IssuerForm {
  readonly provider: ProviderCode;
  readonly pattern: RegExp;
  /** The facts the form's groups hold, or undefined when a group fails a further check. */
  readonly facts: (groups: readonly (string | undefined)[]) => IssuerFacts | undefined;
}

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
/** An AWS region: us-east-1, eu-central-2, us-gov-west-1, ap-southeast-4 ... */
const AWS_REGION = '[a-z]{2}(?:-[a-z]+)+-[0-9]+';

/**
 * Microsoft's national clouds use the same path forms on their own hosts; the global cloud is no
 * news, so only the others give a `cloud` fact.
 */
const ENTRA_V2_HOSTS: readonly (readonly [host: string, cloud: string | undefined])[] = [
  ['login\\.microsoftonline\\.com', undefined],
  ['login\\.microsoftonline\\.us', 'us-government'],
  ['login\\.partner\\.microsoftonline\\.cn', 'china'],
];

/** A realm name as written in the path, percent-decoded when it is valid UTF-8. */
function realmName(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch (error) {
    // A malformed escape (%zz) or one that is not UTF-8: show the realm as written.
    if (error instanceof URIError) return segment;
    throw error;
  }
}

export const ISSUER_FORMS: readonly IssuerForm[] = [
  // Google: "https://accounts.google.com", and "accounts.google.com" for legacy clients.
  { provider: 'google', pattern: /^(?:https:\/\/)?accounts\.google\.com$/, facts: () => ({}) },

  // Microsoft Entra ID v2.0 endpoint: https://login.microsoftonline.com/{tid}/v2.0.
  ...ENTRA_V2_HOSTS.map(([host, cloud]): IssuerForm => ({
    provider: 'entra',
    pattern: new RegExp(`^https://${host}/(${GUID})/v2\\.0$`),
    facts: ([tenant = '']) =>
      cloud === undefined ? { tenant, version: '2.0' } : { tenant, version: '2.0', cloud },
  })),
  // Microsoft Entra ID v1.0 endpoint: https://sts.windows.net/{tid}/.
  {
    provider: 'entra',
    pattern: new RegExp(`^https://sts\\.windows\\.net/(${GUID})/$`),
    facts: ([tenant = '']) => ({ tenant, version: '1.0' }),
  },

  // Auth0: https://{tenant}.auth0.com/ or https://{tenant}.{region}.auth0.com/.
  {
    provider: 'auth0',
    pattern: new RegExp(`^https://(${LABEL})(?:\\.(${LABEL}))?\\.auth0\\.com/$`),
    facts: ([tenant = '', region]) => (region === undefined ? { tenant } : { tenant, region }),
  },

  // Okta: the org authorization server, or a custom one under /oauth2/{id}.
  {
    provider: 'okta',
    pattern: new RegExp(
      `^https://(${LABEL})\\.(?:okta|oktapreview|okta-emea)\\.com(?:/oauth2/([A-Za-z0-9]+))?$`,
    ),
    facts: ([org = '', authorizationServer]) =>
      authorizationServer === undefined ? { org } : { org, authorizationServer },
  },

  // Amazon Cognito: https://cognito-idp.{region}.amazonaws.com/{userPoolId}, the pool id
  // starting with its region.
  {
    provider: 'cognito',
    pattern: new RegExp(
      `^https://cognito-idp\\.(${AWS_REGION})\\.amazonaws\\.com/((${AWS_REGION})_[A-Za-z0-9]+)$`,
    ),
    facts: ([region = '', userPool = '', poolRegion]) =>
      poolRegion === region ? { region, userPool } : undefined,
  },

  // Firebase Authentication: https://securetoken.google.com/{projectId}.
  {
    provider: 'firebase',
    pattern: /^https:\/\/securetoken\.google\.com\/([a-z0-9][a-z0-9-]*)$/,
    facts: ([project = '']) => ({ project }),
  },

  // GitHub Actions, with the enterprise's own issuer path when it customised it, and
  // GitHub Enterprise Cloud with data residency (token.actions.{subdomain}.ghe.com).
  {
    provider: 'github-actions',
    pattern: /^https:\/\/token\.actions\.githubusercontent\.com(?:\/([A-Za-z0-9-]+))?$/,
    facts: ([enterprise]) => (enterprise === undefined ? {} : { enterprise }),
  },
  {
    provider: 'github-actions',
    pattern: new RegExp(`^https://token\\.actions\\.(${LABEL})\\.ghe\\.com(?:/[A-Za-z0-9-]+)?$`),
    facts: ([enterprise = '']) => ({ enterprise }),
  },

  // Kubernetes: the issuer of legacy service-account token Secrets.
  { provider: 'kubernetes', pattern: /^kubernetes\/serviceaccount$/, facts: () => ({}) },

  // Keycloak on any host: {base}/realms/{realm}, the base optionally with a path (/auth before
  // Keycloak 17). Last, as the widest form.
  {
    provider: 'keycloak',
    pattern: /^https?:\/\/([A-Za-z0-9.-]+(?::[0-9]{1,5})?)(?:\/[^/?#@]+)*\/realms\/([^/?#]+)$/,
    facts: ([host = '', realm = '']) => ({ host, realm: realmName(realm) }),
  },
];
