/** What key.ts's readers share: the result types, and key text read into one key's material. */
import { JwtDebuggerError } from '../errors';
import { readKeyText, type KeyFormat, type KeyMaterial } from '../keys/read';
import type { EcdhCurve, EcdhCurveInfo } from './algorithms';
import type { JweDetail, JweKeyCode } from './codes';
import { chooseFromJwks, type Jwk, type KeyContext, type KeyRole } from './key-jwk';

/** What the page can say about the key it used. */
export interface JweKeyFacts {
  readonly format: KeyFormat | 'base64url' | 'password';
  readonly kind: 'secret' | 'password' | 'public' | 'private';
  readonly kty?: 'oct' | 'RSA' | 'EC' | 'OKP';
  /** Symmetric key, password or RSA modulus size in bits. */
  readonly bits?: number;
  readonly curve?: EcdhCurve;
  readonly kid?: string;
  /** Which key of a JWK Set was used (0-based), and how many it has. */
  readonly jwksIndex?: number;
  readonly jwksCount?: number;
}

export type JweKey =
  | { readonly kind: 'oct'; readonly bytes: Uint8Array; readonly facts: JweKeyFacts }
  | { readonly kind: 'password'; readonly bytes: Uint8Array; readonly facts: JweKeyFacts }
  | {
      readonly kind: 'RSA';
      readonly privateKey?: CryptoKey;
      readonly publicKey?: CryptoKey;
      readonly facts: JweKeyFacts;
    }
  | {
      readonly kind: 'ECDH';
      readonly curve: EcdhCurveInfo;
      readonly privateKey?: CryptoKey;
      readonly publicKey?: CryptoKey;
      readonly facts: JweKeyFacts;
    };

export type JweKeyFailureCode = JweKeyCode | 'JWE_CURVE_UNSUPPORTED';

export type JweKeyResult =
  | { readonly ok: true; readonly key: JweKey }
  | { readonly ok: false; readonly code: JweKeyFailureCode; readonly detail: JweDetail };

export type Failure = Extract<JweKeyResult, { ok: false }>;

export function fail(code: JweKeyFailureCode, detail: JweDetail = {}): Failure {
  return { ok: false, code, detail };
}

export type Material = Exclude<KeyMaterial, { format: 'jwks' }>;
export type Chosen = {
  readonly material: Material;
  readonly jwksIndex?: number;
  readonly jwksCount?: number;
};

/** readKeyText, its KeyError as data; a JWK Set narrowed to one key. */
export function readMaterial(text: string, context: KeyContext, role: KeyRole): Chosen | Failure {
  let material: KeyMaterial;
  try {
    material = readKeyText(text);
  } catch (error) {
    if (error instanceof JwtDebuggerError)
      return fail('JWE_KEY_UNREADABLE', { keyCode: error.code, ...error.detail });
    throw error;
  }
  if (material.format !== 'jwks') return { material };
  const choice = chooseFromJwks(material.keys, context, role);
  if (!choice.ok) return fail(choice.code, choice.detail);
  try {
    const single = readKeyText(JSON.stringify(choice.jwk));
    return { material: single as Material, jwksIndex: choice.index, jwksCount: choice.keyCount };
  } catch (error) {
    if (error instanceof JwtDebuggerError)
      return fail('JWE_KEY_UNREADABLE', { keyCode: error.code, ...error.detail });
    throw error;
  }
}

export function isFailure(value: object): value is Failure {
  return 'ok' in value && value.ok === false;
}

export function kidOf(jwk: Jwk): { kid?: string } {
  return typeof jwk.kid === 'string' ? { kid: jwk.kid } : {};
}

export function jwksFacts(chosen: Chosen): Partial<JweKeyFacts> {
  return chosen.jwksIndex === undefined
    ? {}
    : { jwksIndex: chosen.jwksIndex, jwksCount: chosen.jwksCount! };
}
