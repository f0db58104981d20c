import {
  startTransition,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react';
import { afterInsertion } from '../lib/text-edit';
import { LargeTextView } from './LargeTextView';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** What is drawn under the transparent text: the same characters, coloured. */
  readonly highlight: ReactNode;
  /**
   * Draws the characters from `start` to `end`, coloured. Given, a text over `largeAbove`
   * characters is shown, while nobody edits it, by a view that lays out only the lines in
   * view (see `large` below).
   */
  readonly drawRange?: (start: number, end: number) => ReactNode;
  /** The view breaks the text at its line breaks (JSON laid out), not only where a row is full. */
  readonly lines?: boolean;
  /** Above this many characters the view shows the text (default LARGE_VIEW_ABOVE). */
  readonly largeAbove?: number;
  /** The view's accessible name, given with `drawRange`. */
  readonly viewLabel?: string;
  /** The box grows with its text up to this many lines, then scrolls (default: 60% of the screen). */
  readonly maxRows?: number;
}

/**
 * Above this many characters the text is shown plainly: laying out a second copy of megabytes
 * of wrapped text costs seconds. The backdrop stays in the DOM, hidden, so the parts remain.
 */
export const PLAIN_ABOVE = 200_000;

/**
 * Above this many characters a text with `drawRange` is drawn only where it is in view. A
 * textarea lays out all of its text whenever it changes and to make any edit: about 10 ms per
 * 100,000 characters here (docs/performance.md), so over 100 ms for a 1 MB token.
 */
export const LARGE_VIEW_ABOVE = 50_000;

/** Where each line of `text` starts. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** Where the browser's selection may lie in the textarea's text, which it would then lay out. */
function isTextControl(element: Element | null): boolean {
  return (
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLInputElement ||
    (element instanceof HTMLElement && element.isContentEditable)
  );
}

/**
 * A plain textarea (so paste, undo, `fill()` and `.value` work as everywhere) over a backdrop
 * that draws the same text in colours. Both wrap identically; the backdrop scrolls with it.
 *
 * A large text with `drawRange` is shown, while the textarea does not have focus, by a
 * LargeTextView over the textarea, which keeps the text with `content-visibility: hidden` so
 * that nothing lays it out. A hidden textarea takes no edits: with focus it shows its text
 * again. A large text arriving whole (a paste, `fill()`) is put in here rather than by the
 * browser, and focus moves to the view: keys scroll it, and editing keys go to the textarea.
 */
export function HighlightedTextarea({
  value,
  onChange,
  highlight,
  drawRange,
  viewLabel,
  lines = false,
  largeAbove = LARGE_VIEW_ABOVE,
  className,
  rows = 4,
  maxRows,
  ...rest
}: Props) {
  const backdrop = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const view = useRef<HTMLDivElement | null>(null);
  const [editing, setEditing] = useState(false);
  const large = drawRange !== undefined && value.length > largeAbove;
  const viewing = large && !editing;
  const lineStarts = useMemo(
    () => (lines && large ? lineStartsOf(value) : undefined),
    [lines, large, value],
  );
  // After a large text arrives, focus goes to its view: keys scroll it, editing keys come back.
  const moveToView = useRef(false);

  const applyEdit = useEffectEvent((next: string) => {
    moveToView.current = true;
    // Its consequences (decoding megabytes, drawing the panes) are rendered as a transition,
    // which React interrupts to let the browser paint and take input.
    startTransition(() => onChange(next));
  });
  // The textarea is not controlled by React, which would read its value back and copy the text
  // into its default value at every change: tens of milliseconds for a text of megabytes. What
  // it holds is known instead: the last value set here, or typed.
  const holds = useRef<string | undefined>(undefined);
  const edits = drawRange !== undefined;
  useEffect(() => {
    const element = area.current;
    if (!element || !edits) return undefined;
    const onBeforeInput = (event: InputEvent) => {
      // What it holds, without reading megabytes back from the element.
      const held = holds.current ?? '';
      const { selectionStart, selectionEnd } = element;
      const next = afterInsertion(
        { value: held, selectionStart, selectionEnd },
        event.inputType,
        event.data ?? event.dataTransfer?.getData('text/plain'),
      );
      // A large text arriving whole: a paste into a small text or over all of one, fill().
      // Edits within a large text are the browser's, which has it laid out while it has focus.
      const whole = selectionStart === 0 && selectionEnd === held.length;
      if (next === undefined || next.length <= largeAbove) return;
      if (held.length > largeAbove && !whole) return;
      event.preventDefault();
      // Setting the value of a focused textarea places its caret, which lays out the text.
      element.blur();
      applyEdit(next);
    };
    element.addEventListener('beforeinput', onBeforeInput);
    return () => element.removeEventListener('beforeinput', onBeforeInput);
  }, [edits, largeAbove]);

  useLayoutEffect(() => {
    const element = area.current;
    if (element && holds.current !== value) {
      // A text set while the whole of the old one is selected (a made token arriving between
      // a select-all and a paste) stays selected: setting the value would put the caret at
      // the end, and the paste would be appended to it.
      const held = holds.current ?? '';
      const all =
        document.activeElement === element &&
        held.length > 0 &&
        element.selectionStart === 0 &&
        element.selectionEnd === held.length;
      element.value = value;
      holds.current = value;
      if (all) element.setSelectionRange(0, value.length);
    }
  }, [value]);

  useLayoutEffect(() => {
    // A browser selection left in the hidden text would have it laid out after all.
    if (viewing && !isTextControl(document.activeElement)) getSelection()?.removeAllRanges();
    // The view mounts in the same commit (it is in the start chunk): its ref is set by now.
    if (moveToView.current && viewing) view.current?.focus({ preventScroll: true });
    moveToView.current = false;
  }, [value, viewing]);

  return (
    <div
      className={`highlighted ${viewing ? 'large' : value.length > PLAIN_ABOVE || large ? 'plain' : ''} ${className ?? ''}`}
      style={{ '--rows': rows, ...(maxRows ? { '--max-rows': maxRows } : {}) } as CSSProperties}
    >
      <div className="highlighted-backdrop" aria-hidden="true" ref={backdrop}>
        {highlight}
        {/* A trailing newline in a textarea takes a line; give the backdrop the same. */}
        {'\n'}
      </div>
      {viewing && (
        <LargeTextView
          length={value.length}
          {...(lineStarts ? { lineStarts } : {})}
          draw={drawRange}
          label={viewLabel}
          ref={view}
          onEdit={() => area.current?.focus()}
        />
      )}
      <textarea
        {...rest}
        ref={area}
        rows={rows}
        className="highlighted-input"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        // Every input event, not React's onChange, which skips one that leaves the text as it
        // was: a paste of the same token must still hand the token the lead (ui-contract.md).
        onInput={(event) => {
          holds.current = event.currentTarget.value;
          onChange(event.currentTarget.value);
        }}
        onFocus={(event) => {
          setEditing(true);
          rest.onFocus?.(event);
        }}
        onBlur={(event) => {
          setEditing(false);
          rest.onBlur?.(event);
        }}
        onScroll={(event) => {
          if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
        }}
      />
    </div>
  );
}
