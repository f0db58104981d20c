/** Typed access to the JWE fixtures (see README.md beside this file). */
import keysJson from './keys.json';
import vectorsJson from './jwe-vectors.json';

export interface JweVector {
  readonly id: string;
  readonly title: string;
  readonly alg: string | null;
  readonly enc: string;
  readonly deterministic: boolean;
  readonly compact: string | null;
  readonly protected_b64: string | null;
  readonly header_json: string | null;
  readonly header: Readonly<Record<string, unknown>> | null;
  readonly encrypted_key_b64: string | null;
  readonly iv_b64: string | null;
  readonly ciphertext_b64: string | null;
  readonly tag_b64: string | null;
  readonly aad_ascii: string | null;
  readonly cek_b64: string | null;
  readonly compressed_plaintext_b64?: string;
  readonly flattened?: Readonly<Record<string, unknown>> | null;
  readonly general?: Readonly<Record<string, unknown>> | null;
  readonly keys: {
    readonly public_jwk?: Record<string, unknown>;
    readonly private_jwk?: Record<string, unknown>;
    readonly symmetric_jwk?: Record<string, unknown>;
    readonly password?: string;
  } | null;
  readonly key_management?: Readonly<Record<string, unknown>>;
  readonly nested?: { readonly cty: string; readonly inner_id: string };
  readonly notes?: string;
  readonly expected: {
    readonly result: 'decrypts' | 'key_agreement';
    readonly plaintext?: string;
    readonly z_hex?: string;
  };
}

export interface JweKeyFixture {
  readonly kty: string;
  readonly curve?: string;
  readonly modulusBits?: number;
  readonly spki: string;
  readonly pkcs1Public?: string;
  readonly certificate?: string;
  readonly pkcs8: string;
  readonly pkcs1Private?: string;
  readonly sec1?: string;
  readonly publicJwk: Record<string, unknown>;
  readonly privateJwk: Record<string, unknown>;
}

export const jweVectors = vectorsJson.jwe as unknown as readonly JweVector[];
export const jweKeys = keysJson.keys as unknown as Readonly<Record<string, JweKeyFixture>>;
/** Random symmetric keys as base64url: `oct128` … `oct512`, and a second of each (`oct128b`). */
export const secrets = keysJson.secrets as Readonly<Record<string, string>>;
export const passwords = keysJson.passwords as { readonly strong: string; readonly other: string };
export const jweJwks = keysJson.jwks as { readonly keys: readonly Record<string, unknown>[] };

export function jweKey(name: string): JweKeyFixture {
  const fixture = jweKeys[name];
  if (!fixture) throw new Error(`no JWE key fixture named ${name}`);
  return fixture;
}

export function jweVector(id: string): JweVector {
  const vector = jweVectors.find((entry) => entry.id === id);
  if (!vector) throw new Error(`no JWE vector ${id}`);
  return vector;
}
