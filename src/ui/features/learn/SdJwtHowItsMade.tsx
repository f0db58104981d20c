import { useId, useState } from 'react';
import type { JsonPath } from '../../../core/json/types';
import { disclosureStepsOf, sdHashSteps, type DisclosureSteps } from '../../../core/sd-jwt/explain';
import type { DisclosureReport } from '../../../core/sd-jwt/process';
import type { LearnView } from '../../../core/view/learn';
import { Step } from '../../components/Step';
import { useMessages } from '../../i18n';
import { learnKindsMessages, type LearnKindsKey } from '../../i18n/messages/learn-kinds';
import { useComputed } from './use-computed';

type T = (key: LearnKindsKey, params?: Readonly<Record<string, string | number>>) => string;
type SdJwtLearn = Extract<LearnView, { kind: 'sd-jwt' }>;

/** Each disclosure's name as the Disclosures table writes it: ` (2)` where a name repeats. */
function namesOf(disclosures: readonly DisclosureReport[], t: T): string[] {
  const seen = new Map<string, number>();
  return disclosures.map((disclosure) => {
    const name =
      disclosure.kind === 'property' && disclosure.name !== undefined
        ? disclosure.name
        : t('sd.arrayElement');
    const repeat = (seen.get(name) ?? 0) + 1;
    seen.set(name, repeat);
    return repeat === 1 ? name : `${name} (${repeat})`;
  });
}

function pathText(path: JsonPath, t: T): string {
  if (path.length === 0) return t('sd.root');
  return path
    .map((step, index) =>
      typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`,
    )
    .join('');
}

function DisclosureMade({ steps, t }: { readonly steps: DisclosureSteps; readonly t: T }) {
  const element = steps.name === undefined;
  const parts = [
    `${t('sd.label.salt')}:  ${JSON.stringify(steps.salt)}`,
    ...(element ? [] : [`${t('sd.label.name')}:  ${JSON.stringify(steps.name)}`]),
    `${t('sd.label.value')}:  ${steps.valueText}`,
  ].join('\n');
  const cut = steps.utf8Hex.length < steps.utf8Length * 2 ? '…' : '';
  const place = steps.placement
    ? t(steps.placement.kind === 'array' ? 'sd.place.array' : 'sd.place.object', {
        path: pathText(steps.placement.path, t),
      })
    : t('sd.place.none');
  return (
    <>
      <Step title={t('sd.parts.title')} sentence={t(element ? 'sd.parts.element' : 'sd.parts')}>
        {parts}
      </Step>
      <Step title={t('sd.array.title')} sentence={t('sd.array')}>
        {steps.array}
      </Step>
      <Step title={t('sd.utf8.title')} sentence={t('sd.utf8', { bytes: steps.utf8Length })}>
        {steps.utf8Hex}
        {cut}
      </Step>
      <Step title={t('sd.base64url.title')} sentence={t('sd.base64url')}>
        {steps.disclosure}
      </Step>
      <Step
        title={t('sd.digest.title')}
        sentence={t('sd.digest', { alg: steps.sdAlg })}
        note={place}
      >
        {steps.digest}
      </Step>
    </>
  );
}

function Disclosures({ learn, t }: { readonly learn: SdJwtLearn; readonly t: T }) {
  const id = useId();
  const [chosen, setChosen] = useState(0);
  const processed = learn.sdJwt?.processed;
  const disclosures = processed?.disclosures ?? [];
  const index = Math.min(chosen, Math.max(0, disclosures.length - 1));
  const report = disclosures[index];
  const sdAlg = processed?.sdAlg;
  // The disclosure's own JSON text and the hash name say all the steps depend on.
  const key = `${sdAlg}|${report?.text ?? ''}|${report?.path?.join('/') ?? ''}`;
  const computed = useComputed(key, () =>
    report && sdAlg ? disclosureStepsOf(report, sdAlg) : undefined,
  );
  if (!learn.sdJwt) return <p className="quiet">{t('sd.loading')}</p>;
  if (disclosures.length === 0) return <p className="quiet">{t('sd.none')}</p>;
  const names = namesOf(disclosures, t);
  return (
    <>
      <div className="field">
        <label htmlFor={id} className="field-label">
          {t('sd.choose')}
        </label>
        <select id={id} value={index} onChange={(event) => setChosen(Number(event.target.value))}>
          {names.map((name, at) => (
            <option key={at} value={at}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {!sdAlg ? (
        <p className="quiet">{t('sd.unsupportedAlg')}</p>
      ) : report?.json === undefined ? (
        <p className="quiet">{t('sd.malformed')}</p>
      ) : computed.value ? (
        <ol className="steps">
          <DisclosureMade steps={computed.value} t={t} />
        </ol>
      ) : (
        <p className="quiet">{t('sd.loading')}</p>
      )}
    </>
  );
}

/** §4.3.1: the sd_hash over the presentation, beside the one the KB-JWT holds. */
function SdHash({ learn, t }: { readonly learn: SdJwtLearn; readonly t: T }) {
  const parsed = learn.sdJwt?.parsed;
  const sdAlg = learn.sdJwt?.processed.sdAlg;
  const kb = parsed?.kbJwt;
  const input = parsed?.sdJwt ?? '';
  const computed = useComputed(`${sdAlg}|${input}`, () =>
    kb && sdAlg ? sdHashSteps(input, sdAlg) : undefined,
  );
  if (!kb || !sdAlg || !computed.value) return null;
  const payload = kb.parsed.payload?.json;
  const claimed =
    typeof payload === 'object' && payload !== null && 'sd_hash' in payload
      ? (payload as { sd_hash: unknown }).sd_hash
      : undefined;
  const note =
    claimed === undefined
      ? t('sd.sdHash.missing')
      : claimed === computed.value.sdHash
        ? t('sd.sdHash.matches')
        : t('sd.sdHash.differs', { claimed: JSON.stringify(claimed) });
  return (
    <ol className="steps">
      <Step
        title={t('sd.sdHash.title')}
        sentence={t('sd.sdHash', { alg: computed.value.sdAlg })}
        note={note}
      >
        {`${computed.value.input.length > 4096 ? `${computed.value.input.slice(0, 4096)}…` : computed.value.input}\n\nsd_hash: ${computed.value.sdHash}`}
      </Step>
    </ol>
  );
}

/** An SD-JWT's disclosures made step by step (RFC 9901 §4.2), and its key binding's sd_hash. */
export default function SdJwtHowItsMade({ learn }: { readonly learn: SdJwtLearn }) {
  const t = useMessages(learnKindsMessages);
  return (
    <>
      <Disclosures learn={learn} t={t} />
      <SdHash learn={learn} t={t} />
      {learn.issuer && <p className="how-known">{t('sd.issuer')}</p>}
    </>
  );
}
