/**
 * A catalogue of JWT claim names and JOSE Header Parameter names: what kind of value each
 * holds, which specification (or library) defines it, and who uses it. Data only, no words:
 * the page keys its English and Chinese explanations by `name` and `where`.
 *
 * Claim names and Header Parameter names are case-sensitive (RFC 7519 §4, RFC 7515 §4), and
 * the two namespaces are separate: `nonce` is an OpenID Connect claim in a payload and an ACME
 * Header Parameter in a header, so there are two lookups backed by two Maps. A Map (not an
 * object literal) keeps `__proto__`, `constructor` or `toString` from finding anything.
 */
import { HEADER_PARAMETERS } from './header-parameters';
import { PAYLOAD_CLAIMS } from './payload-claims';
import type { ProviderCode } from './providers';

/**
 * The JSON shape a name's value should have, as its specification states it.
 * - `time`: NumericDate, seconds since the epoch (RFC 7519 §2).
 * - `string-or-uri`: StringOrURI (RFC 7519 §2); `string-or-uri-array`: one or an array of them.
 * - `base64url`: a string holding base64url-encoded bytes (a hash, an IV, a thumbprint...).
 * - `boolean-or-time`: `true`/`false`, or a NumericDate until which the answer is yes
 *   (flask-jwt-extended's `fresh`).
 * - `array`: an array whose members the specification leaves open.
 * - `json`: any JSON value.
 */
export type ClaimKind =
  | 'time'
  | 'string'
  | 'uri'
  | 'string-or-uri'
  | 'string-or-uri-array'
  | 'string-array'
  | 'base64url'
  | 'object'
  | 'array'
  | 'boolean'
  | 'number'
  | 'boolean-or-time'
  | 'json';

/** Who puts the name in a token; one name may belong to several families. */
export type ClaimFamily =
  /** RFC 7519 §4.1 Registered Claim Names. */
  | 'registered'
  /** JWS and JWE Header Parameters (RFC 7515, 7516, 7518, 7797). */
  | 'jose-header'
  /** OpenID Connect ID Tokens and standard claims. */
  | 'oidc'
  /** JWT access tokens, RFC 9068. */
  | 'oauth-access-token'
  /** OAuth 2.0 Token Exchange, RFC 8693. */
  | 'token-exchange'
  /** Proof-of-possession key semantics, RFC 7800. */
  | 'pop'
  /** DPoP proofs, RFC 9449. */
  | 'dpop'
  /** Security Event Tokens, RFC 8417. */
  | 'set'
  /** ACME request headers, RFC 8555. */
  | 'acme'
  /** Selective disclosure, RFC 9901 (SD-JWT and its Key Binding JWT). */
  | 'sd-jwt'
  /** SD-JWT-based Verifiable Credentials, draft-ietf-oauth-sd-jwt-vc. */
  | 'sd-jwt-vc'
  /** Rich Authorization Requests, RFC 9396. */
  | 'authorization-details'
  /**
   * One provider's own claims (Google, Microsoft Entra, ..., flask-jwt-extended). A row whose
   * families are all providers explains its name for those providers' tokens only.
   */
  | ProviderCode;

export interface ClaimSource {
  /**
   * `'RFC 7519'`, `'OpenID Connect Core 1.0'`, a library's name, or the title of the provider's
   * documentation page (`'Microsoft identity platform: Access token claims reference'`).
   */
  readonly spec: string;
  /** Section number without `§`, e.g. `'4.1.4'`. */
  readonly section?: string;
}

export type ClaimLocation = 'payload' | 'header';

export interface ClaimInfo {
  readonly name: string;
  readonly where: ClaimLocation;
  readonly kind: ClaimKind;
  /** Where the name is defined (for IANA-registered names, the registry's reference). */
  readonly source: ClaimSource;
  /** Other specifications that use or profile the same name. */
  readonly seeAlso?: readonly ClaimSource[];
  readonly families: readonly [ClaimFamily, ...ClaimFamily[]];
  /**
   * Set on the rows of one provider's claims (src/core/claims/provider-claims-*.ts): this row
   * explains `name` in that provider's tokens only.
   */
  readonly provider?: ProviderCode;
  /**
   * How a provider row's `name` matches: `prefix` for a name ending in `*` (`xms_*` matches
   * `xms_pl`), `namespaced` for every namespaced name (a URL or a name with `:`).
   */
  readonly pattern?: 'prefix' | 'namespaced';
}

function indexByName(entries: readonly ClaimInfo[], where: ClaimLocation): Map<string, ClaimInfo> {
  const map = new Map<string, ClaimInfo>();
  for (const entry of entries) {
    // A table mistake is a programming error; say which row instead of silently keeping one.
    if (entry.where !== where || map.has(entry.name)) {
      throw new Error(`claims catalogue: bad ${where} entry "${entry.name}"`);
    }
    map.set(entry.name, Object.freeze(entry));
  }
  return map;
}

const CLAIMS = indexByName(PAYLOAD_CLAIMS, 'payload');
const HEADER = indexByName(HEADER_PARAMETERS, 'header');

/** Every payload claim in the catalogue, in table order (registered claims first). */
export const payloadClaims: readonly ClaimInfo[] = Object.freeze([...CLAIMS.values()]);

/** Every Header Parameter in the catalogue, in table order. */
export const headerParameters: readonly ClaimInfo[] = Object.freeze([...HEADER.values()]);

/** The payload claim called `name`, or `undefined` when the catalogue does not know it. */
export function lookupClaim(name: string): ClaimInfo | undefined {
  return CLAIMS.get(name);
}

/**
 * The Header Parameter called `name`, or `undefined`. Claims replicated into a JWE header
 * (RFC 7519 §5.3) are not Header Parameters: look those up with `lookupClaim`.
 */
export function lookupHeaderParameter(name: string): ClaimInfo | undefined {
  return HEADER.get(name);
}
