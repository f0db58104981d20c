/**
 * Key agreement with ECDH-ES (RFC 7518 §4.6; X25519 and X448 per RFC 8037 §3.2): Z from the
 * recipient's key and the sender's ephemeral key `epk`, then the Concat KDF. `ECDH-ES` uses the
 * derived key as the CEK; `ECDH-ES+A*KW` wraps the CEK with it.
 */
import type {
  ContentEncryptionAlgorithm,
  EcdhCurveInfo,
  KeyManagementAlgorithm,
} from './algorithms';
import { errorReason } from './bytes';
import { concatKdf } from './concat-kdf';

/** The epk's public members, the only ones imported (a stray `d` must not make it a private key). */
export function publicMembers(
  jwk: Readonly<Record<string, unknown>>,
  curve: EcdhCurveInfo,
): JsonWebKey {
  return curve.kty === 'EC'
    ? { kty: 'EC', crv: curve.crv, x: jwk.x as string, y: jwk.y as string }
    : { kty: 'OKP', crv: curve.crv, x: jwk.x as string };
}

export type EpkImport =
  | { readonly ok: true; readonly key: CryptoKey }
  | { readonly ok: false; readonly code: 'JWE_EPK_NOT_ON_CURVE'; readonly reason: string };

/**
 * The `epk` as a WebCrypto public key. parse.ts has checked its members' lengths, so when
 * WebCrypto still refuses an EC point, it is not on the curve (the invalid-curve attack).
 */
export async function importEpk(
  epk: Readonly<Record<string, unknown>>,
  curve: EcdhCurveInfo,
): Promise<EpkImport> {
  try {
    const key = await crypto.subtle.importKey(
      'jwk',
      publicMembers(epk, curve),
      curve.importParams,
      true,
      [],
    );
    return { ok: true, key };
  } catch (error) {
    if (error instanceof Error && (error.name === 'DataError' || error.name === 'OperationError')) {
      return { ok: false, code: 'JWE_EPK_NOT_ON_CURVE', reason: errorReason(error) };
    }
    throw error;
  }
}

export type SharedSecret =
  | { readonly ok: true; readonly z: Uint8Array }
  | { readonly ok: false; readonly code: 'JWE_EPK_SMALL_ORDER'; readonly reason: string };

/** Z (RFC 7518 §4.6.2): the x-coordinate of the shared point, or the X25519/X448 output. */
export async function sharedSecret(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  curve: EcdhCurveInfo,
): Promise<SharedSecret> {
  const params = { name: curve.kty === 'EC' ? 'ECDH' : curve.crv, public: publicKey };
  try {
    return {
      ok: true,
      z: new Uint8Array(await crypto.subtle.deriveBits(params, privateKey, curve.zBits)),
    };
  } catch (error) {
    // RFC 7748 §6.1: an all-zero X25519/X448 output comes from a small-order point; WebCrypto
    // refuses to return it.
    if (curve.kty === 'OKP' && error instanceof Error && error.name === 'OperationError') {
      return { ok: false, code: 'JWE_EPK_SMALL_ORDER', reason: errorReason(error) };
    }
    throw error;
  }
}

/**
 * The Concat KDF output: for `ECDH-ES` the CEK (as long as `enc` needs, AlgorithmID = enc), for
 * `ECDH-ES+A*KW` the key-wrapping key (AlgorithmID = alg), RFC 7518 §4.6.2.
 */
export function agreedKey(
  alg: KeyManagementAlgorithm,
  enc: ContentEncryptionAlgorithm,
  z: Uint8Array,
  apu: Uint8Array,
  apv: Uint8Array,
): Promise<Uint8Array> {
  const direct = alg.mode === 'direct-key-agreement';
  const bits = direct ? enc.cekBytes * 8 : alg.kwBits!;
  return concatKdf(z, bits, direct ? enc.enc : alg.alg, apu, apv);
}

export interface Ephemeral {
  readonly privateKey: CryptoKey;
  /** The `epk` header parameter: the ephemeral public key as a JWK. */
  readonly epk: Readonly<Record<string, string>>;
}

/** A fresh ephemeral key pair on the recipient's curve (RFC 7518 §4.6.1.1). */
export async function ephemeralKey(curve: EcdhCurveInfo): Promise<Ephemeral> {
  const pair = (await crypto.subtle.generateKey(curve.importParams, true, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const epk: Record<string, string> =
    curve.kty === 'EC'
      ? { kty: 'EC', crv: curve.crv, x: jwk.x!, y: jwk.y! }
      : { kty: 'OKP', crv: curve.crv, x: jwk.x! };
  return { privateKey: pair.privateKey, epk };
}
