/** The libraries a snippet is written for, in the order the page shows them. */
export const SNIPPET_TARGETS = [
  'pyjwt',
  'flask-jwt-extended',
  'node-jose',
  'node-jsonwebtoken',
] as const;

export type SnippetTarget = (typeof SNIPPET_TARGETS)[number];

/** What the token says about itself. Strings only: the caller leaves out any other JSON type. */
export interface SnippetInput {
  /** The header's `alg`, e.g. `'RS256'`, `'EdDSA'`, `'ML-DSA-44'`, `'none'`. */
  readonly alg: string;
  /** The payload's `iss`, when it is a string. */
  readonly iss?: string;
  /** The payload's `aud`: one StringOrURI or an array of them (RFC 7519 §4.1.3). */
  readonly aud?: string | readonly string[];
  /** The header's `kid`. */
  readonly kid?: string;
  /** The header's `typ`. */
  readonly typ?: string;
  /**
   * The payload's `type`, as flask-jwt-extended writes it (`JWT_TOKEN_TYPE_CLAIM`): `refresh`
   * tokens pass only `@jwt_required(refresh=True)`, every other value only `@jwt_required()`.
   */
  readonly tokenType?: string;
}

/**
 * Why a library cannot verify the token: it does not implement the alg, or the token is an
 * Unsecured JWS (RFC 7518 §3.6), which no snippet should accept (RFC 8725 §3.1).
 */
export type SnippetUnsupported = 'alg-unsupported' | 'alg-none';

export interface Snippet {
  readonly target: SnippetTarget;
  readonly language: 'python' | 'javascript';
  /** The shell command that installs the library, e.g. `pip install "pyjwt[crypto]"`. */
  readonly install: string;
  /** Complete, runnable code; empty when `unsupported` is set. */
  readonly code: string;
  readonly unsupported?: SnippetUnsupported;
}

/**
 * Where the verification key comes from. Never the key itself: snippets read it at run time.
 * - `secret`: an HMAC secret in `JWT_SECRET`.
 * - `public-key`: a PEM SPKI public key in the file named by `JWT_PUBLIC_KEY_FILE`.
 * - `jwks`: a JWK Set in the file named by `JWT_JWKS_FILE`, the token's `kid` picking the key.
 */
export type KeySource = 'secret' | 'public-key' | 'jwks';

/** The input once checked and normalised: what every writer works from. */
export interface SnippetRequest {
  readonly alg: string;
  /** True for HMAC algs, whose key is a shared secret. */
  readonly symmetric: boolean;
  readonly iss?: string;
  readonly aud?: string | readonly string[];
  readonly kid?: string;
  /** An explicit type (RFC 8725 §3.11), left out when `typ` is only the generic `JWT`. */
  readonly explicitTyp?: string;
  /** A flask-jwt-extended refresh token (`"type": "refresh"`). */
  readonly refresh: boolean;
}

/** One library's snippet writer. `code` is called only when the library verifies the alg. */
export interface SnippetWriter {
  readonly target: SnippetTarget;
  readonly language: Snippet['language'];
  install(request: SnippetRequest): string;
  code(request: SnippetRequest): string;
}
