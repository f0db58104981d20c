import type { ReactNode } from 'react';
import { tokenSteps, type PartSteps } from '../../core/explain/steps';
import type { ParsedToken } from '../../core/jws/parse';
import { useI18n, useMessages } from '../i18n';
import { learnMessages } from '../i18n/messages/learn';
import { Step } from './Step';

/** Characters base64url changes, marked so the reader sees them in the real text. */
function marked(text: string, chars: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    if (!chars.includes(text[i]!)) continue;
    if (i > last) out.push(text.slice(last, i));
    out.push(
      <mark key={i} className="changed">
        {text[i]}
      </mark>,
    );
    last = i + 1;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function PartSteps({ part, steps }: { part: 'header' | 'payload'; steps: PartSteps }) {
  const { t: page } = useI18n();
  const t = useMessages(learnMessages);
  const name = page(`part.name.${part}`);
  const more = steps.cut ? '…' : '';
  return (
    <>
      <Step title={t('how.json.title', { part: name })} sentence={t(`how.json.${part}`)}>
        {steps.text.slice(0, 4096)}
        {steps.text.length > 4096 ? '…' : ''}
      </Step>
      <Step title={t('how.utf8.title')} sentence={t('how.utf8', { bytes: steps.byteLength })}>
        {steps.utf8Hex}
        {more}
      </Step>
      <Step title={t('how.base64.title')} sentence={t('how.base64')}>
        {marked(steps.base64, '+/=')}
        {more}
      </Step>
      <Step title={t('how.base64url.title')} sentence={t('how.base64url', steps.changes)}>
        {marked(steps.base64url, '-_')}
        {more}
      </Step>
    </>
  );
}

/** The current token rebuilt step by step, with its real values (loaded when opened). */
export default function HowItsMade({ parsed }: { readonly parsed: ParsedToken }) {
  const t = useMessages(learnMessages);
  const steps = tokenSteps(parsed);
  if (!steps) return <p className="quiet">{t('how.unavailable')}</p>;
  const key = steps.keyKind === 'secret' ? t('how.key.secret') : t('how.key.privateKey');
  const formula =
    steps.keyKind === 'none'
      ? t('how.formula.none')
      : `${steps.formula}(\n  base64UrlEncode(header) + "." + base64UrlEncode(payload),\n  ${key}\n)`;
  return (
    <ol className="steps">
      <PartSteps part="header" steps={steps.header} />
      <PartSteps part="payload" steps={steps.payload} />
      <Step
        title={t('how.input.title')}
        sentence={t('how.input', { length: steps.signingInputLength })}
      >
        {steps.signingInput}
        {steps.signingInput.length < steps.signingInputLength ? '…' : ''}
      </Step>
      <Step
        title={t('how.formula.title')}
        sentence={t(steps.keyKind === 'none' ? 'how.formula.unsigned' : 'how.formula', {
          alg: steps.alg,
        })}
      >
        {formula}
      </Step>
      <Step
        title={t('how.signature.title')}
        sentence={t('how.signature', { bytes: steps.signature.byteLength })}
      >
        {`hex:       ${steps.signature.hex}\nbase64url: ${steps.signature.base64url}`}
      </Step>
    </ol>
  );
}
