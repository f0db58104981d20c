/** The large-token view: a chunk of its own, loaded with the first token over 50,000 characters. */
import { flushSync } from 'react-dom';
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';

/** Lines drawn beyond the visible ones, so a quick scroll does not show a blank gap first. */
const OVERSCAN = 30;

/** Keys that edit: they are for the textarea, which takes focus before their action. */
function isEditingKey(event: KeyboardEvent): boolean {
  if (event.altKey) return false;
  if (event.ctrlKey || event.metaKey)
    return ['a', 'v', 'x', 'z', 'y'].includes(event.key.toLowerCase());
  return event.key.length === 1 || ['Backspace', 'Delete', 'Enter'].includes(event.key);
}

/** What the monospace font's advance is measured on: characters a token is made of. */
const PROBE = 'eyJhbGciOiJIUzI1NiJ9'.repeat(5);

interface Metrics {
  /** Characters per line: the view breaks a line of the text anywhere, as the token editor does. */
  readonly perLine: number;
  readonly lineHeight: number;
  readonly height: number;
}

/** Where each row of the view starts and ends in the text. */
interface Rows {
  readonly count: number;
  readonly start: (row: number) => number;
  readonly end: (row: number) => number;
}

/**
 * One unbroken text (`lineStarts` absent) is cut into rows of `perLine` characters; a text of
 * lines is cut at its line breaks first, and a long line into rows of `perLine`.
 */
export function rowsOf(length: number, perLine: number, lineStarts?: readonly number[]): Rows {
  if (lineStarts === undefined) {
    return {
      count: Math.ceil(length / perLine),
      start: (row) => row * perLine,
      end: (row) => Math.min(length, (row + 1) * perLine),
    };
  }
  let count = 0;
  const lineEnd = (line: number) =>
    line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : length;
  for (let line = 0; line < lineStarts.length; line++) {
    count += Math.max(1, Math.ceil((lineEnd(line) - lineStarts[line]!) / perLine));
  }
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  let row = 0;
  for (let line = 0; line < lineStarts.length; line++) {
    const end = lineEnd(line);
    let start = lineStarts[line]!;
    do {
      starts[row] = start;
      start = Math.min(end, start + perLine);
      ends[row++] = start;
    } while (start < end);
  }
  return { count, start: (r) => starts[r]!, end: (r) => ends[r]! };
}

/**
 * A read-only view of a long text that lays out only the lines in view: a textarea holding a
 * megabyte takes the browser over 100 ms to lay out, on every change. The text is cut into
 * rows of equal length (a monospace font, broken anywhere; at its line breaks first when it
 * has them), and `draw` renders one row's characters; the scroll height is what the whole
 * text would take.
 */
export function LargeTextView({
  length,
  lineStarts,
  draw,
  label,
  onEdit,
  ref,
}: {
  readonly length: number;
  /** Where each line of a text of lines starts (JSON laid out); absent for one unbroken run. */
  readonly lineStarts?: readonly number[];
  readonly draw: (start: number, end: number) => ReactNode;
  /** The view's accessible name: it takes focus after a large paste, and keys scroll it. */
  readonly label: string | undefined;
  /** An editing key was pressed here, or the view was clicked. */
  readonly onEdit: () => void;
  readonly ref: Ref<HTMLDivElement>;
}) {
  const scroller = useRef<HTMLDivElement | null>(null);
  const probe = useRef<HTMLSpanElement>(null);
  const [metrics, setMetrics] = useState<Metrics | undefined>();
  const [scrollTop, setScrollTop] = useState(0);

  // Measured from ResizeObserver's boxes, which come after the browser's own layout: reading
  // sizes here instead would force a layout of the whole page in the middle of the update.
  useEffect(() => {
    const view = scroller.current;
    const sample = probe.current;
    if (!view || !sample) return undefined;
    let box: DOMRectReadOnly | undefined;
    let glyphs: DOMRectReadOnly | undefined;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        if (entry.target === view) box = entry.contentRect;
        else glyphs = entry.contentRect;
      }
      if (!box || !glyphs || glyphs.width <= 0 || glyphs.height <= 0) return;
      const advance = glyphs.width / PROBE.length;
      const next = {
        perLine: Math.max(1, Math.floor(box.width / advance)),
        lineHeight: glyphs.height,
        height: box.height,
      };
      // Drawn in the same frame: the lines are laid out before the first paint of the view.
      flushSync(() => setMetrics(next));
    });
    observer.observe(view);
    observer.observe(sample);
    return () => observer.disconnect();
  }, []);

  const perLine = metrics?.perLine;
  const rows = useMemo(
    () => (perLine === undefined ? undefined : rowsOf(length, perLine, lineStarts)),
    [length, perLine, lineStarts],
  );
  const lines: ReactNode[] = [];
  let firstLine = 0;
  const lineCount = rows?.count ?? 0;
  if (metrics && rows) {
    const { lineHeight, height } = metrics;
    firstLine = Math.max(0, Math.floor(scrollTop / lineHeight) - OVERSCAN);
    const lastLine = Math.min(lineCount, Math.ceil((scrollTop + height) / lineHeight) + OVERSCAN);
    for (let line = firstLine; line < lastLine; line++) {
      lines.push(
        <div key={line} className="large-line">
          {draw(rows.start(line), rows.end(line))}
        </div>,
      );
    }
  }

  return (
    <>
      <span className="large-probe" aria-hidden="true" ref={probe}>
        {PROBE}
      </span>
      <div
        className="large-view"
        role="region"
        aria-label={label}
        tabIndex={-1}
        onKeyDown={(event) => {
          if (isEditingKey(event)) onEdit();
        }}
        // A click or tap is for editing, as in any text box; a drag selects text to copy.
        onClick={() => {
          if (getSelection()?.isCollapsed ?? true) onEdit();
        }}
        ref={(element) => {
          scroller.current = element;
          if (typeof ref === 'function') ref(element);
          else if (ref) ref.current = element;
        }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div
          className="large-spacer"
          style={{ height: metrics ? lineCount * metrics.lineHeight : undefined }}
        >
          <div
            className="large-lines"
            style={{ top: metrics ? firstLine * metrics.lineHeight : undefined }}
          >
            {lines}
          </div>
        </div>
      </div>
    </>
  );
}
