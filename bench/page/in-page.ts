/**
 * What runs inside the page, handed to Playwright's `page.evaluate` as function source: each
 * function is self-contained (no imports, no outer names). tsx compiles these with esbuild's
 * `keepNames`, which wraps inner functions in `__name(…)`; NAME_SHIM defines it in the page.
 */

export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

/** What must be on screen, looked up the way a screen reader names things. */
export type Condition =
  /** A `role="status"` element with this accessible name, containing the text ('' = present). */
  | { readonly kind: 'status'; readonly label: string; readonly includes: string }
  /** A textbox with this name (`aria-label` or `<label for>`) whose text contains this. */
  | { readonly kind: 'text'; readonly label: string; readonly includes: string }
  /** A table with this `aria-label` with this many rows in its body. */
  | { readonly kind: 'rows'; readonly label: string; readonly count: number };

/** The longest animation frame in the window and the scripts that took most of it. */
export interface FrameReport {
  readonly durationMs: number;
  readonly blockingMs: number;
  readonly scripts: readonly { readonly what: string; readonly ms: number }[];
}

export type Timing =
  | {
      readonly ok: true;
      /** From the `beforeinput` event (or navigation start) to the end of the painted frame. */
      readonly ms: number;
      /** From the same start to the start of that frame (its requestAnimationFrame time). */
      readonly frameStartMs: number;
      /**
       * From the same start to the moment the page's DOM first met the conditions (checked
       * after each change to it): the page's own work, without the wait for the frame.
       */
      readonly shownMs: number;
      /** Frames painted before the one that shows it: 0 when the first frame does. */
      readonly framesBefore: number;
      /**
       * How the end was known: the end of that frame's long-animation-frame entry (frames over
       * 50 ms), else the start of the first task after the frame.
       */
      readonly end: 'long-animation-frame' | 'task after the frame';
      /** Longest main-thread task overlapping the window; null when none was over 50 ms. */
      readonly longestTaskMs: number | null;
      readonly longestFrame: FrameReport | null;
    }
  | { readonly ok: false; readonly error: string };

export interface WatchSpec {
  readonly conditions: readonly Condition[];
  /**
   * From the first `beforeinput` (an interaction) or `focusin` (a click into a box) event in
   * the page, from navigation start (a page load) or from now (a wait).
   */
  readonly from: 'beforeinput' | 'focusin' | 'navigation' | 'now';
  readonly timeoutMs: number;
}

/**
 * Starts watching, in the page, and leaves a promise of the Timing in `window.__benchTiming`.
 * Each animation frame checks the conditions; the first frame that meets them all is the one
 * that paints them. Its end: a long frame's long-animation-frame entry says when its rendering
 * ended; otherwise a task posted from its requestAnimationFrame callback (user-blocking, ahead
 * of the page's queued tasks) runs once that frame's style, layout and paint are done. (A
 * second requestAnimationFrame would wait for the next vsync too: up to 16.7 ms of idle.)
 */
export function watch(spec: WatchSpec): void {
  const byName = (label: string): HTMLElement | null => {
    const named = document.querySelector<HTMLElement>(`[aria-label="${label}"]`);
    if (named) return named;
    const tag = [...document.querySelectorAll('label')].find((l) => l.textContent === label);
    const id = tag?.getAttribute('for');
    return id ? document.getElementById(id) : null;
  };
  const textOf = (element: HTMLElement | null): string | undefined =>
    element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement
      ? element.value
      : element?.innerText;
  const holds = (c: Condition): boolean => {
    if (c.kind === 'status') {
      const status = document.querySelector(`[role="status"][aria-label="${c.label}"]`);
      return status !== null && (status.textContent ?? '').includes(c.includes);
    }
    if (c.kind === 'text') return (textOf(byName(c.label)) ?? '').includes(c.includes);
    const table = document.querySelector(`table[aria-label="${c.label}"]`);
    return table !== null && table.querySelectorAll('tbody tr').length === c.count;
  };
  const seen = (c: Condition): string => {
    if (c.kind === 'status') {
      const status = document.querySelector(`[role="status"][aria-label="${c.label}"]`);
      return `${c.label}: ${status ? JSON.stringify(status.textContent) : 'absent'}`;
    }
    if (c.kind === 'text') {
      const text = textOf(byName(c.label));
      return `${c.label}: ${text === undefined ? 'absent' : JSON.stringify(text.slice(0, 120))}`;
    }
    const table = document.querySelector(`table[aria-label="${c.label}"]`);
    return `${c.label}: ${table ? table.querySelectorAll('tbody tr').length : 'absent'} rows`;
  };

  const tasks: PerformanceEntry[] = [];
  const frames: PerformanceEntry[] = [];
  const buffered = spec.from === 'navigation';
  const taskObserver = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  taskObserver.observe({ type: 'longtask', buffered });
  const frameObserver = new PerformanceObserver((list) => frames.push(...list.getEntries()));
  frameObserver.observe({ type: 'long-animation-frame', buffered });

  // When the DOM first met the conditions, checked once per change (a mutation observer's
  // callback runs at the end of the task or microtask that changed it).
  let shown: number | undefined;
  const domObserver = new MutationObserver(() => {
    if (shown === undefined && spec.conditions.every(holds)) {
      shown = performance.now();
      domObserver.disconnect();
    }
  });
  let framesBefore = 0;

  const report = (start: number, after: number, frameStart: number, callback: number) => {
    taskObserver.disconnect();
    frameObserver.disconnect();
    domObserver.disconnect();
    // The frame that painted it, when that was a long animation frame: its end is exact.
    type Frame = PerformanceEntry & { renderStart: number };
    const painted = (frames as Frame[]).find(
      (f) => f.renderStart <= callback && f.startTime + f.duration >= callback,
    );
    const end = painted ? painted.startTime + painted.duration : after;
    const overlaps = (e: PerformanceEntry) => e.startTime < end && e.startTime + e.duration > start;
    const inWindow = tasks.filter(overlaps);
    const longest = frames.filter(overlaps).sort((a, b) => b.duration - a.duration)[0];
    type Script = {
      invoker: string;
      sourceURL: string;
      sourceFunctionName: string;
      duration: number;
    };
    const scripts = longest
      ? [...((longest as unknown as { scripts?: readonly Script[] }).scripts ?? [])]
          .sort((a, b) => b.duration - a.duration)
          .slice(0, 3)
          .map((s) => ({
            what: `${s.invoker} ${s.sourceFunctionName || '(anonymous)'} ${s.sourceURL.split('/').pop() ?? ''}`,
            ms: Math.round(s.duration),
          }))
      : [];
    return {
      ok: true as const,
      ms: end - start,
      frameStartMs: frameStart - start,
      // No change seen to meet them (met as the watch began): shown when first checked. (Not
      // the frame's start: that is its vsync, which can come before the task that showed it.)
      shownMs: (shown ?? callback) - start,
      framesBefore,
      end: painted ? ('long-animation-frame' as const) : ('task after the frame' as const),
      longestTaskMs: inWindow.length ? Math.max(...inWindow.map((t) => t.duration)) : null,
      longestFrame: longest
        ? {
            durationMs: Math.round(longest.duration),
            blockingMs: Math.round(
              (longest as unknown as { blockingDuration: number }).blockingDuration,
            ),
            scripts,
          }
        : null,
    };
  };

  const result = new Promise<Timing>((resolve) => {
    const begin = (start: number) => {
      domObserver.observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      const deadline = performance.now() + spec.timeoutMs;
      const check = (frameStart: number) => {
        if (!spec.conditions.every(holds)) {
          if (performance.now() > deadline) {
            taskObserver.disconnect();
            frameObserver.disconnect();
            resolve({
              ok: false,
              error: `timed out; seen ${spec.conditions.map(seen).join('; ')}`,
            });
          } else {
            framesBefore++;
            requestAnimationFrame(check);
          }
          return;
        }
        const callback = performance.now();
        const afterFrame = () => {
          const after = performance.now();
          // Long-task and long-animation-frame entries arrive after their task ends.
          setTimeout(() => {
            try {
              resolve(report(start, after, frameStart, callback));
            } catch (error) {
              resolve({ ok: false, error: `the report failed: ${String(error)}` });
            }
          }, 100);
        };
        // A task posted now runs once this frame's rendering is done; at the highest priority,
        // before the page's own queued tasks.
        const scheduler = (
          globalThis as { scheduler?: { postTask?: (f: () => void, o: object) => unknown } }
        ).scheduler;
        if (scheduler?.postTask) scheduler.postTask(afterFrame, { priority: 'user-blocking' });
        else {
          const channel = new MessageChannel();
          channel.port1.onmessage = afterFrame;
          channel.port2.postMessage(null);
        }
      };
      requestAnimationFrame(check);
    };
    if (spec.from === 'navigation') begin(0);
    else if (spec.from === 'now') begin(performance.now());
    else
      window.addEventListener(spec.from, (event) => begin(event.timeStamp), {
        once: true,
        capture: true,
      });
  });
  (window as unknown as { __benchTiming: Promise<Timing> }).__benchTiming = result;
}
