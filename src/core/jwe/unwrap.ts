/**
 * RFC 7516 §5.2 steps 9-10: the CEK from the encrypted key (or the agreement, or the key itself),
 * one branch per key-management family, each failure named.
 */
import type { ContentEncryptionAlgorithm, KeyManagementAlgorithm } from './algorithms';
import { aesGcmKwUnwrap } from './aes-gcm-kw';
import { aesKwUnwrap } from './aes-kw';
import type { JweDecryptCode, JweDetail, JweParseCode } from './codes';
import { directCek } from './dir';
import { agreedKey, importEpk, sharedSecret } from './ecdh-es';
import type { JweHeaderParams } from './header';
import type { JweKey } from './key';
import { checkP2c, P2C_CAP, P2S_MIN_BYTES, pbes2Key } from './pbes2';
import { rsaDecryptCek } from './rsa-oaep';

export interface Recovered {
  readonly ok: true;
  readonly cek: Uint8Array;
  /** ECDH-ES: the shared secret Z. */
  readonly sharedSecret?: Uint8Array;
  /** ECDH-ES+A*KW and PBES2: the derived key-wrapping key. */
  readonly kek?: Uint8Array;
}

export type RecoverFailure = {
  readonly ok: false;
  readonly code: JweDecryptCode | JweParseCode | 'JWE_KEY_WRONG_TYPE' | 'JWE_KEY_PUBLIC_ONLY';
  readonly detail: JweDetail;
};

export type RecoverResult = Recovered | RecoverFailure;

function failed(code: RecoverFailure['code'], detail: JweDetail = {}): RecoverFailure {
  return { ok: false, code, detail };
}

const UNWRAP_FAILED = failed('JWE_UNWRAP_FAILED');

export interface UnwrapInput {
  readonly alg: KeyManagementAlgorithm;
  readonly enc: ContentEncryptionAlgorithm;
  readonly params: JweHeaderParams;
  readonly encryptedKey: Uint8Array;
  readonly key: JweKey;
}

async function recoverEcdh({
  alg,
  enc,
  params,
  encryptedKey,
  key,
}: UnwrapInput): Promise<RecoverResult> {
  if (key.kind !== 'ECDH')
    return failed('JWE_KEY_WRONG_TYPE', { expected: 'EC or OKP', found: key.kind });
  if (!key.privateKey) return failed('JWE_KEY_PUBLIC_ONLY');
  const epk = params.epk;
  if (!epk) return failed('JWE_PARAM_MISSING', { name: 'epk', alg: alg.alg });
  const imported = await importEpk(epk.jwk, epk.curve);
  if (!imported.ok) return failed(imported.code, { crv: epk.curve.crv, reason: imported.reason });
  const agreed = await sharedSecret(key.privateKey, imported.key, epk.curve);
  if (!agreed.ok) return failed(agreed.code, { crv: epk.curve.crv });
  const derived = await agreedKey(
    alg,
    enc,
    agreed.z,
    params.apu ?? new Uint8Array(0),
    params.apv ?? new Uint8Array(0),
  );
  if (alg.mode === 'direct-key-agreement')
    return { ok: true, cek: derived, sharedSecret: agreed.z };
  const cek = await aesKwUnwrap(derived, encryptedKey);
  return cek ? { ok: true, cek, sharedSecret: agreed.z, kek: derived } : UNWRAP_FAILED;
}

async function recoverPbes2({
  alg,
  params,
  encryptedKey,
  key,
}: UnwrapInput): Promise<RecoverResult> {
  if (key.kind !== 'password')
    return failed('JWE_KEY_WRONG_TYPE', { expected: 'password', found: key.kind });
  const { p2s, p2c } = params;
  if (p2s === undefined) return failed('JWE_PARAM_MISSING', { name: 'p2s', alg: alg.alg });
  if (p2c === undefined) return failed('JWE_PARAM_MISSING', { name: 'p2c', alg: alg.alg });
  // parse.ts reports these too; a caller's own ParsedJwe must not get past them.
  if (p2s.length < P2S_MIN_BYTES)
    return failed('JWE_P2S_TOO_SHORT', { bytes: p2s.length, minimum: P2S_MIN_BYTES });
  const check = checkP2c(p2c);
  if (check === 'invalid') return failed('JWE_P2C_INVALID', { found: String(p2c) });
  if (check === 'over-cap') return failed('JWE_P2C_OVER_CAP', { p2c, cap: P2C_CAP });
  const kek = await pbes2Key(alg, key.bytes, p2s, p2c);
  const cek = await aesKwUnwrap(kek, encryptedKey);
  return cek ? { ok: true, cek, kek } : UNWRAP_FAILED;
}

async function recoverByFamily(input: UnwrapInput): Promise<RecoverResult> {
  const { alg, enc, params, encryptedKey, key } = input;
  switch (alg.family) {
    case 'dir': {
      if (key.kind !== 'oct')
        return failed('JWE_KEY_WRONG_TYPE', { expected: 'oct', found: key.kind });
      const direct = directCek(enc, key.bytes);
      return direct.ok
        ? { ok: true, cek: direct.cek }
        : failed(direct.code, { expected: direct.expected, found: direct.found });
    }
    case 'aes-kw': {
      if (key.kind !== 'oct')
        return failed('JWE_KEY_WRONG_TYPE', { expected: 'oct', found: key.kind });
      const cek = await aesKwUnwrap(key.bytes, encryptedKey);
      return cek ? { ok: true, cek } : UNWRAP_FAILED;
    }
    case 'aes-gcm-kw': {
      if (key.kind !== 'oct')
        return failed('JWE_KEY_WRONG_TYPE', { expected: 'oct', found: key.kind });
      if (!params.kwIv) return failed('JWE_PARAM_MISSING', { name: 'iv', alg: alg.alg });
      if (!params.kwTag) return failed('JWE_PARAM_MISSING', { name: 'tag', alg: alg.alg });
      const cek = await aesGcmKwUnwrap(key.bytes, encryptedKey, params.kwIv, params.kwTag);
      return cek ? { ok: true, cek } : UNWRAP_FAILED;
    }
    case 'rsa-oaep':
    case 'rsa1_5': {
      if (key.kind !== 'RSA')
        return failed('JWE_KEY_WRONG_TYPE', { expected: 'RSA', found: key.kind });
      if (!key.privateKey) return failed('JWE_KEY_PUBLIC_ONLY');
      const modulusBytes = Math.ceil(
        (key.privateKey.algorithm as KeyAlgorithm & { modulusLength: number }).modulusLength / 8,
      );
      // RFC 8017 §7.1.2 step 1: the ciphertext is exactly as long as the modulus.
      if (encryptedKey.length !== modulusBytes) {
        return failed('JWE_ENCRYPTED_KEY_MODULUS', {
          expected: modulusBytes,
          found: encryptedKey.length,
        });
      }
      const cek = await rsaDecryptCek(key.privateKey, encryptedKey);
      return cek ? { ok: true, cek } : UNWRAP_FAILED;
    }
    case 'ecdh-es':
      return recoverEcdh(input);
    case 'pbes2':
      return recoverPbes2(input);
  }
}

/** The CEK, checked to be as long as `enc` needs (a wrong key can unwrap to another length). */
export async function recoverCek(input: UnwrapInput): Promise<RecoverResult> {
  const recovered = await recoverByFamily(input);
  if (recovered.ok && recovered.cek.length !== input.enc.cekBytes) {
    return failed('JWE_CEK_WRONG_SIZE', {
      expected: input.enc.cekBytes * 8,
      found: recovered.cek.length * 8,
    });
  }
  return recovered;
}
