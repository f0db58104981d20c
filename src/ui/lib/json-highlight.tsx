import type { ReactNode } from 'react';

import { PLAIN_ABOVE } from '../components/HighlightedTextarea';

const TOKEN =
  /("(?:[^"\\\n]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b|([{}[\],:])/g;

/**
 * At most this many coloured runs: each is an element to lay out, and JSON nested thousands
 * deep has tens of thousands of tokens (seconds of layout). The text after them stays plain.
 */
const MAX_SPANS = 4000;

/** Spans for JSON syntax colours; text outside tokens (white space, errors) stays plain. */
export function highlightJson(text: string): ReactNode[] {
  if (text.length > PLAIN_ABOVE) return [];
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (out.length >= MAX_SPANS) break;
    const index = match.index;
    if (index > last) out.push(text.slice(last, index));
    const [whole, string, colon, number, literal] = match;
    if (string !== undefined) {
      out.push(
        <span key={index} className={colon ? 'json-key' : 'json-string'}>
          {string}
        </span>,
      );
      if (colon) out.push(colon);
    } else if (number !== undefined) {
      out.push(
        <span key={index} className="json-number">
          {number}
        </span>,
      );
    } else if (literal !== undefined) {
      out.push(
        <span key={index} className="json-literal">
          {literal}
        </span>,
      );
    } else {
      out.push(
        <span key={index} className="json-punct">
          {whole}
        </span>,
      );
    }
    last = index + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
