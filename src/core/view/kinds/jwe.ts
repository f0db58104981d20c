/**
 * The JWE's own part of the view (ui-contract.md, "Encrypted tokens"): the `Decryption
 * status`, the nested JWS's header, the security checks of the encryption. What depends on
 * the decryption key comes only from the result for the current inputs.
 */
import type { JweDiagnostic } from '../../jwe/codes';
import type { DecryptResult } from '../../jwe/decrypt';
import type { EncryptedFor } from '../../jwe/encrypt';
import type { JweInspection } from '../../jwe/inspect';
import type { JweLint } from '../../jwe/lints';
import { paneText } from '../inputs';

export type DecryptionView =
  /** The panes lead with an `enc` and have made no JWE yet: nothing to decrypt. */
  | { readonly state: 'none' }
  | { readonly state: 'pending' }
  | { readonly state: 'done'; readonly result: DecryptResult };

export interface JweView {
  readonly kind: 'jwe';
  readonly decryption: DecryptionView;
  /** The nested JWS's header text (`Inner header`), when the plaintext is one. */
  readonly innerHeader: string | undefined;
  /** The plaintext is a compact JWE again, or text that `cty: "JWT"` said would be a JWT. */
  readonly nested: 'jws' | 'jwe' | 'none' | undefined;
  readonly lints: readonly JweLint[];
  /** What the full reading of the token found (part lengths, header parameters). */
  readonly diagnostics: readonly JweDiagnostic[];
  /**
   * Present while the panes lead with an `enc`: they may sign, then encrypt (a nested JWT);
   * `innerAlg` is the alg the payload is signed with first, undefined when not nested.
   */
  readonly signThenEncrypt?: { readonly innerAlg: string | undefined };
  /** Present while the panes lead and have made the JWE shown: the key it was encrypted for. */
  readonly encryptedFor?: EncryptedFor;
}

/**
 * `facts`: any reading of the token's text; `current`: the one for the current keys; `made`:
 * false while the panes lead with an `enc` and no JWE is on screen yet; `exact`: the inner
 * header as its bytes, not laid out.
 */
export function jweView(
  facts: JweInspection | undefined,
  current: JweInspection | undefined,
  made = true,
  exact = false,
): JweView {
  return {
    kind: 'jwe',
    decryption: !made
      ? { state: 'none' }
      : current
        ? { state: 'done', result: current.decryption }
        : { state: 'pending' },
    innerHeader: current?.inner?.header && paneText(current.inner.header, exact),
    nested: current?.nested?.kind,
    lints: current?.lints ?? [],
    diagnostics: facts?.parsed.diagnostics ?? [],
  };
}

/**
 * The JWE's view while the panes lead with an `enc`: the sign-then-encrypt choice with it, and
 * the key the JWE shown was encrypted for, once the panes have made it.
 */
export function encryptingView(
  view: JweView,
  innerAlg: string | undefined,
  encryptedFor: EncryptedFor | undefined,
): JweView {
  return { ...view, signThenEncrypt: { innerAlg }, ...(encryptedFor ? { encryptedFor } : {}) };
}

/** The payload pane of a decrypted JWE: the nested JWS's payload, else the plaintext. */
export function jwePayload(current: JweInspection | undefined): string {
  if (!current) return '';
  return current.inner?.payload?.text ?? current.plaintext ?? '';
}
