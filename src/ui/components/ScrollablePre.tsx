import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A `<pre>` that joins the tab order only while its content overflows it, so a keyboard can
 * scroll it (WCAG 2.1.1; axe `scrollable-region-focusable`) and short values add no tab stop.
 */
export function ScrollablePre({
  className,
  children,
}: {
  readonly className: string;
  readonly children: ReactNode;
}) {
  const ref = useRef<HTMLPreElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const overflows =
      element.scrollHeight > element.clientHeight || element.scrollWidth > element.clientWidth;
    if (overflows !== scrolls) setScrolls(overflows);
  }, [children, scrolls]);
  return (
    <pre ref={ref} className={className} {...(scrolls ? { tabIndex: 0 } : {})}>
      <code>{children}</code>
    </pre>
  );
}
