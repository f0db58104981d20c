import type { ReactNode } from 'react';
import type { ParsedToken } from '../../core/jws/parse';
import { useI18n } from '../i18n';
import { HighlightedTextarea } from './HighlightedTextarea';

const PARTS = ['header', 'payload', 'signature'] as const;

/** The token's text with each part in an element carrying `data-part` (ui-contract.md). */
function coloured(text: string, parsed: ParsedToken): ReactNode[] {
  const { segments } = parsed;
  if (segments.length === 0) return [text];
  const out: ReactNode[] = [];
  let last = 0;
  segments.forEach((segment, index) => {
    if (segment.start > last) out.push(text.slice(last, segment.start));
    const part = PARTS[index];
    out.push(
      part ? (
        <span key={index} data-part={part} className={`part-${part}`}>
          {segment.text}
        </span>
      ) : (
        <span key={index} className="part-extra">
          {segment.text}
        </span>
      ),
    );
    last = segment.start + segment.text.length;
  });
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function TokenEditor({
  value,
  parsed,
  invalid,
  onChange,
}: {
  readonly value: string;
  readonly parsed: ParsedToken;
  readonly invalid: boolean;
  readonly onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor="token" className="field-label">
        {t('encoded.label')}
      </label>
      <HighlightedTextarea
        id="token"
        className="token-editor"
        value={value}
        onChange={onChange}
        highlight={coloured(value, parsed)}
        placeholder={t('encoded.placeholder')}
        aria-invalid={invalid || undefined}
        aria-describedby="token-legend"
        rows={8}
      />
      <p id="token-legend" className="legend">
        <span>{t('encoded.legend')}</span>{' '}
        {PARTS.map((part) => (
          <span key={part} className={`legend-chip chip-${part}`}>
            {t(`part.${part}`)}
          </span>
        ))}
      </p>
    </div>
  );
}
