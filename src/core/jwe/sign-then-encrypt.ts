/**
 * A nested JWT made from the panes (RFC 7519 §5.2; issue 10 point 5): the payload signed as a
 * compact JWS with the inner alg and the Secret or Private key box, then that JWS encrypted
 * for the key in `Encryption key` (or the public half of the `Decryption key`), the JWE header
 * saying `cty: "JWT"` (RFC 7519 §5.1: MUST be present, and "JWT", when nesting). Sign first,
 * then encrypt: the signature then covers the claims, and the encryption hides the signer.
 */
import { encodeToken } from '../debug/encode';
import { KeyChunks, type KeyInputs, type KeyReports } from '../debug/key-inputs';
import type { Diagnostic } from '../diagnostics';
import { utf8Encode } from '../encoding/utf8';
import { compactPane } from '../jose/compact-pane';
import { isJsonObject } from '../json/is-object';
import { parseJson } from '../json/parse';
import type { JweProblem } from './codes';
import type { JweValues } from './decrypt';
import { encryptJwe, encryptionKeyOf, type EncryptedFor } from './encrypt';

export type SignThenEncryptResult =
  | {
      readonly ok: true;
      readonly token: string;
      /** The nested JWS that was encrypted. */
      readonly inner: string;
      readonly values: JweValues;
      readonly encryptedFor: EncryptedFor;
    }
  | {
      readonly ok: false;
      readonly problems: readonly Diagnostic[];
      readonly kindProblems: readonly JweProblem[];
      /** The Secret, Public key and Private key boxes, read for the inner alg. */
      readonly keys: KeyReports;
      readonly compact: { readonly header?: string; readonly payload?: string };
    };

/** The nested JWS's header: the inner alg, and `typ: "JWT"` (RFC 7519 §5.1). */
export function innerHeaderOf(innerAlg: string): string {
  return JSON.stringify({ alg: innerAlg, typ: 'JWT' });
}

/**
 * The JWE header's compact JSON with `cty: "JWT"`: appended to the text as typed, so its bytes
 * stay the user's; re-serialized only when the user typed another `cty`.
 */
export function withJwtCty(header: string): string {
  const parsed = parseJson(header);
  if (!parsed.ok || !isJsonObject(parsed.value)) return header;
  const { cty } = parsed.value;
  if (cty === 'JWT') return header;
  if (cty !== undefined) return JSON.stringify({ ...parsed.value, cty: 'JWT' });
  const separator = Object.keys(parsed.value).length === 0 ? '' : ',';
  return `${header.trimEnd().slice(0, -1)}${separator}"cty":"JWT"}`;
}

export async function signThenEncrypt(
  headerText: string,
  payloadText: string,
  innerAlg: string,
  keys: KeyInputs,
  chunks = new KeyChunks(),
): Promise<SignThenEncryptResult> {
  const problems: Diagnostic[] = [];
  const header = compactPane(headerText, 'header', problems);
  const signed = await encodeToken(innerHeaderOf(innerAlg), payloadText, keys, chunks);
  const compact = {
    ...(header !== undefined ? { header } : {}),
    ...(signed.ok
      ? { payload: signed.payload }
      : signed.compact.payload !== undefined
        ? { payload: signed.compact.payload }
        : {}),
  };
  if (!signed.ok) {
    return {
      ok: false,
      problems: [...problems, ...signed.problems],
      kindProblems: [],
      keys: signed.keys,
      compact,
    };
  }
  if (header === undefined)
    return { ok: false, problems, kindProblems: [], keys: signed.inspection.keys, compact };
  const key = encryptionKeyOf(keys);
  const result = await encryptJwe({
    protectedHeader: withJwtCty(header),
    plaintext: utf8Encode(signed.token),
    key: key.text,
  });
  if (result.status === 'encrypted') {
    const { token, values } = result;
    const encryptedFor = { facts: result.key, box: key.box };
    return { ok: true, token, inner: signed.token, values, encryptedFor };
  }
  return {
    ok: false,
    problems,
    kindProblems: [
      { kind: 'jwe', code: result.code, detail: 'detail' in result ? result.detail : {} },
    ],
    keys: signed.inspection.keys,
    compact,
  };
}
