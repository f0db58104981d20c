import type { ReactNode } from 'react';
import type { Diagnostic } from '../../core/diagnostics';
import type { ParsedToken } from '../../core/jws/parse';
import { useI18n } from '../i18n';
import { HighlightedTextarea } from './HighlightedTextarea';

const PARTS = ['header', 'payload', 'signature'] as const;

/** Offsets in the text as given of the characters diagnostics point at, to mark them. */
export function markedOffsets(diagnostics: readonly Diagnostic[]): ReadonlySet<number> {
  const offsets = new Set<number>();
  for (const d of diagnostics) {
    if (d.severity !== 'error') continue;
    const at = d.detail?.inputOffset ?? (d.part === 'token' ? d.offset : undefined);
    if (typeof at === 'number') offsets.add(at);
  }
  return offsets;
}

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
  parsed: ParsedToken,
  marks: ReadonlySet<number>,
  from = 0,
  to = text.length,
  tagged = true,
): ReactNode[] {
  const plain = (start: number, end: number) => withMarks(text.slice(start, end), start, marks);
  const out: ReactNode[] = [];
  let last = from;
  parsed.segments.forEach((segment, index) => {
    const start = Math.max(segment.start, from);
    const end = Math.min(segment.start + segment.text.length, to);
    if (start >= end) return;
    if (start > last) out.push(...plain(last, start));
    const part = PARTS[index];
    out.push(
      <span
        key={index}
        data-part={tagged ? part : undefined}
        className={part ? `part-${part}` : 'part-extra'}
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
  const marks = markedOffsets(parsed.diagnostics);
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
        highlight={coloured(value, parsed, marks)}
        drawRange={(start, end) => coloured(value, parsed, marks, start, end, false)}
        viewLabel={t('encoded.view')}
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
