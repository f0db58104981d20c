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

/** The token's text with each part in an element carrying `data-part` (ui-contract.md). */
function coloured(text: string, parsed: ParsedToken, marks: ReadonlySet<number>): ReactNode[] {
  const { segments } = parsed;
  if (segments.length === 0) return withMarks(text, 0, marks);
  const out: ReactNode[] = [];
  let last = 0;
  segments.forEach((segment, index) => {
    if (segment.start > last) out.push(...withMarks(text.slice(last, segment.start), last, marks));
    const part = PARTS[index];
    const content = withMarks(segment.text, segment.start, marks);
    out.push(
      part ? (
        <span key={index} data-part={part} className={`part-${part}`}>
          {content}
        </span>
      ) : (
        <span key={index} className="part-extra">
          {content}
        </span>
      ),
    );
    last = segment.start + segment.text.length;
  });
  if (last < text.length) out.push(...withMarks(text.slice(last), last, marks));
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
        highlight={coloured(value, parsed, markedOffsets(parsed.diagnostics))}
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
