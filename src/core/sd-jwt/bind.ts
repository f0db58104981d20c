/**
 * A key-binding JWT (RFC 9901 §4.3) for a presentation, signed with the holder key the user
 * pasted: its algorithm follows from the key (ES256 for P-256, EdDSA for Ed25519, …).
 */
import { KeyError } from '../errors';
import type { SignErrorCode } from '../jws/codes';
import type { KeyErrorCode } from '../keys/errors';
import { importKeyText } from '../keys/import';
import { readKeyText } from '../keys/read';
import type { KeyShape } from '../keys/shape';
import { SignError } from '../jws/sign';
import { addKeyBinding } from './present';

const EC_ALGS: Readonly<Record<string, string>> = {
  'P-256': 'ES256',
  'P-384': 'ES384',
  'P-521': 'ES512',
};

/** The JWS alg a holder key of this shape signs a KB-JWT with. */
export function keyBindingAlg(shape: KeyShape): string | undefined {
  if (shape.kty === 'EC') return shape.curve ? EC_ALGS[shape.curve] : undefined;
  if (shape.kty === 'OKP') return shape.curve === 'Ed25519' ? 'EdDSA' : undefined;
  if (shape.kty === 'RSA') return 'PS256';
  if (shape.kty === 'AKP') return shape.parameterSet;
  return undefined;
}

export type Binding =
  | { readonly ok: true; readonly kbJwt: string }
  | {
      readonly ok: false;
      readonly code: KeyErrorCode | SignErrorCode | 'SD_ALG_UNSUPPORTED';
      readonly detail: Readonly<Record<string, string | number | boolean>>;
    };

/** Signs a KB-JWT over `sdJwt` (ending in `~`) for `aud` and `nonce`. Never throws for bad keys. */
export async function bindPresentation(input: {
  readonly sdJwt: string;
  readonly issuerPayload: unknown;
  readonly holderKey: string;
  readonly aud: string;
  readonly nonce: string;
}): Promise<Binding> {
  try {
    const material = readKeyText(input.holderKey);
    if (material.format === 'jwks') {
      return { ok: false, code: 'KEY_BAD_JWK', detail: { reason: 'set-not-a-key' } };
    }
    const alg = keyBindingAlg(material.shape);
    if (!alg) return { ok: false, code: 'KEY_WRONG_TYPE', detail: { expected: 'EC, OKP or RSA' } };
    const key = await importKeyText(input.holderKey, { alg, usage: 'sign' });
    const { kbJwt } = await addKeyBinding({
      sdJwt: input.sdJwt,
      issuerPayload: input.issuerPayload,
      holderKey: key.cryptoKey,
      alg,
      aud: input.aud,
      nonce: input.nonce,
    });
    return { ok: true, kbJwt };
  } catch (error) {
    if (error instanceof KeyError || error instanceof SignError)
      return { ok: false, code: error.code, detail: error.detail };
    if (error instanceof RangeError) return { ok: false, code: 'SD_ALG_UNSUPPORTED', detail: {} };
    throw error;
  }
}
