import { useId, useState } from 'react';
import { useI18n } from '../i18n';
import { shareLink } from '../lib/share';

type Shared =
  | { readonly link: string; readonly withKey: boolean; readonly copied: boolean | undefined }
  | { readonly refused: true };

/**
 * The share link: the token, and the public key when the user keeps it in (never a secret or
 * private key: lib/share.ts refuses to make such a link). Written to the clipboard and shown,
 * so that a failed write loses nothing.
 */
export function ShareLink({
  token,
  publicKey,
}: {
  readonly token: string;
  /** The Public key box's text while the alg takes one; empty otherwise. */
  readonly publicKey: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [includeKey, setIncludeKey] = useState(true);
  const [shared, setShared] = useState<Shared>();
  const hasKey = publicKey.trim() !== '';

  const share = () => {
    void shareLink(token, window.location, hasKey && includeKey ? publicKey : undefined).then(
      (result) => {
        if (!result.ok) {
          setShared({ refused: true });
          return;
        }
        const { link, withKey } = result;
        setShared({ link, withKey, copied: undefined });
        navigator.clipboard.writeText(link).then(
          () => setShared({ link, withKey, copied: true }),
          () => setShared({ link, withKey, copied: false }),
        );
      },
    );
  };

  return (
    <>
      <button type="button" className="button small" disabled={token.trim() === ''} onClick={share}>
        {t('share.button')}
      </button>
      {hasKey && (
        <label className="checkbox share-key" htmlFor={`${id}-key`}>
          <input
            id={`${id}-key`}
            type="checkbox"
            checked={includeKey}
            onChange={(event) => setIncludeKey(event.target.checked)}
          />{' '}
          {t('share.includeKey')}
        </label>
      )}
      {shared && 'refused' in shared && (
        <p className="share-refused" role="status">
          {t('share.keyRefused')}
        </p>
      )}
      {shared && 'link' in shared && (
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
            {shared.copied === false
              ? t('share.failed')
              : t(shared.withKey ? 'share.noteWithKey' : 'share.note')}
          </p>
        </div>
      )}
    </>
  );
}
