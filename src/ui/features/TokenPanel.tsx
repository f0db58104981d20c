import { useState } from 'react';
import type { Action } from '../../core/view/inputs';
import type { Message, ViewModel } from '../../core/view/model';
import { CopyButton } from '../components/CopyButton';
import { TokenEditor } from '../components/TokenEditor';
import { useI18n } from '../i18n';
import { messageText } from '../lib/messages';
import { shareLink } from '../lib/share';

/** Notices: what the page changed or noticed about the token, in words. */
export function Notices({
  messages,
  extra = [],
}: {
  readonly messages: readonly Message[];
  readonly extra?: readonly string[];
}) {
  const { t } = useI18n();
  const lines = [...extra, ...messages.map((message) => messageText(t, message))];
  if (lines.length === 0) return null;
  return (
    <ul className="notices">
      {lines.map((line, index) => (
        <li key={index}>
          <span aria-hidden="true">ℹ </span>
          {line}
        </li>
      ))}
    </ul>
  );
}

/** The share link: written to the clipboard, and shown, so that a failed write loses nothing. */
function Share({ token }: { readonly token: string }) {
  const { t } = useI18n();
  const [shared, setShared] = useState<{ link: string; copied: boolean | undefined }>();
  return (
    <>
      <button
        type="button"
        className="button small"
        disabled={token.trim() === ''}
        onClick={() => {
          const link = shareLink(token, window.location);
          setShared({ link, copied: undefined });
          navigator.clipboard.writeText(link).then(
            () => setShared({ link, copied: true }),
            () => setShared({ link, copied: false }),
          );
        }}
      >
        {t('share.button')}
      </button>
      {shared && (
        <div className="field share">
          <label htmlFor="share-link" className="field-label">
            {t('share.label')}
          </label>
          <input
            id="share-link"
            readOnly
            value={shared.link}
            onFocus={(event) => event.target.select()}
          />
          <p className="quiet" aria-live="polite">
            {shared.copied === false ? t('share.failed') : t('share.note')}
          </p>
        </div>
      )}
    </>
  );
}

/** The `Encoded token` column: the token, copy and share, and what the page noticed. */
export function TokenPanel({
  view,
  fromLink,
  dispatch,
}: {
  readonly view: ViewModel;
  readonly fromLink: boolean;
  readonly dispatch: (action: Action) => void;
}) {
  const { t } = useI18n();
  return (
    <section className="column encoded" aria-labelledby="encoded-heading">
      <h2 id="encoded-heading">{t('encoded.heading')}</h2>
      <TokenEditor
        value={view.tokenText}
        parts={view.parts}
        partNames={view.partNames}
        marked={view.marks}
        invalid={view.tokenInvalid}
        onChange={(text) => dispatch({ type: 'token', text })}
      />
      <div className="actions">
        <CopyButton text={view.tokenText} what={t('encoded.label')} />
        <Share token={view.tokenText} />
      </div>
      <Notices messages={view.notices} extra={fromLink ? [t('share.loaded')] : []} />
      <p className="privacy quiet">{t('app.privacy')}</p>
    </section>
  );
}
