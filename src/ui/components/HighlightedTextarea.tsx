import { useRef, type CSSProperties, type ReactNode, type TextareaHTMLAttributes } from 'react';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** What is drawn under the transparent text: the same characters, coloured. */
  readonly highlight: ReactNode;
}

/**
 * Above this many characters the text is shown plainly: laying out a second copy of megabytes
 * of wrapped text costs seconds. The backdrop stays in the DOM, hidden, so the parts remain.
 */
export const PLAIN_ABOVE = 200_000;

/**
 * A plain textarea (so paste, undo, `fill()` and `.value` work as everywhere) over a backdrop
 * that draws the same text in colours. Both wrap identically; the backdrop scrolls with it.
 */
export function HighlightedTextarea({
  value,
  onChange,
  highlight,
  className,
  rows = 4,
  ...rest
}: Props) {
  const backdrop = useRef<HTMLDivElement>(null);
  return (
    <div
      className={`highlighted ${value.length > PLAIN_ABOVE ? 'plain' : ''} ${className ?? ''}`}
      style={{ '--rows': rows } as CSSProperties}
    >
      <div className="highlighted-backdrop" aria-hidden="true" ref={backdrop}>
        {highlight}
        {/* A trailing newline in a textarea takes a line; give the backdrop the same. */}
        {'\n'}
      </div>
      <textarea
        {...rest}
        rows={rows}
        className="highlighted-input"
        value={value}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        onChange={(event) => onChange(event.target.value)}
        onScroll={(event) => {
          if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
        }}
      />
    </div>
  );
}
