/**
 * "Decrypt it in your code" for a JWE: the libraries, in the order the page shows them.
 * Like the JWS snippets (types.ts), the key is read at run time, never embedded.
 */
export const JWE_SNIPPET_TARGETS = [
  'node-jose',
  'python-jwcrypto',
  'python-joserfc',
  'java-jose4j',
] as const;

export type JweSnippetTarget = (typeof JWE_SNIPPET_TARGETS)[number];

/** What the JWE header says. Strings only, as for SnippetInput. */
export interface JweSnippetInput {
  readonly alg: string;
  readonly enc: string;
  /** The `epk` curve for ECDH-ES*, when the token has one. */
  readonly curve?: string;
  /** PBES2's `p2c`, so the code allows that many iterations where a library caps them. */
  readonly p2c?: number;
  readonly zip?: boolean;
}

/**
 * Where the key comes from:
 * - `secret`: the symmetric key as base64url in `JWE_KEY` (dir, A*KW, A*GCMKW).
 * - `private-key`: a PKCS#8 PEM private key in the file named by `JWE_PRIVATE_KEY_FILE`.
 * - `private-jwk`: a private JWK in the file named by `JWE_PRIVATE_JWK_FILE` (jwcrypto 1.1 reads
 *   no X25519/X448 PEM).
 * - `password`: the PBES2 password in `JWE_PASSWORD`.
 */
export type JweKeySource = 'secret' | 'private-key' | 'private-jwk' | 'password';

export interface JweSnippetRequest {
  readonly alg: string;
  readonly enc: string;
  readonly keySource: JweKeySource;
  /** The private key's type, for the libraries that import by type (joserfc, jose4j). */
  readonly keyType: 'oct' | 'RSA' | 'EC' | 'OKP';
  readonly curve?: string;
  readonly p2c?: number;
}

export type JweSnippetUnsupported = 'alg-unsupported';

export interface JweSnippet {
  readonly target: JweSnippetTarget;
  readonly language: 'javascript' | 'python' | 'java';
  readonly install: string;
  /** Complete, runnable code; empty when `unsupported` is set. */
  readonly code: string;
  readonly unsupported?: JweSnippetUnsupported;
}

export interface JweSnippetWriter {
  readonly target: JweSnippetTarget;
  readonly language: JweSnippet['language'];
  readonly install: string;
  /** Whether the library decrypts this alg, enc and curve. */
  supports(input: JweSnippetInput): boolean;
  code(request: JweSnippetRequest): string;
}
