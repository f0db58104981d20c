/** Typed access to the fixtures, so tests share one loader (see README.md beside this file). */
import keysJson from './keys.json';
import vectorsJson from './rfc-vectors.json';

export interface JwsVector {
  readonly id: string;
  readonly title: string;
  readonly alg: string;
  readonly deterministic: boolean;
  readonly optional?: boolean;
  readonly compact: string;
  readonly protected_b64: string;
  readonly header_json: string;
  readonly payload_b64: string;
  readonly payload_text: string;
  readonly signing_input: string;
  readonly signature_b64: string;
  readonly keys: {
    readonly public_jwk?: Record<string, unknown>;
    readonly private_jwk?: Record<string, unknown>;
    readonly symmetric_jwk?: Record<string, unknown>;
  } | null;
  readonly expected: { readonly result: 'verifies' | 'unsecured'; readonly requires_detached_payload?: boolean };
}

export interface JwkVector {
  readonly id: string;
  readonly public_jwk?: Record<string, unknown>;
  readonly private_jwk?: Record<string, unknown>;
  readonly expected: { readonly thumbprint_sha256_b64?: string; readonly public_x?: string };
}

export interface KeyFixture {
  readonly kty: string;
  readonly curve?: string;
  readonly modulusBits?: number;
  readonly spki: string;
  readonly pkcs1Public?: string;
  readonly certificate?: string;
  readonly pkcs8: string;
  readonly pkcs1Private?: string;
  readonly sec1?: string;
  readonly publicJwk?: Record<string, unknown>;
  readonly privateJwk?: Record<string, unknown>;
  readonly thumbprint?: string;
}

export const jwsVectors = vectorsJson.jws as unknown as readonly JwsVector[];
export const jwkVectors = vectorsJson.jwk as unknown as readonly JwkVector[];
export const keys = keysJson.keys as unknown as Readonly<Record<string, KeyFixture>>;
export const jwks = keysJson.jwks as { readonly keys: readonly Record<string, unknown>[] };

export function key(name: string): KeyFixture {
  const fixture = keys[name];
  if (!fixture) throw new Error(`no key fixture named ${name}`);
  return fixture;
}

export { seed } from './seed';
