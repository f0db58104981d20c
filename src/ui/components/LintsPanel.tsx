import type { Lint } from '../../core/lints';
import { useI18n, type Translate } from '../i18n';
import { Icon } from './Icon';

const MARK = { danger: 'danger', warning: 'warning', info: 'info' } as const;

/** A sub-message for a detail value, when the table has one (`lint.kid.kind.path`…). */
function word(t: Translate, prefix: string, value: unknown): string {
  const key = `${prefix}.${String(value)}`;
  return t.has(key) ? t(key) : String(value);
}

export function lintMessage(t: Translate, lint: Lint): string {
  const detail = lint.detail ?? {};
  switch (lint.rule) {
    case 'crit-unknown': {
      const names =
        typeof detail.names === 'string'
          ? (JSON.parse(detail.names) as string[]).join(t('punct.comma'))
          : '';
      return t('lint.crit-unknown', { reason: word(t, 'lint.crit.reason', detail.reason), names });
    }
    case 'kid-injection':
      return t('lint.kid-injection', { ...detail, kind: word(t, 'lint.kid.kind', detail.kind) });
    case 'long-lifetime':
      return t('lint.long-lifetime', { ...detail, from: word(t, 'lint.from', detail.from) });
    case 'sensitive-claim':
      return detail.reason === 'card-number'
        ? t('lint.sensitive.card-number', detail)
        : t('lint.sensitive-claim', {
            ...detail,
            category: word(t, 'lint.category', detail.category),
          });
    default: {
      const key = `lint.${lint.rule}`;
      return t.has(key) ? t(key, detail) : lint.rule;
    }
  }
}

/** Security findings: severity in words and a mark, the finding, and the rule's source. */
export function LintsPanel({ lints }: { readonly lints: readonly Lint[] }) {
  const { t } = useI18n();
  if (lints.length === 0) return <p className="quiet">{t('lints.none')}</p>;
  return (
    <ul className="lints">
      {lints.map((lint, index) => (
        <li key={`${lint.rule}-${index}`} className={`lint lint-${lint.severity}`}>
          <span className="lint-severity">
            <Icon name={MARK[lint.severity]} /> {t(`lints.severity.${lint.severity}`)}
          </span>
          <span className="lint-text">
            {lintMessage(t, lint)}{' '}
            <span className="quiet">{t('lints.source', { source: lint.source })}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
