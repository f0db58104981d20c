import { useMemo } from 'react';
import { useI18n } from '../i18n';
import { highlightJson, jsonRangeDrawer } from '../lib/json-highlight';
import { HighlightedTextarea } from './HighlightedTextarea';

/**
 * Above this many characters a pane's JSON is drawn only where it is in view while nobody
 * edits it: a 100 KB payload laid out in a textarea and again in its coloured copy took 45 ms
 * of layout at every change (docs/performance.md).
 */
export const LARGE_JSON_ABOVE = 20_000;

export function JsonEditor({
  id,
  label,
  value,
  invalid,
  describedBy,
  onChange,
  rows,
  maxRows,
  readOnly = false,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly invalid: boolean;
  readonly describedBy?: string;
  readonly onChange: (value: string) => void;
  readonly rows: number;
  readonly maxRows?: number;
  readonly readOnly?: boolean;
}) {
  const { t } = useI18n();
  const large = value.length > LARGE_JSON_ABOVE;
  // The view draws its rows; a coloured copy of the whole text is for a text it does not take.
  const highlight = useMemo(() => (large ? null : highlightJson(value)), [large, value]);
  const drawRange = useMemo(() => jsonRangeDrawer(value), [value]);
  return (
    <HighlightedTextarea
      id={id}
      className="json-editor"
      aria-label={label}
      value={value}
      onChange={onChange}
      highlight={highlight}
      drawRange={drawRange}
      viewLabel={t('json.view', { name: label })}
      lines
      largeAbove={LARGE_JSON_ABOVE}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      rows={rows}
      {...(maxRows ? { maxRows } : {})}
      readOnly={readOnly}
    />
  );
}
