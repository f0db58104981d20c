import { useEffect, useState } from 'react';
import type { KeyInputs } from '../../../core/debug/key-inputs';
import { isJsonObject } from '../../../core/json/is-object';
import { bindPresentation, type Binding } from '../../../core/sd-jwt/bind';
import type { Action } from '../../../core/view/inputs';
import { useI18n, useMessages, type Translate } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { sdJwtEn, sdJwtZh } from '../../i18n/messages/sd-jwt';
import { sdJwtUiMessages } from '../../i18n/messages/sd-jwt-ui';

function bindingFailure(
  t: Translate,
  language: 'en' | 'zh',
  failure: Extract<Binding, { ok: false }>,
) {
  if (failure.code === 'SD_ALG_UNSUPPORTED')
    return (language === 'zh' ? sdJwtZh : sdJwtEn).SD_ALG_UNSUPPORTED;
  if (failure.code.startsWith('SIGN_'))
    return t(`diag.${failure.code}` as MessageKey, failure.detail);
  return t(`keyerr.${failure.code}` as MessageKey, failure.detail);
}

/** The issuer payload binds a holder key (RFC 9901 §4.1.2: `cnf.jwk`). */
export function hasHolderJwk(issuerPayload: unknown): boolean {
  return (
    isJsonObject(issuerPayload) && isJsonObject(issuerPayload.cnf) && 'jwk' in issuerPayload.cnf
  );
}

/** How long typing pauses before a KB-JWT is signed for what was typed. */
const BIND_AFTER_MS = 250;

/**
 * The holder's side: with a holder key given, a key-binding JWT over what is presented, for the
 * audience and nonce typed, signed again whenever one of them or the presentation changes.
 */
export function Holder({
  token,
  issuerPayload,
  holderKey,
  onKeys,
  dispatch,
}: {
  readonly token: string;
  readonly issuerPayload: unknown;
  readonly holderKey: string;
  readonly onKeys: (patch: Partial<KeyInputs>) => void;
  readonly dispatch: (action: Action) => void;
}) {
  const ui = useMessages(sdJwtUiMessages);
  const { t, language } = useI18n();
  const [aud, setAud] = useState('https://verifier.example');
  const [nonce, setNonce] = useState('');
  const [failure, setFailure] = useState<{ for: string; text: string }>();
  const sdJwt = token.slice(0, token.lastIndexOf('~') + 1);
  // Not waiting for the disclosures' digests: they come and go as the token changes, and a
  // KB-JWT needs only the text and the issuer payload.
  const ready = holderKey.trim() !== '';
  const asked = `${sdJwt}\n${holderKey}\n${aud}\n${nonce}`;
  useEffect(() => {
    if (!ready) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      bindPresentation({ sdJwt, issuerPayload, holderKey, aud, nonce }).then(
        (binding) => {
          if (!live) return;
          if (binding.ok) {
            setFailure(undefined);
            dispatch({ type: 'bind', for: token, kbJwt: binding.kbJwt });
          } else setFailure({ for: asked, text: bindingFailure(t, language, binding) });
        },
        (error: unknown) => {
          if (live) setFailure({ for: asked, text: String(error) });
        },
      );
    }, BIND_AFTER_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `asked` names every input the KB-JWT is made of (a KB-JWT signed for the token as it is
    // now binds only it: the reducer drops one for another text); t and language only word a
    // failure, and a new KB-JWT on the same presentation needs no other.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [asked, ready]);
  return (
    <fieldset className="holder">
      <legend>{ui('holder.heading')}</legend>
      <p className="caption">{ui('holder.caption')}</p>
      <div className="field">
        <label htmlFor="holder-key" className="field-label">
          {ui('holder.key')}
        </label>
        <textarea
          id="holder-key"
          className="key-input"
          rows={3}
          value={holderKey}
          placeholder={ui('holder.key.placeholder')}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => onKeys({ holderKey: event.target.value })}
        />
      </div>
      <div className="field inline">
        <label htmlFor="holder-aud" className="field-label">
          {ui('holder.aud')}
        </label>
        <input id="holder-aud" value={aud} onChange={(event) => setAud(event.target.value)} />
        <label htmlFor="holder-nonce" className="field-label">
          {ui('holder.nonce')}
        </label>
        <input id="holder-nonce" value={nonce} onChange={(event) => setNonce(event.target.value)} />
      </div>
      {ready && failure?.for === asked && (
        <p className="key-failure" aria-live="polite">
          {ui('holder.failed', { reason: failure.text })}
        </p>
      )}
    </fieldset>
  );
}
