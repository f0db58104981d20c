import { useI18n } from '../i18n';

/** A part of the page that loads on demand and did not arrive: said so, with a way to retry. */
export function LoadFailed({
  what,
  onRetry,
}: {
  readonly what: string;
  readonly onRetry: () => void;
}) {
  const { t } = useI18n();
  return (
    <p className="load-failed" aria-live="polite">
      {t('load.failed', { what })}{' '}
      <button type="button" className="button small" onClick={onRetry}>
        {t('load.retry')}
      </button>
    </p>
  );
}
