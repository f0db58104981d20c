import { jwsAlgorithm, type KeyType } from '../algorithms';
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

export type PassOverReason =
  'kid-differs' | 'use-not-sig' | 'alg-differs' | 'kty-differs' | 'curve-differs';

export interface JwksSelection {
  readonly index: number;
  readonly kid?: string;
  /** `kid`: the header's kid named it; `alg`: the first key fit for the alg. */
  readonly chosenBy: 'kid' | 'alg';
  readonly keyCount: number;
  readonly passedOver: readonly {
    readonly index: number;
    readonly kid?: string;
    readonly reasons: readonly PassOverReason[];
  }[];
}

function reasonsAgainst(jwk: Jwk, alg: string, kid: string | undefined): PassOverReason[] {
  const entry = jwsAlgorithm(alg);
  const reasons: PassOverReason[] = [];
  if (kid !== undefined && jwk.kid !== kid) reasons.push('kid-differs');
  if (jwk.use !== undefined && jwk.use !== 'sig') reasons.push('use-not-sig');
  if (jwk.alg !== undefined && jwk.alg !== alg) reasons.push('alg-differs');
  if (entry && jwk.kty !== entry.kty) reasons.push('kty-differs');
  else if (entry?.curve && entry.kty !== 'OKP' && jwk.crv !== entry.curve)
    reasons.push('curve-differs');
  return reasons;
}

/**
 * A key from a JWK Set for a token: by the header's `kid` when it has one, otherwise the first
 * key whose `kty`, `crv`, `alg` and `use` fit the alg (as jose's local JWK Set does).
 */
export function selectFromJwks(
  keys: readonly unknown[],
  alg: string,
  kid: string | undefined,
): { readonly jwk: Jwk; readonly selection: JwksSelection } {
  const passedOver: { index: number; kid?: string; reasons: PassOverReason[] }[] = [];
  for (const [index, candidate] of keys.entries()) {
    if (!isJwkObject(candidate)) {
      throw keyError('KEY_BAD_JWK', `JWK Set entry ${index} is not an object`, {
        reason: 'bad-set-entry',
        index,
      });
    }
    const reasons = reasonsAgainst(candidate, alg, kid);
    const candidateKid = typeof candidate.kid === 'string' ? candidate.kid : undefined;
    if (reasons.length === 0) {
      return {
        jwk: candidate,
        selection: {
          index,
          ...(candidateKid !== undefined ? { kid: candidateKid } : {}),
          chosenBy: kid !== undefined ? 'kid' : 'alg',
          keyCount: keys.length,
          passedOver,
        },
      };
    }
    passedOver.push({
      index,
      ...(candidateKid !== undefined ? { kid: candidateKid } : {}),
      reasons,
    });
  }
  throw keyError(
    'KEY_NO_MATCH_IN_JWKS',
    kid !== undefined
      ? `no key in the JWK Set has kid "${kid}" and fits ${alg}`
      : `no key in the JWK Set fits ${alg}`,
    {
      keyCount: keys.length,
      ...(kid !== undefined ? { kid } : {}),
      alg,
      reasons: passedOver
        .map((entry) => `${entry.kid ?? `#${entry.index}`}: ${entry.reasons.join(' ')}`)
        .join('; '),
    },
  );
}
