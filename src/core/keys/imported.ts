/** What importing key text gives: the CryptoKey, its facts, and notes for the page. */
import type { KeyType } from '../algorithms';
import type { JwksSelection } from './jwk-select';
import type { KeyNote } from './notes';
import type { KeyFormat } from './read';

export type KeyUsage = 'sign' | 'verify';

export interface KeyFacts {
  readonly kind: 'public' | 'private' | 'secret';
  readonly kty: KeyType;
  readonly curve?: string;
  readonly modulusBits?: number;
  readonly parameterSet?: string;
  /** RFC 7638 SHA-256 thumbprint of the public key; not given for secrets. */
  readonly thumbprint?: string;
  /** Length of an HMAC secret in bytes. */
  readonly secretLength?: number;
}

export interface ImportedKey {
  readonly format: KeyFormat;
  /** A key for the requested usage: the private key to sign, the public key (or secret) to verify. */
  readonly cryptoKey: CryptoKey;
  /** The public key, for a public or private key (derived from the private one): verifies. */
  readonly publicKey?: CryptoKey;
  /** The public key as a JWK, for a public or private key: what fills the public key pane. */
  readonly publicJwk?: Readonly<Record<string, unknown>>;
  readonly facts: KeyFacts;
  /** How the key was chosen from a JWK Set. */
  readonly selection?: JwksSelection;
  /**
   * Every key of the JWK Set that fits, imported, when there are several (`cryptoKey` is the
   * first): try each with jws/verify-candidates.ts to learn which one the token was signed with.
   */
  readonly candidates?: readonly ImportedCandidate[];
  /** What was repaired in the key text, how it was chosen, and dangers in the key itself. */
  readonly notes: readonly KeyNote[];
}

/** One fitting key of a JWK Set, imported. */
export interface ImportedCandidate {
  readonly index: number;
  readonly kid?: string;
  readonly cryptoKey: CryptoKey;
  readonly publicKey?: CryptoKey;
  readonly facts: KeyFacts;
  readonly notes: readonly KeyNote[];
}

export interface ImportOptions {
  readonly alg: string;
  readonly usage: KeyUsage;
  /** The token header's `kid`, for choosing from a JWK Set. */
  readonly kid?: string;
}
