/**
 * The header (with an `enc`) and payload lead: the payload's compact JSON encrypted for the
 * key in `Encryption key`, or the public half of the one in `Decryption key` (ui-contract.md).
 */
import type { Diagnostic } from '../diagnostics';
import type { KeyInputs } from '../debug/key-inputs';
import { utf8Encode } from '../encoding/utf8';
import { compactPane } from '../jose/compact-pane';
import type { JweProblem } from './codes';
import type { JweValues } from './decrypt';
import { encryptJwe, encryptionKeyOf, type EncryptedFor } from './encrypt';

type Failure = {
  readonly ok: false;
  readonly problems: readonly Diagnostic[];
  readonly kindProblems: readonly JweProblem[];
  readonly keys: Record<string, never>;
  readonly compact: { readonly header?: string; readonly payload?: string };
};

export async function encryptPanes(
  headerText: string,
  payloadText: string,
  keys: KeyInputs,
): Promise<
  | {
      readonly ok: true;
      readonly token: string;
      readonly values: JweValues;
      readonly encryptedFor: EncryptedFor;
    }
  | Failure
> {
  const problems: Diagnostic[] = [];
  const header = compactPane(headerText, 'header', problems);
  const payload = compactPane(payloadText, 'payload', problems);
  const compact = {
    ...(header !== undefined ? { header } : {}),
    ...(payload !== undefined ? { payload } : {}),
  };
  if (header === undefined || payload === undefined) {
    return { ok: false, problems, kindProblems: [], keys: {}, compact };
  }
  const key = encryptionKeyOf(keys);
  const result = await encryptJwe({
    protectedHeader: header,
    plaintext: utf8Encode(payload),
    key: key.text,
  });
  if (result.status === 'encrypted') {
    const encryptedFor = { facts: result.key, box: key.box };
    return { ok: true, token: result.token, values: result.values, encryptedFor };
  }
  const detail = 'detail' in result ? result.detail : {};
  return {
    ok: false,
    problems,
    kindProblems: [{ kind: 'jwe', code: result.code, detail }],
    keys: {},
    compact,
  };
}
