/**
 * Who made a token, from its payload: the issuer family of `iss` (issuer-forms.ts), or, for
 * tokens whose `iss` is the user's own (Kubernetes clusters) or absent (flask-jwt-extended), the
 * claim set the producer writes. The page says "Issued by Keycloak (realm X)" from this, and the
 * catalogue explains a provider's claims as that provider's only when the family matches.
 * Data only: the UI words the code and its facts.
 */
import { isJsonObject } from '../json/is-object';
import { ISSUER_FORMS } from './issuer-forms';
import type { ProviderCode } from './providers';

export type IssuerFamilyCode =
  | ProviderCode
  /** `iss` is a string this page does not recognise. */
  | 'unknown'
  /** No string `iss`, and no claim set this page recognises. */
  | 'none';

export type IssuerFact =
  /** Entra tenant id (GUID), Auth0 tenant name. */
  | 'tenant'
  /** Entra endpoint version of the token: `1.0` (sts.windows.net) or `2.0`. */
  | 'version'
  /** Entra national cloud: `us-government` or `china` (none for the global cloud). */
  | 'cloud'
  /** Auth0 or AWS region. */
  | 'region'
  /** Okta org (the subdomain of okta.com). */
  | 'org'
  /** Okta custom authorization server id (`default`, `aus...`). */
  | 'authorizationServer'
  /** Keycloak realm name. */
  | 'realm'
  /** Keycloak host (and port). */
  | 'host'
  /** Cognito user pool id. */
  | 'userPool'
  /** Firebase project id. */
  | 'project'
  /** GitHub enterprise (slug or ghe.com subdomain). */
  | 'enterprise'
  /** GitHub repository (`owner/repo`), from the `repository` claim. */
  | 'repository'
  /** Kubernetes namespace and service account, from the token's claims. */
  | 'namespace'
  | 'serviceAccount'
  /** flask-jwt-extended token type: `access` or `refresh`. */
  | 'tokenType'
  /** The unrecognised `iss` itself. */
  | 'issuer';

export type IssuerFacts = Readonly<Partial<Record<IssuerFact, string>>>;

export interface IssuerFamily {
  readonly code: IssuerFamilyCode;
  readonly facts: IssuerFacts;
  /** What recognised it: the form of `iss`, the claim set, or nothing. */
  readonly by: 'iss' | 'claims' | 'none';
}

type Payload = Readonly<Record<string, unknown>>;

const stringAt = (object: unknown, key: string): string | undefined =>
  isJsonObject(object) && typeof object[key] === 'string' ? object[key] : undefined;

/** Only the facts that are there: an absent claim gives no fact rather than an empty one. */
function present(facts: Record<string, string | undefined>): IssuerFacts {
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined));
}

/**
 * Kubernetes service-account tokens: a bound token's `kubernetes.io` object (Managing Service
 * Accounts), or a legacy Secret token's `kubernetes.io/serviceaccount/*` claims.
 */
function kubernetesFacts(payload: Payload): IssuerFacts | undefined {
  const bound = payload['kubernetes.io'];
  if (isJsonObject(bound) && typeof bound.namespace === 'string') {
    return present({
      namespace: bound.namespace,
      serviceAccount: stringAt(bound.serviceaccount, 'name'),
    });
  }
  const namespace = stringAt(payload, 'kubernetes.io/serviceaccount/namespace');
  if (payload.iss === 'kubernetes/serviceaccount' || namespace !== undefined) {
    return present({
      namespace,
      serviceAccount: stringAt(payload, 'kubernetes.io/serviceaccount/service-account.name'),
    });
  }
  return undefined;
}

/**
 * flask-jwt-extended (tokens.py `_encode_jwt`) always writes `type` ("access" or "refresh"),
 * `fresh` (a boolean, or a NumericDate for a timedelta) and a `jti`; its options can rename the
 * identity claim, drop `nbf` and add `iss`, so those prove nothing.
 */
function flaskJwtExtendedFacts(payload: Payload): IssuerFacts | undefined {
  const { type, fresh, jti } = payload;
  const typed = type === 'access' || type === 'refresh';
  const freshness = typeof fresh === 'boolean' || typeof fresh === 'number';
  return typed && freshness && typeof jti === 'string' ? { tokenType: type } : undefined;
}

/** Flask-JWT's default payload handler writes exactly `identity`, `iat`, `exp` and `nbf`. */
function flaskJwtFacts(payload: Payload): IssuerFacts | undefined {
  const names = Object.keys(payload);
  const expected = new Set(['identity', 'iat', 'exp', 'nbf']);
  const exact = names.length === expected.size && names.every((name) => expected.has(name));
  return exact ? {} : undefined;
}

const CLAIM_SETS: readonly (readonly [
  ProviderCode,
  (payload: Payload) => IssuerFacts | undefined,
])[] = [
  ['kubernetes', kubernetesFacts],
  ['flask-jwt-extended', flaskJwtExtendedFacts],
  ['flask-jwt', flaskJwtFacts],
];

function fromIss(iss: string, payload: Payload): IssuerFamily | undefined {
  for (const form of ISSUER_FORMS) {
    const match = form.pattern.exec(iss);
    if (match === null) continue;
    const facts = form.facts(match.slice(1));
    if (facts === undefined) continue;
    const extra =
      form.provider === 'github-actions'
        ? present({ repository: stringAt(payload, 'repository') })
        : form.provider === 'kubernetes'
          ? (kubernetesFacts(payload) ?? {})
          : {};
    return { code: form.provider, facts: { ...facts, ...extra }, by: 'iss' };
  }
  return undefined;
}

/** The issuer family of a payload; a payload that is not a JSON object has none. */
export function issuerFamily(payload: unknown): IssuerFamily {
  if (!isJsonObject(payload)) return { code: 'none', facts: {}, by: 'none' };
  const iss = typeof payload.iss === 'string' ? payload.iss : undefined;
  const byIss = iss === undefined ? undefined : fromIss(iss, payload);
  if (byIss !== undefined) return byIss;
  for (const [code, factsOf] of CLAIM_SETS) {
    const facts = factsOf(payload);
    if (facts !== undefined) return { code, facts, by: 'claims' };
  }
  return iss === undefined
    ? { code: 'none', facts: {}, by: 'none' }
    : { code: 'unknown', facts: { issuer: iss }, by: 'none' };
}
