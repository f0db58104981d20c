import type { ReactNode } from 'react';
import type { TokenPart, TokenPartName } from '../../core/view/model';
import { useI18n } from '../i18n';
import { HighlightedTextarea } from './HighlightedTextarea';

/** A run of the text with its marked characters wrapped in <mark>. */
function withMarks(text: string, start: number, marks: ReadonlySet<number>): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const at of [...marks]
    .filter((m) => m >= start && m < start + text.length)
    .sort((a, b) => a - b)) {
    const index = at - start;
    if (index > last) out.push(text.slice(last, index));
    const char = String.fromCodePoint(text.codePointAt(index)!);
    out.push(
      <mark key={at} className="bad-char">
        {char}
      </mark>,
    );
    last = index + char.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/**
 * The token's text from `from` to `to` with each part in its own colour. Tagged, each part's
 * element carries `data-part` (ui-contract.md): the whole text is drawn tagged once.
 */
function coloured(
  text: string,
  parts: readonly TokenPart[],
  marks: ReadonlySet<number>,
  from = 0,
  to = text.length,
  tagged = true,
): ReactNode[] {
  const plain = (start: number, end: number) => withMarks(text.slice(start, end), start, marks);
  const out: ReactNode[] = [];
  let last = from;
  parts.forEach((part, index) => {
    const start = Math.max(part.start, from);
    const end = Math.min(part.end, to);
    if (start >= end) return;
    if (start > last) out.push(...plain(last, start));
    out.push(
      <span
        key={index}
        data-part={tagged ? part.name : undefined}
        className={part.name ? `part-${part.name}` : 'part-extra'}
      >
        {plain(start, end)}
      </span>,
    );
    last = end;
  });
  if (last < to) out.push(...plain(last, to));
  return out;
}

export function TokenEditor({
  value,
  parts,
  partNames,
  marked,
  invalid,
  onChange,
}: {
  readonly value: string;
  readonly parts: readonly TokenPart[];
  readonly partNames: readonly TokenPartName[];
  readonly marked: readonly number[];
  readonly invalid: boolean;
  readonly onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  const marks = new Set(marked);
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
        highlight={coloured(value, parts, marks)}
        drawRange={(start, end) => coloured(value, parts, marks, start, end, false)}
        viewLabel={t('encoded.view')}
        placeholder={t('encoded.placeholder')}
        aria-invalid={invalid || undefined}
        aria-describedby="token-legend"
        rows={8}
      />
      <p id="token-legend" className="legend">
        {/* A JWS JSON serialization has no dots: its parts are its members. */}
        <span>{t(partNames.length > 0 ? 'encoded.legend' : 'encoded.legend.json')}</span>{' '}
        {partNames.map((part) => (
          <span key={part} className={`legend-chip chip-${part}`}>
            {t(`part.${part}`)}
          </span>
        ))}
      </p>
    </div>
  );
}
