/**
 * RFC 7516 §5.1 steps 2-6 for the sender: a CEK (fresh, agreed, or the shared key itself) and
 * the encrypted key, with the header parameters the alg adds (`epk`, `p2s`/`p2c`, `iv`/`tag`).
 */
import { encodeBase64url } from '../encoding/base64url';
import type { ContentEncryptionAlgorithm, KeyManagementAlgorithm } from './algorithms';
import { aesGcmKwWrap } from './aes-gcm-kw';
import { aesKwWrap } from './aes-kw';
import { randomBytes } from './bytes';
import type { JweDetail, JweKeyCode } from './codes';
import { agreedKey, ephemeralKey, sharedSecret } from './ecdh-es';
import type { JweHeaderParams } from './header';
import type { JweKey } from './key';
import { P2C_DEFAULT, pbes2Key } from './pbes2';
import { rsaEncryptCek } from './rsa-oaep';

export interface Wrapped {
  readonly ok: true;
  readonly cek: Uint8Array;
  readonly encryptedKey: Uint8Array;
  /** Members to add to the protected header, in this order. */
  readonly header: Readonly<Record<string, unknown>>;
  readonly sharedSecret?: Uint8Array;
  readonly kek?: Uint8Array;
}

export type WrapResult =
  | Wrapped
  | {
      readonly ok: false;
      readonly code: JweKeyCode | 'JWE_EPK_SMALL_ORDER';
      readonly detail: JweDetail;
    };

/** Salt input length the page uses: 128 bits, twice RFC 7518 §4.8.1.1's minimum. */
const P2S_BYTES = 16;

export interface WrapInput {
  readonly alg: KeyManagementAlgorithm;
  readonly enc: ContentEncryptionAlgorithm;
  readonly params: JweHeaderParams;
  readonly key: JweKey;
  /** A given CEK, to reproduce a published example; fresh random octets otherwise. */
  readonly cek?: Uint8Array;
}

function wrongType(expected: string, key: JweKey): WrapResult {
  return { ok: false, code: 'JWE_KEY_WRONG_TYPE', detail: { expected, found: key.kind } };
}

export async function wrapCek({
  alg,
  enc,
  params,
  key,
  cek: given,
}: WrapInput): Promise<WrapResult> {
  const cek = given ?? randomBytes(enc.cekBytes);
  const none = new Uint8Array(0);
  switch (alg.family) {
    case 'dir':
      if (key.kind !== 'oct') return wrongType('oct', key);
      return { ok: true, cek: key.bytes, encryptedKey: none, header: {} };
    case 'aes-kw':
      if (key.kind !== 'oct') return wrongType('oct', key);
      return { ok: true, cek, encryptedKey: await aesKwWrap(key.bytes, cek), header: {} };
    case 'aes-gcm-kw': {
      if (key.kind !== 'oct') return wrongType('oct', key);
      const wrapped = await aesGcmKwWrap(key.bytes, cek);
      return { ok: true, cek, encryptedKey: wrapped.encryptedKey, header: wrapped.header };
    }
    case 'rsa-oaep':
    case 'rsa1_5':
      if (key.kind !== 'RSA') return wrongType('RSA', key);
      if (!key.publicKey) return wrongType('RSA public key', key);
      return { ok: true, cek, encryptedKey: await rsaEncryptCek(key.publicKey, cek), header: {} };
    case 'ecdh-es': {
      if (key.kind !== 'ECDH' || !key.publicKey) return wrongType('EC or OKP', key);
      const ephemeral = await ephemeralKey(key.curve);
      const agreed = await sharedSecret(ephemeral.privateKey, key.publicKey, key.curve);
      if (!agreed.ok) return { ok: false, code: agreed.code, detail: { crv: key.curve.crv } };
      const derived = await agreedKey(alg, enc, agreed.z, params.apu ?? none, params.apv ?? none);
      const header = { epk: ephemeral.epk };
      if (alg.mode === 'direct-key-agreement') {
        return { ok: true, cek: derived, encryptedKey: none, header, sharedSecret: agreed.z };
      }
      const encryptedKey = await aesKwWrap(derived, cek);
      return { ok: true, cek, encryptedKey, header, sharedSecret: agreed.z, kek: derived };
    }
    case 'pbes2': {
      if (key.kind !== 'password') return wrongType('password', key);
      const p2s = randomBytes(P2S_BYTES);
      const p2c = params.p2c ?? P2C_DEFAULT;
      const kek = await pbes2Key(alg, key.bytes, p2s, p2c);
      // A p2c the user typed stays where it is; only a missing one is added.
      const header =
        params.p2c === undefined
          ? { p2s: encodeBase64url(p2s), p2c }
          : { p2s: encodeBase64url(p2s) };
      return { ok: true, cek, encryptedKey: await aesKwWrap(kek, cek), header, kek };
    }
  }
}
