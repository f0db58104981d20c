import type { TimeStatus } from '../../core/claims/analyse-times';
import type { ClaimsTable as ClaimsTableRows } from '../../core/claims/table';
import { lazy, Suspense } from 'react';
import { isNumericDateInfo, type NumericDateReading } from '../../core/claims/time';
import { useI18n, type Translate } from '../i18n';
import { useClaimWords } from '../i18n/claim-texts';
import { duration, formatCount, intlLocale, localTime, relativeTime } from '../lib/time';
import { Icon, type IconName } from './Icon';

// The meaning cells render only once the claim texts have loaded: their code loads with them.
const IssuerLine = lazy(() => import('./ClaimMeaning').then((m) => ({ default: m.IssuerLine })));
const Meaning = lazy(() => import('./ClaimMeaning').then((m) => ({ default: m.Meaning })));

interface Props {
  readonly label: string;
  readonly table: ClaimsTableRows;
}

function Value({ text, more }: { readonly text: string; readonly more: number }) {
  const { t } = useI18n();
  if (more === 0) return <code className="wrap">{text}</code>;
  return (
    <>
      <code className="wrap">{text}…</code>
      <p className="quiet">{t('claims.cut', { count: formatCount(more) })}</p>
    </>
  );
}

function statusWords(
  t: Translate,
  status: TimeStatus,
  locale: string,
): { mark: IconName; tone: string; text: string } {
  const rel = (seconds: number) => relativeTime(seconds, locale);
  switch (status.state) {
    case 'expired':
      return {
        mark: 'cross',
        tone: 'bad',
        text: `${t('time.status.expired')} · ${t('time.expiredAgo', { relative: rel(-status.ago) })}`,
      };
    case 'not-yet-valid':
      return {
        mark: 'cross',
        tone: 'bad',
        text: `${t('time.status.notYetValid')} · ${t('time.validFrom', { relative: rel(status.in) })}`,
      };
    case 'in-future':
      return {
        mark: 'warning',
        tone: 'warn',
        text: `${t('time.status.inFuture')} · ${rel(status.by)}`,
      };
    case 'stale':
      return {
        mark: 'warning',
        tone: 'warn',
        text: `${t('time.status.stale')} · ${rel(-status.ago)}`,
      };
    case 'fresh':
      return {
        mark: 'check',
        tone: 'good',
        text: `${t('time.status.fresh')} · ${rel(status.for)}`,
      };
    case 'past':
      return { mark: 'dot', tone: 'neutral', text: rel(-status.ago) };
    case 'valid':
      if (status.claim === 'exp') {
        return {
          mark: 'check',
          tone: 'good',
          text: `${t('time.status.valid')} · ${t('time.expiresIn', { relative: rel(status.expiresIn) })}`,
        };
      }
      if (status.claim === 'nbf')
        return {
          mark: 'check',
          tone: 'good',
          text: `${t('time.status.valid')} · ${rel(-status.since)}`,
        };
      return {
        mark: 'check',
        tone: 'good',
        text: t('time.issued', { relative: rel(-status.ago) }),
      };
  }
}

function TimeDetails({
  reading,
  status,
}: {
  readonly reading: NumericDateReading;
  readonly status?: TimeStatus;
}) {
  const { t, language } = useI18n();
  const locale = intlLocale(language);
  if (!isNumericDateInfo(reading))
    return <p className="time-problem">{t(`time.problem.${reading.problem}`)}</p>;
  const words = status ? statusWords(t, status, locale) : undefined;
  return (
    <div className="time">
      {reading.iso && (
        <p>
          <span className="time-label">{t('time.utc')}</span>{' '}
          <time dateTime={reading.iso}>{reading.iso}</time>
        </p>
      )}
      {reading.iso && (
        <p>
          <span className="time-label">{t('time.local')}</span> {localTime(reading.iso, locale)}
        </p>
      )}
      {words && (
        <p className={`time-status tone-${words.tone}`}>
          <Icon name={words.mark} /> {words.text}
        </p>
      )}
      {reading.looksLikeMilliseconds && reading.isoIfMilliseconds && (
        <p className="time-status tone-warn">
          <Icon name="warning" /> {t('time.ms', { iso: reading.isoIfMilliseconds })}
        </p>
      )}
    </div>
  );
}

/** One row per claim or header parameter: name, value (times as dates), meaning. */
export function ClaimsTable({ label, table }: Props) {
  const { t, language } = useI18n();
  const words = useClaimWords(language);
  const { where, rows, family } = table;
  if (rows.length === 0) return <p className="quiet">{t('claims.none')}</p>;
  const texts = words?.texts ?? {};
  const locale = intlLocale(language);
  return (
    <div className="table-scroll">
      {family && words && (
        <Suspense fallback={null}>
          <IssuerLine family={family} explainer={words} />
        </Suspense>
      )}
      <table role="table" aria-label={label} className="claims">
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">
              {t(where === 'payload' ? 'claims.column.name' : 'headerParams.column.name')}
            </th>
            <th role="columnheader" scope="col">
              {t('claims.column.value')}
            </th>
            <th role="columnheader" scope="col">
              {t('claims.column.meaning')}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => {
            const { explanation } = row;
            const text = explanation ? texts[explanation.textKey] : undefined;
            return (
              <tr key={row.name} role="row">
                <th role="rowheader" scope="row">
                  <code>{row.name}</code>
                  {explanation?.info && <span className="claim-title">{text?.title}</span>}
                  {explanation && !explanation.info && <span className="tag">{text?.title}</span>}
                  {row.disclosed !== undefined && (
                    <span className={`tag ${row.disclosed ? 'tone-good' : ''}`}>
                      {t(row.disclosed ? 'claims.disclosed' : 'claims.alwaysVisible')}
                    </span>
                  )}
                </th>
                <td role="cell" className="claim-value">
                  <Value text={row.text} more={row.more} />
                  {row.reading && (
                    <TimeDetails
                      reading={row.reading}
                      {...(row.status ? { status: row.status } : {})}
                    />
                  )}
                  {row.lifetime !== undefined && (
                    <p className="quiet">
                      {t('time.lifetime', { duration: duration(row.lifetime, locale) })}
                    </p>
                  )}
                </td>
                <td role="cell" className="claim-meaning">
                  {explanation && words && (
                    <Suspense fallback={null}>
                      <Meaning explanation={explanation} explainer={words} />
                    </Suspense>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
