/**
 * Decrypts a parsed compact JWE (RFC 7516 §5.2) with the key text the user gave, or says why not:
 * what this runtime cannot do first (whether or not a key was given), then a missing key, then
 * the token's own errors, the key, the CEK, the tag, and inflation, in that order.
 */
import type { Part } from '../diagnostics';
import type { ContentEncryptionAlgorithm, KeyManagementAlgorithm } from './algorithms';
import { isJweParseCode, type JweCode, type JweDetail, type JweUnsupportedCode } from './codes';
import { decryptContent } from './content';
import { readDecryptionKey, type JweKey, type JweKeyFacts } from './key';
import { blockingDiagnostic, type ParsedJwe } from './parse';
import { jweSupport } from './support';
import { recoverCek } from './unwrap';
import { inflateRaw } from './zip';

/** The values the learning view shows (RFC 7516 §5.1's names). */
export interface JweValues {
  /** The protected header's text, as encoded in the token. */
  readonly protectedHeader: string;
  readonly encodedProtectedHeader: string;
  readonly aad: Uint8Array;
  readonly encryptedKey: Uint8Array;
  readonly iv: Uint8Array;
  readonly ciphertext: Uint8Array;
  readonly tag: Uint8Array;
  readonly cek: Uint8Array;
  /** ECDH-ES: the shared secret Z (RFC 7518 §4.6.2). */
  readonly sharedSecret?: Uint8Array;
  /** ECDH-ES+A*KW, PBES2: the derived key-wrapping key. */
  readonly kek?: Uint8Array;
  /** `zip: "DEF"`: the DEFLATE octets that were encrypted. */
  readonly compressed?: Uint8Array;
}

export type DecryptResult =
  | {
      readonly status: 'decrypted';
      readonly alg: string;
      readonly enc: string;
      readonly plaintext: Uint8Array;
      readonly values: JweValues;
      readonly key: JweKeyFacts;
    }
  | {
      readonly status: 'failed';
      readonly code: JweCode;
      readonly detail: JweDetail;
      /** The part the failure is about, where it is one. */
      readonly part?: Part;
      /** The key that was read and tried, when the failure came after reading it. */
      readonly key?: JweKeyFacts;
    }
  | {
      readonly status: 'unsupported';
      readonly code: JweUnsupportedCode;
      readonly detail: JweDetail;
    }
  | { readonly status: 'no-key'; readonly code: 'JWE_NO_KEY' };

function failed(
  code: JweCode,
  detail: JweDetail = {},
  part?: Part,
  key?: JweKeyFacts,
): DecryptResult {
  return { status: 'failed', code, detail, ...(part ? { part } : {}), ...(key ? { key } : {}) };
}

async function unsupported(parsed: ParsedJwe): Promise<DecryptResult | undefined> {
  if (parsed.serialization === 'json') {
    return { status: 'unsupported', code: 'JWE_JSON_UNSUPPORTED', detail: { name: 'JSON' } };
  }
  const { algorithm, encryption, epk } = parsed.params;
  if (!algorithm) return undefined;
  const support = await jweSupport(algorithm, encryption, epk?.curve.crv);
  if (support.supported) return undefined;
  return {
    status: 'unsupported',
    code: support.code,
    detail: { name: support.name, capability: support.capability },
  };
}

function isEmptyKey(key: string | JweKey, alg: KeyManagementAlgorithm | undefined): boolean {
  if (typeof key !== 'string') return false;
  // A password may be white space; any other key text is trimmed.
  return alg?.keyKind === 'password' ? key === '' : key.trim() === '';
}

async function keyFor(
  key: string | JweKey,
  parsed: ParsedJwe,
  alg: KeyManagementAlgorithm,
  enc: ContentEncryptionAlgorithm,
): Promise<JweKey | DecryptResult> {
  if (typeof key !== 'string') return key;
  const { kid, epk } = parsed.params;
  const read = await readDecryptionKey(key, {
    alg,
    enc,
    ...(kid !== undefined ? { kid } : {}),
    ...(epk ? { epkCurve: epk.curve.crv } : {}),
  });
  if (read.ok) return read.key;
  if (read.code === 'JWE_CURVE_UNSUPPORTED')
    return { status: 'unsupported', code: read.code, detail: read.detail };
  return failed(read.code, read.detail, 'key');
}

/**
 * `key` is the `Decryption key` text (or a key read before). The plaintext is the decrypted
 * content, inflated when the header says `zip: "DEF"`.
 */
export async function decryptJwe(parsed: ParsedJwe, key: string | JweKey): Promise<DecryptResult> {
  const notHere = await unsupported(parsed);
  if (notHere) return notHere;
  const { algorithm: alg, encryption: enc } = parsed.params;
  if (isEmptyKey(key, alg)) return { status: 'no-key', code: 'JWE_NO_KEY' };
  const blocking = blockingDiagnostic(parsed);
  if (blocking) {
    const detail = { ...blocking.detail };
    return isJweParseCode(blocking.code)
      ? failed(blocking.code, detail, blocking.part)
      : failed('JWE_MALFORMED', { ...detail, code: blocking.code }, blocking.part);
  }
  const { encryptedKey, iv, ciphertext, tag, header } = parsed;
  // No blocking diagnostic means every part decoded and alg and enc are known.
  if (!alg || !enc || !encryptedKey || !iv || !ciphertext || !tag || !header) {
    throw new TypeError('decryptJwe: a ParsedJwe without errors must have every part');
  }
  const jweKey = await keyFor(key, parsed, alg, enc);
  if ('status' in jweKey) return jweKey;

  const recovered = await recoverCek({
    alg,
    enc,
    params: parsed.params,
    encryptedKey,
    key: jweKey,
  });
  if (!recovered.ok) {
    const part =
      recovered.code === 'JWE_UNWRAP_FAILED' || recovered.code === 'JWE_ENCRYPTED_KEY_MODULUS'
        ? 'encrypted-key'
        : undefined;
    return failed(recovered.code, recovered.detail, part, jweKey.facts);
  }
  const { cek } = recovered;
  const opened = await decryptContent(enc, cek, iv, parsed.aad, ciphertext, tag);
  if (!opened.ok)
    return failed(
      opened.code,
      { enc: enc.enc },
      opened.code === 'JWE_TAG_MISMATCH' ? 'tag' : 'ciphertext',
      jweKey.facts,
    );

  const values: JweValues = {
    protectedHeader: header.text ?? '',
    encodedProtectedHeader: header.segment.text,
    aad: parsed.aad,
    encryptedKey,
    iv,
    ciphertext,
    tag,
    cek,
    ...(recovered.sharedSecret ? { sharedSecret: recovered.sharedSecret } : {}),
    ...(recovered.kek ? { kek: recovered.kek } : {}),
  };
  const plaintext = opened.plaintext;
  if (parsed.params.zip === 'DEF') {
    const inflated = await inflateRaw(plaintext);
    if (!inflated.ok) {
      return inflated.code === 'JWE_ZIP_TOO_LARGE'
        ? failed(inflated.code, { limit: inflated.limit }, 'ciphertext', jweKey.facts)
        : failed(inflated.code, { reason: inflated.reason }, 'ciphertext', jweKey.facts);
    }
    return {
      status: 'decrypted',
      alg: alg.alg,
      enc: enc.enc,
      plaintext: inflated.plaintext,
      values: { ...values, compressed: plaintext },
      key: jweKey.facts,
    };
  }
  return { status: 'decrypted', alg: alg.alg, enc: enc.enc, plaintext, values, key: jweKey.facts };
}
