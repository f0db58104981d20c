import { analyseTimes, type TimeStatus } from '../../core/claims/analyse-times';
import { lazy, Suspense } from 'react';
import { isNumericDateInfo, type NumericDateReading } from '../../core/claims/time';
import type { JsonNumberNote } from '../../core/json/types';
import { useI18n, type Translate } from '../i18n';
import { useClaimExplainer } from '../i18n/claim-texts';
import { duration, formatCount, localTime, relativeTime } from '../lib/time';
import { isJsonObject } from '../../core/json/is-object';
import { Icon, type IconName } from './Icon';

type Where = 'payload' | 'header';

// The meaning cells render only once the claim texts have loaded: their code loads with them.
const IssuerLine = lazy(() => import('./ClaimMeaning').then((m) => ({ default: m.IssuerLine })));
const Meaning = lazy(() => import('./ClaimMeaning').then((m) => ({ default: m.Meaning })));

interface Props {
  readonly where: Where;
  readonly label: string;
  readonly value: unknown;
  readonly numbers: readonly JsonNumberNote[];
  readonly now: number;
  /** SD-JWT: the claims that came from a disclosure; the others are always visible. */
  readonly disclosed?: readonly string[];
}

/** Values longer than this are cut in the table; the payload editor has them whole. */
const SHOWN_CHARACTERS = 2000;

/**
 * A value as JSON, with top-level numbers as written in the token, and how many characters
 * the table leaves out. A long string is only turned into JSON as far as it is shown: all of
 * a megabyte claim would take tens of milliseconds for 2,000 characters.
 */
function valueText(
  name: string,
  value: unknown,
  numbers: readonly JsonNumberNote[],
): { readonly text: string; readonly more: number } {
  const note = numbers.find((n) => n.path.length === 1 && n.path[0] === name);
  if (note) return { text: note.text, more: 0 };
  if (typeof value === 'string' && value.length > SHOWN_CHARACTERS) {
    // Without its closing quote: the text goes on.
    const shown = JSON.stringify(value.slice(0, SHOWN_CHARACTERS)).slice(0, -1);
    return { text: shown, more: value.length - SHOWN_CHARACTERS };
  }
  const text =
    typeof value === 'string'
      ? JSON.stringify(value)
      : (JSON.stringify(value, null, 1) ?? String(value));
  return text.length > SHOWN_CHARACTERS
    ? { text: text.slice(0, SHOWN_CHARACTERS), more: text.length - SHOWN_CHARACTERS }
    : { text, more: 0 };
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
  const locale = language === 'zh' ? 'zh-CN' : 'en';
  if (!isNumericDateInfo(reading))
    return <p className="time-problem">{t('time.problem', { problem: reading.problem })}</p>;
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
          <span aria-hidden="true">! </span>
          {t('time.ms', { iso: reading.isoIfMilliseconds })}
        </p>
      )}
    </div>
  );
}

/** One row per claim or header parameter: name, value (times as dates), meaning. */
export function ClaimsTable({ where, label, value, numbers, now, disclosed }: Props) {
  const { t, language } = useI18n();
  const explainer = useClaimExplainer(language);
  if (!isJsonObject(value)) return null;
  const entries = Object.entries(value);
  if (entries.length === 0) return <p className="quiet">{t('claims.none')}</p>;
  const family = where === 'payload' ? explainer?.issuerFamily(value) : undefined;
  const explanations = new Map(
    (explainer?.explainClaims(where, value, family ? { family: family.code } : {}) ?? []).map(
      (e) => [e.name, e],
    ),
  );
  const texts = explainer?.texts ?? {};
  const times = where === 'payload' ? analyseTimes(value, { now }) : undefined;
  const locale = language === 'zh' ? 'zh-CN' : 'en';
  return (
    <div className="table-scroll">
      {family && explainer && (
        <Suspense fallback={null}>
          <IssuerLine family={family} explainer={explainer} />
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
          {entries.map(([name, claimValue]) => {
            const explanation = explanations.get(name);
            const text = explanation ? texts[explanation.textKey] : undefined;
            const reading =
              times && Object.hasOwn(times.claims, name) ? times.claims[name] : undefined;
            const status = times?.statuses.find((s) => s.claim === name);
            return (
              <tr key={name} role="row">
                <th role="rowheader" scope="row">
                  <code>{name}</code>
                  {explanation?.info && <span className="claim-title">{text?.title}</span>}
                  {explanation && !explanation.info && <span className="tag">{text?.title}</span>}
                  {disclosed && (
                    <span className={`tag ${disclosed.includes(name) ? 'tone-good' : ''}`}>
                      {t(disclosed.includes(name) ? 'claims.disclosed' : 'claims.alwaysVisible')}
                    </span>
                  )}
                </th>
                <td role="cell" className="claim-value">
                  <Value {...valueText(name, claimValue, numbers)} />
                  {reading && <TimeDetails reading={reading} {...(status ? { status } : {})} />}
                  {name === 'exp' && times?.lifetime !== undefined && (
                    <p className="quiet">
                      {t('time.lifetime', { duration: duration(times.lifetime, locale) })}
                    </p>
                  )}
                </td>
                <td role="cell" className="claim-meaning">
                  {explanation && explainer && (
                    <Suspense fallback={null}>
                      <Meaning explanation={explanation} explainer={explainer} />
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
