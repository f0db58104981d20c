/**
 * Generate key for the JWE algorithms: a 2048-bit RSA pair for RSA-OAEP*, a P-256/384/521 or
 * X25519 pair for ECDH-ES* (PEM: SPKI to encrypt, PKCS#8 to decrypt), an `oct` JWK of the right
 * size for dir (the enc's CEK size), A*KW and A*GCMKW, a random password for PBES2.
 */
import { encodeBase64url } from '../encoding/base64url';
import { exportPem } from '../keys/export';
import {
  contentEncryptionAlgorithm,
  ecdhCurve,
  keyManagementAlgorithm,
  type EcdhCurve,
} from './algorithms';
import { randomBytes } from './bytes';
import type { JweDetail, JweParseCode, JweUnsupportedCode } from './codes';
import { rsaImportParams } from './rsa-oaep';
import { jweSupport } from './support';

export type GeneratedJweKey =
  | {
      readonly ok: true;
      readonly alg: string;
      readonly kind: 'pair' | 'secret' | 'password';
      /** For the `Encryption key` box: a public key PEM, the oct JWK, or the password. */
      readonly encryptionKey: string;
      /** For the `Decryption key` box: the private key PEM, the same oct JWK, or the password. */
      readonly decryptionKey: string;
      readonly curve?: EcdhCurve;
      /** Key size in bits (RSA modulus, symmetric key, password entropy); the curve says it for ECDH. */
      readonly bits?: number;
    }
  | {
      readonly ok: false;
      readonly code:
        JweUnsupportedCode | Extract<JweParseCode, 'JWE_ALG_UNKNOWN' | 'JWE_ENC_UNKNOWN'>;
      readonly detail: JweDetail;
    };

/** 18 random octets: a 24-character base64url password of 144 bits. */
const PASSWORD_BYTES = 18;

export interface GenerateOptions {
  /** The header's enc: it fixes the key size for dir. */
  readonly enc?: string;
  /** The ECDH-ES curve; P-256 when not given. */
  readonly curve?: EcdhCurve;
}

export async function generateJweKey(
  alg: string,
  options: GenerateOptions = {},
): Promise<GeneratedJweKey> {
  const entry = keyManagementAlgorithm(alg);
  if (!entry) return { ok: false, code: 'JWE_ALG_UNKNOWN', detail: { alg } };
  const enc = options.enc === undefined ? undefined : contentEncryptionAlgorithm(options.enc);
  if (options.enc !== undefined && !enc)
    return { ok: false, code: 'JWE_ENC_UNKNOWN', detail: { enc: options.enc } };
  if (entry.family === 'dir' && !enc)
    return { ok: false, code: 'JWE_ENC_UNKNOWN', detail: { enc: '' } };
  const curve = entry.keyKind === 'ECDH' ? ecdhCurve(options.curve ?? 'P-256')! : undefined;
  const support = await jweSupport(entry, enc, curve?.crv);
  if (!support.supported) {
    return {
      ok: false,
      code: support.code,
      detail: { name: support.name, capability: support.capability },
    };
  }
  switch (entry.keyKind) {
    case 'oct': {
      const bytes = entry.family === 'dir' ? enc!.cekBytes : entry.kwBits! / 8;
      const jwk = JSON.stringify({ kty: 'oct', k: encodeBase64url(randomBytes(bytes)) });
      return {
        ok: true,
        alg,
        kind: 'secret',
        encryptionKey: jwk,
        decryptionKey: jwk,
        bits: bytes * 8,
      };
    }
    case 'password': {
      const password = encodeBase64url(randomBytes(PASSWORD_BYTES));
      return {
        ok: true,
        alg,
        kind: 'password',
        encryptionKey: password,
        decryptionKey: password,
        bits: PASSWORD_BYTES * 8,
      };
    }
    case 'RSA': {
      // RFC 7518 §4.3: 2048 bits or larger; the usual exponent 65537.
      const params = {
        ...rsaImportParams(entry),
        modulusLength: 2048,
        publicExponent: new Uint8Array([1, 0, 1]),
      };
      const pair = (await crypto.subtle.generateKey(params, true, [
        'encrypt',
        'decrypt',
      ])) as CryptoKeyPair;
      const [encryptionKey, decryptionKey] = await Promise.all([
        exportPem(pair.publicKey),
        exportPem(pair.privateKey),
      ]);
      return { ok: true, alg, kind: 'pair', encryptionKey, decryptionKey, bits: 2048 };
    }
    case 'ECDH': {
      const pair = (await crypto.subtle.generateKey(curve!.importParams, true, [
        'deriveBits',
      ])) as CryptoKeyPair;
      const [encryptionKey, decryptionKey] = await Promise.all([
        exportPem(pair.publicKey),
        exportPem(pair.privateKey),
      ]);
      return {
        ok: true,
        alg,
        kind: 'pair',
        encryptionKey,
        decryptionKey,
        curve: curve!.crv,
        bits: curve!.zBits,
      };
    }
  }
}
