import { highlightJson } from '../lib/json-highlight';
import { HighlightedTextarea } from './HighlightedTextarea';

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
  return (
    <HighlightedTextarea
      id={id}
      className="json-editor"
      aria-label={label}
      value={value}
      onChange={onChange}
      highlight={highlightJson(value)}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      rows={rows}
      {...(maxRows ? { maxRows } : {})}
      readOnly={readOnly}
    />
  );
}
