/**
 * "How it's made" for a JWE: RFC 7516 §5.1's steps with the token's real values (from a
 * decryption or an encryption), for the learning view. Long values are cut; lengths stay exact.
 */
import { encodeBase64url } from '../encoding/base64url';
import { bytesToHex } from '../encoding/hex';
import { SHOWN } from '../explain/steps';
import type { KeyManagementMode } from './algorithms';
import { aadLength, splitCek } from './aes-cbc-hmac';
import type { JweValues } from './decrypt';
import type { ParsedJwe } from './parse';
import { pbes2Salt } from './pbes2';

export interface ShownBytes {
  readonly hex: string;
  readonly base64url: string;
  readonly byteLength: number;
  readonly cut: boolean;
}

export type JweStepId =
  | 'mode'
  | 'cek'
  | 'key-agreement'
  | 'pbes2'
  | 'encrypted-key'
  | 'iv'
  | 'compress'
  | 'protected-header'
  | 'aad'
  | 'encrypt'
  | 'serialize';

export interface JweStep {
  readonly id: JweStepId;
  /** The step numbers of RFC 7516 §5.1 this covers, e.g. `[9, 10]`. */
  readonly rfcSteps: readonly number[];
  /** Where the rule comes from, e.g. `RFC 7518 §4.6.2`. */
  readonly source: string;
  readonly values: Readonly<Record<string, ShownBytes | string | number>>;
  /** Values of this step that only the recipient's key (or the sender) knows, when not given. */
  readonly unknown?: readonly string[];
}

export interface JweSteps {
  readonly alg: string;
  readonly enc: string;
  readonly mode: KeyManagementMode;
  readonly steps: readonly JweStep[];
  /** The CEK (and what comes from it) is known: the token was decrypted, or made here. */
  readonly cekKnown: boolean;
}

/**
 * The values of a token read without its key: everything the compact text carries, with no
 * CEK, no shared secret and no key-wrapping key (those need the recipient's key).
 */
export type TokenValues = Omit<JweValues, 'cek'> & { readonly cek?: Uint8Array };

/** What a compact JWE's own text says (RFC 7516 §7.1), for the steps before it is decrypted. */
export function tokenValues(parsed: ParsedJwe): TokenValues | undefined {
  const { header, encryptedKey, iv, ciphertext, tag, aad } = parsed;
  if (parsed.serialization !== 'compact' || !header || !encryptedKey || !iv || !ciphertext || !tag)
    return undefined;
  return {
    protectedHeader: header.text ?? '',
    encodedProtectedHeader: header.segment.text,
    aad,
    encryptedKey,
    iv,
    ciphertext,
    tag,
  };
}

export function shown(bytes: Uint8Array): ShownBytes {
  const part = bytes.subarray(0, SHOWN / 2);
  return {
    hex: bytesToHex(part),
    base64url: encodeBase64url(part),
    byteLength: bytes.length,
    cut: bytes.length > SHOWN / 2,
  };
}

function cut(text: string): string {
  return text.length > SHOWN ? text.slice(0, SHOWN) : text;
}

/**
 * The steps for a parsed token and the values its decryption (or encryption) used; with the
 * token's own values only (tokenValues), the CEK and what derives from it are `unknown`.
 */
export function jweSteps(parsed: ParsedJwe, values: TokenValues): JweSteps | undefined {
  const { algorithm: alg, encryption: enc, epk, apu, apv, p2s, p2c, zip } = parsed.params;
  if (!alg || !enc) return undefined;
  const steps: JweStep[] = [
    {
      id: 'mode',
      rfcSteps: [1],
      source: alg.source,
      values: { alg: alg.alg, mode: alg.mode, enc: enc.enc },
    },
  ];
  const cekStep =
    alg.mode === 'direct-encryption' ? 6 : alg.mode === 'direct-key-agreement' ? 3 : 2;
  steps.push({
    id: 'cek',
    rfcSteps: [cekStep],
    source: enc.source,
    values: values.cek ? { cek: shown(values.cek) } : {},
    ...(values.cek ? {} : { unknown: ['cek'] }),
  });
  if (alg.family === 'ecdh-es' && epk) {
    const wraps = alg.mode !== 'direct-key-agreement';
    const unknown = [
      ...(values.sharedSecret ? [] : ['z']),
      ...(wraps && !values.kek ? ['kek'] : []),
    ];
    steps.push({
      id: 'key-agreement',
      rfcSteps: [3],
      source: 'RFC 7518 §4.6.2',
      values: {
        crv: epk.curve.crv,
        ...(values.sharedSecret ? { z: shown(values.sharedSecret) } : {}),
        apu: shown(apu ?? new Uint8Array(0)),
        apv: shown(apv ?? new Uint8Array(0)),
        algorithmId: wraps ? alg.alg : enc.enc,
        keyDataLen: wraps ? alg.kwBits! : enc.cekBytes * 8,
        ...(values.kek ? { kek: shown(values.kek) } : {}),
      },
      ...(unknown.length > 0 ? { unknown } : {}),
    });
  }
  if (alg.family === 'pbes2' && p2s && p2c !== undefined) {
    steps.push({
      id: 'pbes2',
      rfcSteps: [4],
      source: 'RFC 7518 §4.8.1',
      values: {
        salt: shown(pbes2Salt(alg, p2s)),
        p2c,
        hash: alg.hash!,
        ...(values.kek ? { kek: shown(values.kek) } : {}),
      },
      ...(values.kek ? {} : { unknown: ['kek'] }),
    });
  }
  steps.push({
    id: 'encrypted-key',
    rfcSteps: alg.encryptedKey === 'empty' ? [5, 7] : [4, 7],
    source: alg.source,
    values: { encryptedKey: shown(values.encryptedKey) },
  });
  steps.push({ id: 'iv', rfcSteps: [9, 10], source: enc.source, values: { iv: shown(values.iv) } });
  if (zip === 'DEF') {
    steps.push({
      id: 'compress',
      rfcSteps: [11],
      source: 'RFC 7516 §4.1.3',
      values: values.compressed ? { compressed: shown(values.compressed) } : {},
      ...(values.compressed ? {} : { unknown: ['compressed'] }),
    });
  }
  steps.push({
    id: 'protected-header',
    rfcSteps: [12, 13],
    source: 'RFC 7516 §5.1',
    values: { json: cut(values.protectedHeader), encoded: cut(values.encodedProtectedHeader) },
  });
  steps.push({
    id: 'aad',
    rfcSteps: [14],
    source: 'RFC 7516 §5.1',
    values: { aad: shown(values.aad) },
  });
  const { cek } = values;
  const cbc: Readonly<Record<string, ShownBytes>> =
    enc.family !== 'aes-cbc-hmac'
      ? {}
      : cek
        ? (() => {
            const { macKey, encKey } = splitCek(enc, cek);
            return {
              macKey: shown(macKey),
              encKey: shown(encKey),
              al: shown(aadLength(values.aad)),
            };
          })()
        : { al: shown(aadLength(values.aad)) };
  steps.push({
    id: 'encrypt',
    rfcSteps: [15, 16, 17],
    source: enc.source,
    values: { ciphertext: shown(values.ciphertext), tag: shown(values.tag), ...cbc },
    ...(enc.family === 'aes-cbc-hmac' && !cek ? { unknown: ['macKey', 'encKey'] } : {}),
  });
  const compact = [
    values.encodedProtectedHeader,
    ...[values.encryptedKey, values.iv, values.ciphertext, values.tag].map(encodeBase64url),
  ].join('.');
  steps.push({
    id: 'serialize',
    rfcSteps: [19],
    source: 'RFC 7516 §7.1',
    values: { compact: cut(compact), length: compact.length },
  });
  return { alg: alg.alg, enc: enc.enc, mode: alg.mode, steps, cekKnown: cek !== undefined };
}
