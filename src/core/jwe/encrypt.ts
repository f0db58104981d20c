/**
 * Encrypts a plaintext into a compact JWE (RFC 7516 §5.1) for the key in `Encryption key`: a
 * fresh CEK and IV each time, the parameters the alg needs added to the user's header, the
 * plaintext compressed first when the header says `zip: "DEF"`.
 */
import type { KeyInputs } from '../debug/key-inputs';
import { encodeBase64url } from '../encoding/base64url';
import { utf8Encode } from '../encoding/utf8';

import { isJsonObject } from '../json/is-object';
import { parseJson } from '../json/parse';
import { randomBytes } from './bytes';
import type { JweCode, JweDetail, JweDiagnostic, JweUnsupportedCode } from './codes';
import { encryptContent } from './content';
import type { JweValues } from './decrypt';
import { readJweHeader } from './header';
import { readEncryptionKey, type JweKey, type JweKeyFacts } from './key';
import { jweSupport } from './support';
import { wrapCek } from './wrap';
import { deflateRaw } from './zip';

export interface EncryptInput {
  /** The protected header's JSON text (the compact JSON the user's header becomes). */
  readonly protectedHeader: string;
  readonly plaintext: Uint8Array;
  /** The `Encryption key` text, or a key read before. */
  readonly key: string | JweKey;
  /**
   * A given CEK and IV, only to reproduce a published example (RFC 7520): a real token needs
   * fresh ones, which is what leaving this out gives.
   */
  readonly fixed?: { readonly cek?: Uint8Array; readonly iv?: Uint8Array };
}

/** The key a JWE made from the panes was encrypted for, and the box it came from. */
export interface EncryptedFor {
  readonly facts: JweKeyFacts;
  /** `Encryption key`, or, that box empty, `Decryption key` (a private key's public half). */
  readonly box: 'encryption' | 'decryption';
}

/** The key to encrypt for: the Encryption key's, else the Decryption key's (ui-contract.md). */
export function encryptionKeyOf(keys: KeyInputs): {
  readonly text: string;
  readonly box: EncryptedFor['box'];
} {
  return keys.encryptionKey.trim() !== ''
    ? { text: keys.encryptionKey, box: 'encryption' }
    : { text: keys.decryptionKey, box: 'decryption' };
}

export type EncryptResult =
  | {
      readonly status: 'encrypted';
      readonly token: string;
      /** The header as encrypted: the user's, with `epk`, `p2s`/`p2c` or `iv`/`tag` added. */
      readonly protectedHeader: string;
      readonly values: JweValues;
      /** The key it was encrypted for, as read. */
      readonly key: JweKeyFacts;
    }
  | { readonly status: 'failed'; readonly code: JweCode; readonly detail: JweDetail }
  | {
      readonly status: 'unsupported';
      readonly code: JweUnsupportedCode;
      readonly detail: JweDetail;
    }
  | { readonly status: 'no-key'; readonly code: 'JWE_NO_KEY' };

/** Members the sender makes afresh for each token; a value typed in the header is replaced. */
const GENERATED = ['epk', 'p2s', 'iv', 'tag'];

function failed(code: JweCode, detail: JweDetail = {}): EncryptResult {
  return { status: 'failed', code, detail };
}

/**
 * The header text with `additions`: appended to the text as typed when none of its members is
 * replaced (so its bytes stay the user's), else re-serialized without the replaced members.
 */
function headerWith(
  text: string,
  header: Readonly<Record<string, unknown>>,
  additions: Readonly<Record<string, unknown>>,
): string {
  const names = Object.keys(additions);
  if (names.length === 0) return text;
  const replaced = names.some((name) => header[name] !== undefined);
  if (replaced)
    return JSON.stringify({
      ...Object.fromEntries(Object.entries(header).filter(([name]) => !names.includes(name))),
      ...additions,
    });
  const trimmed = text.trimEnd();
  const members = names
    .map((name) => `${JSON.stringify(name)}:${JSON.stringify(additions[name])}`)
    .join(',');
  const separator = Object.keys(header).length === 0 ? '' : ',';
  return `${trimmed.slice(0, -1)}${separator}${members}}`;
}

export async function encryptJwe(input: EncryptInput): Promise<EncryptResult> {
  const parsedHeader = parseJson(input.protectedHeader);
  if (!parsedHeader.ok)
    return failed('JWE_HEADER_INVALID', { reason: 'json', offset: parsedHeader.error.offset });
  if (!isJsonObject(parsedHeader.value))
    return failed('JWE_HEADER_INVALID', { reason: 'not-object' });
  const header = parsedHeader.value;
  // The header is checked as a recipient would, without the members this function makes.
  const diagnostics: JweDiagnostic[] = [];
  const own = Object.fromEntries(
    Object.entries(header).filter(([name]) => !GENERATED.includes(name)),
  );
  const params = readJweHeader(own, diagnostics);
  const { algorithm: alg, encryption: enc } = params;
  const blocking = diagnostics.find(
    (entry) =>
      entry.severity === 'error' &&
      !(
        entry.code === 'JWE_PARAM_MISSING' &&
        ['epk', 'p2s', 'p2c', 'iv', 'tag'].includes(String(entry.detail?.name))
      ),
  );
  if (blocking || !alg || !enc)
    return failed((blocking?.code ?? 'JWE_ALG_MISSING') as JweCode, { ...blocking?.detail });

  const support = await jweSupport(alg, enc);
  if (!support.supported)
    return {
      status: 'unsupported',
      code: support.code,
      detail: { name: support.name, capability: support.capability },
    };
  const { key: keyInput } = input;
  if (
    typeof keyInput === 'string' &&
    (alg.keyKind === 'password' ? keyInput === '' : keyInput.trim() === '')
  ) {
    return { status: 'no-key', code: 'JWE_NO_KEY' };
  }
  let key: JweKey;
  if (typeof keyInput === 'string') {
    const kid = typeof header.kid === 'string' ? { kid: header.kid } : {};
    const read = await readEncryptionKey(keyInput, { alg, enc, ...kid });
    if (!read.ok) {
      return read.code === 'JWE_CURVE_UNSUPPORTED'
        ? { status: 'unsupported', code: read.code, detail: read.detail }
        : failed(read.code, read.detail);
    }
    key = read.key;
  } else {
    key = keyInput;
  }
  const wrapped = await wrapCek({
    alg,
    enc,
    params,
    key,
    ...(input.fixed?.cek ? { cek: input.fixed.cek } : {}),
  });
  if (!wrapped.ok) return failed(wrapped.code, wrapped.detail);

  const protectedHeader = headerWith(input.protectedHeader, header, wrapped.header);
  const encodedProtectedHeader = encodeBase64url(utf8Encode(protectedHeader));
  const aad = utf8Encode(encodedProtectedHeader);
  let content = input.plaintext;
  if (params.zip === 'DEF') {
    if (typeof CompressionStream === 'undefined') return failed('JWE_ZIP_UNAVAILABLE');
    content = await deflateRaw(input.plaintext);
  }
  const iv = input.fixed?.iv ?? randomBytes(enc.ivBytes);
  const { ciphertext, tag } = await encryptContent(enc, wrapped.cek, iv, aad, content);
  const token = [encodedProtectedHeader, wrapped.encryptedKey, iv, ciphertext, tag]
    .map((part) => (typeof part === 'string' ? part : encodeBase64url(part)))
    .join('.');
  return {
    status: 'encrypted',
    token,
    protectedHeader,
    key: key.facts,
    values: {
      protectedHeader,
      encodedProtectedHeader,
      aad,
      encryptedKey: wrapped.encryptedKey,
      iv,
      ciphertext,
      tag,
      cek: wrapped.cek,
      ...(wrapped.sharedSecret ? { sharedSecret: wrapped.sharedSecret } : {}),
      ...(wrapped.kek ? { kek: wrapped.kek } : {}),
      ...(params.zip === 'DEF' ? { compressed: content } : {}),
    },
  };
}
