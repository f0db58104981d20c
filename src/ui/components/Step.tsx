import type { ReactNode } from 'react';
import { ScrollablePre } from './ScrollablePre';

/** One step of "How it's made": what happens, in a sentence, and the real value it gives. */
export function Step({
  title,
  sentence,
  note,
  children,
}: {
  readonly title: string;
  readonly sentence: string;
  /** Where the rule comes from, or what the value is compared with. */
  readonly note?: string;
  readonly children: ReactNode;
}) {
  return (
    <li className="step">
      <h4>{title}</h4>
      <p>{sentence}</p>
      {note && <p className="quiet">{note}</p>}
      <ScrollablePre className="step-value">{children}</ScrollablePre>
    </li>
  );
}
