import type { KeyType } from '../algorithms';
import { decodeBase64url } from '../encoding/base64url';
import { isJsonObject } from '../json/is-object';
import { bitLength } from './der';
import { keyError } from './errors';
import type { KeyShape } from './shape';

export type Jwk = Readonly<Record<string, unknown>>;

/** Private members per key type (RFC 7518 §6.2.2, §6.3.2; RFC 8037 §2; AKP `priv`). */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'priv'];

/** A JWK is a JSON object (RFC 7517 §4). */
export const isJwkObject: (value: unknown) => value is Jwk = isJsonObject;

export function jwkKind(jwk: Jwk): 'public' | 'private' | 'secret' {
  if (jwk.kty === 'oct') return 'secret';
  return PRIVATE_MEMBERS.some((name) => jwk[name] !== undefined) ? 'private' : 'public';
}

/** The public half of a private JWK: the same members without the private ones. */
export function publicJwkOf(jwk: Jwk): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(jwk)) {
    if (!PRIVATE_MEMBERS.includes(name) && name !== 'key_ops' && name !== 'ext') out[name] = value;
  }
  return out;
}

const KEY_TYPES: readonly string[] = ['RSA', 'EC', 'OKP', 'oct', 'AKP'];

export function shapeOfJwk(jwk: Jwk): KeyShape {
  if (typeof jwk.kty !== 'string') {
    throw keyError('KEY_BAD_JWK', 'the JWK has no "kty"', { reason: 'no-kty' });
  }
  if (!KEY_TYPES.includes(jwk.kty)) {
    throw keyError('KEY_BAD_JWK', `unknown JWK "kty": ${jwk.kty}`, {
      reason: 'unknown-kty',
      kty: jwk.kty,
    });
  }
  const kty = jwk.kty as KeyType;
  switch (kty) {
    case 'RSA': {
      const modulus = typeof jwk.n === 'string' ? decodeBase64url(jwk.n) : undefined;
      if (!modulus?.ok)
        throw keyError('KEY_BAD_JWK', 'the RSA JWK has no valid "n"', {
          reason: 'bad-member',
          member: 'n',
        });
      return { kty, modulusBits: bitLength(modulus.bytes) };
    }
    case 'EC':
    case 'OKP':
      if (typeof jwk.crv !== 'string') {
        throw keyError('KEY_BAD_JWK', `the ${kty} JWK has no "crv"`, {
          reason: 'bad-member',
          member: 'crv',
        });
      }
      return { kty, curve: jwk.crv };
    case 'AKP':
      return typeof jwk.alg === 'string' ? { kty, parameterSet: jwk.alg } : { kty };
    case 'oct':
      return { kty };
  }
}

export type { JwksSelection, PassOverReason } from './jwk-select';
