/**
 * JWK checks for JWE keys (RFC 7517 §4.2-§4.4) and a small local choice from a JWK Set: by
 * `kid`, `kty`, `crv`, `alg` and `use`, like jose's local JWK Set, kept here on purpose (the
 * JWS one in keys/jwk.ts is being rewritten and knows only signature algorithms).
 */
import { isJsonObject } from '../json/is-object';
import {
  ecdhCurve,
  type EcdhCurve,
  type KeyManagementAlgorithm,
  type ContentEncryptionAlgorithm,
} from './algorithms';
import type { JweDetail, JweKeyCode } from './codes';

export type Jwk = Readonly<Record<string, unknown>>;
export type KeyRole = 'decrypt' | 'encrypt';

export interface KeyContext {
  readonly alg: KeyManagementAlgorithm;
  readonly enc?: ContentEncryptionAlgorithm;
  /** The header's `kid`, for choosing from a JWK Set. */
  readonly kid?: string;
  /** The `epk`'s curve: a decryption key must be on it. */
  readonly epkCurve?: EcdhCurve;
}

export type JwkProblem = { readonly code: JweKeyCode; readonly detail: JweDetail };

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi'];

export function isPrivateJwk(jwk: Jwk): boolean {
  return PRIVATE_MEMBERS.some((name) => jwk[name] !== undefined);
}

/** The JWK's `alg`, `use` and `key_ops` must allow this use of the key (RFC 7517 §4.2-§4.4). */
export function jwkAllows(jwk: Jwk, context: KeyContext, role: KeyRole): JwkProblem | undefined {
  const { alg, enc } = context;
  // RFC 7520 §5.6: for `dir`, the key is the CEK and its `alg` may name the enc.
  const allowedAlg =
    jwk.alg === alg.alg || (alg.family === 'dir' && enc !== undefined && jwk.alg === enc.enc);
  if (jwk.alg !== undefined && !allowedAlg) {
    return { code: 'JWE_KEY_JWK_ALG_MISMATCH', detail: { jwkAlg: String(jwk.alg), alg: alg.alg } };
  }
  if (jwk.use !== undefined && jwk.use !== 'enc') {
    return { code: 'JWE_KEY_JWK_USE_MISMATCH', detail: { use: String(jwk.use) } };
  }
  const operations = alg.keyOps[role];
  if (Array.isArray(jwk.key_ops) && !jwk.key_ops.some((op) => operations.includes(op as string))) {
    return {
      code: 'JWE_KEY_JWK_OPS_MISMATCH',
      detail: { operation: operations[0]!, keyOps: jwk.key_ops.map(String).join(', ') },
    };
  }
  return undefined;
}

export type PassOverReason =
  | 'not-object'
  | 'kid-differs'
  | 'kty-differs'
  | 'crv-differs'
  | 'alg-differs'
  | 'use-not-enc'
  | 'public-only';

function reasonsAgainst(candidate: unknown, context: KeyContext, role: KeyRole): PassOverReason[] {
  if (!isJsonObject(candidate)) return ['not-object'];
  const reasons: PassOverReason[] = [];
  if (context.kid !== undefined && candidate.kid !== context.kid) reasons.push('kid-differs');
  const { keyKind } = context.alg;
  if (keyKind === 'oct' || keyKind === 'password') {
    if (candidate.kty !== 'oct') reasons.push('kty-differs');
  } else if (keyKind === 'RSA') {
    if (candidate.kty !== 'RSA') reasons.push('kty-differs');
  } else {
    const curve = ecdhCurve(candidate.crv);
    if (candidate.kty !== 'EC' && candidate.kty !== 'OKP') reasons.push('kty-differs');
    else if (!curve || curve.kty !== candidate.kty) reasons.push('crv-differs');
    else if (context.epkCurve !== undefined && curve.crv !== context.epkCurve)
      reasons.push('crv-differs');
  }
  const problem = jwkAllows(candidate, context, role);
  if (problem?.code === 'JWE_KEY_JWK_ALG_MISMATCH') reasons.push('alg-differs');
  if (problem?.code === 'JWE_KEY_JWK_USE_MISMATCH') reasons.push('use-not-enc');
  if (
    role === 'decrypt' &&
    keyKind !== 'oct' &&
    keyKind !== 'password' &&
    !isPrivateJwk(candidate)
  ) {
    reasons.push('public-only');
  }
  return reasons;
}

export type JwksChoice =
  | { readonly ok: true; readonly jwk: Jwk; readonly index: number; readonly keyCount: number }
  | { readonly ok: false; readonly code: 'JWE_KEY_NO_MATCH_IN_JWKS'; readonly detail: JweDetail };

/** The first key of the set that fits; the reasons each other key was passed over otherwise. */
export function chooseFromJwks(
  keys: readonly unknown[],
  context: KeyContext,
  role: KeyRole,
): JwksChoice {
  const passedOver: string[] = [];
  for (const [index, candidate] of keys.entries()) {
    const reasons = reasonsAgainst(candidate, context, role);
    if (reasons.length === 0)
      return { ok: true, jwk: candidate as Jwk, index, keyCount: keys.length };
    const kid =
      isJsonObject(candidate) && typeof candidate.kid === 'string' ? candidate.kid : `#${index}`;
    passedOver.push(`${kid}: ${reasons.join(' ')}`);
  }
  return {
    ok: false,
    code: 'JWE_KEY_NO_MATCH_IN_JWKS',
    detail: {
      keyCount: keys.length,
      alg: context.alg.alg,
      ...(context.kid !== undefined ? { kid: context.kid } : {}),
      reasons: passedOver.join('; '),
    },
  };
}

/** A JWK as WebCrypto takes it: our checks already covered `alg`, `use` and `key_ops`. */
export function jwkForImport(jwk: Jwk, publicOnly: boolean): JsonWebKey {
  const { alg: _alg, use: _use, key_ops: _keyOps, ext: _ext, ...rest } = jwk;
  if (!publicOnly) return rest as JsonWebKey;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(rest)) {
    if (!PRIVATE_MEMBERS.includes(name) && name !== 'oth') out[name] = value;
  }
  return out as JsonWebKey;
}
