import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';
import { Icon } from './Icon';

/** Copies text to the clipboard and says so for a moment (politely, for screen readers). */
export function CopyButton({ text, what }: { readonly text: string; readonly what: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const label = t('copy.label', { what });
  return (
    <span className="copy">
      <button
        type="button"
        className="button small"
        aria-label={label}
        disabled={text === ''}
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => setState('done'),
            () => setState('failed'),
          );
        }}
      >
        {state === 'done' ? (
          <>
            <Icon name="check" /> {t('copy.done')}
          </>
        ) : (
          label
        )}
      </button>
      <span className="copy-feedback" aria-live="polite">
        {state === 'failed' ? t('copy.failed') : ''}
      </span>
    </span>
  );
}
