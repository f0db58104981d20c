/** Snippets that verify an SD-JWT (RFC 9901) in someone's own code, beside the JWT snippets. */

export const SD_JWT_SNIPPET_TARGETS = ['sd-jwt-core', 'python-sd-jwt'] as const;

export type SdJwtSnippetTarget = (typeof SD_JWT_SNIPPET_TARGETS)[number];

/** What the SD-JWT says about itself. Strings only, as for the JWT snippets. */
export interface SdJwtSnippetInput {
  /** The issuer-signed JWT's `alg`. */
  readonly alg: string;
  /** The KB-JWT's `alg`, when the token ends in a KB-JWT: the snippet then checks key binding. */
  readonly kbAlg?: string;
  /** The KB-JWT's `aud` and `nonce`: what the verifier expects, written into the code. */
  readonly aud?: string;
  readonly nonce?: string;
}

export interface SdJwtSnippet {
  readonly target: SdJwtSnippetTarget;
  readonly language: 'typescript' | 'python';
  readonly install: string;
  /** Complete, runnable code; empty when `unsupported` is set. */
  readonly code: string;
  readonly unsupported?: 'alg-unsupported' | 'alg-none';
}

/** How Node's crypto.verify checks one JWS alg: the digest name and the key options. */
export interface NodeVerifyParams {
  readonly digest: string | null;
  readonly options: string;
}
