import { Fragment, type ReactNode } from 'react';

import { PLAIN_ABOVE } from '../components/HighlightedTextarea';

/**
 * At most this many coloured runs: each is an element to lay out, and JSON nested thousands
 * deep has tens of thousands of tokens (seconds of layout). The text after them stays plain.
 */
const MAX_SPANS = 4000;

/** A coloured run of JSON text: `[start, end)` of the text, and its class. */
interface Run {
  readonly start: number;
  readonly end: number;
  readonly className: string;
}

const WORD = /[A-Za-z0-9_]/;
const LITERALS = ['true', 'false', 'null'] as const;

/** Where the string that opens at `open` closes (after its quote), or -1: none on this line. */
function stringEnd(text: string, open: number): number {
  const newline = text.indexOf('\n', open + 1);
  const to = newline === -1 ? text.length : newline;
  for (let quote = text.indexOf('"', open + 1); quote !== -1 && quote < to;) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
  return -1;
}

const isDigit = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 0x30 && code <= 0x39;
};

/** Where a number that starts at `at` ends (`-?\d+(\.\d+)?([eE][+-]?\d+)?`), or -1. */
function numberEnd(text: string, at: number): number {
  let end = text[at] === '-' ? at + 1 : at;
  const digits = (from: number) => {
    let to = from;
    while (isDigit(text, to)) to++;
    return to;
  };
  const whole = digits(end);
  if (whole === end) return -1;
  end = whole;
  if (text[end] === '.' && isDigit(text, end + 1)) end = digits(end + 1);
  if (text[end] === 'e' || text[end] === 'E') {
    const sign = text[end + 1] === '+' || text[end + 1] === '-' ? end + 2 : end + 1;
    if (isDigit(text, sign)) end = digits(sign);
  }
  return end;
}

/** A member name: a string followed by white space and a colon. */
function isKey(text: string, end: number): boolean {
  let at = end;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return text[at] === ':';
}

/**
 * The coloured runs of `text` from `from` to `to`, at most `max`; white space and anything
 * that is not a JSON token stay plain. A string is found with indexOf, not a pattern: a
 * payload's one string of 100 KB is then a few microseconds, not milliseconds.
 */
function runsOf(text: string, from: number, to: number, max: number): Run[] {
  const runs: Run[] = [];
  let at = from;
  while (at < to && runs.length < max) {
    const c = text[at]!;
    if (c === '"') {
      const end = stringEnd(text, at);
      if (end === -1) {
        at++;
        continue;
      }
      runs.push({ start: at, end, className: isKey(text, end) ? 'json-key' : 'json-string' });
      at = end;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      const end = numberEnd(text, at);
      if (end === -1) {
        at++;
        continue;
      }
      runs.push({ start: at, end, className: 'json-number' });
      at = end;
    } else if ('{}[],:'.includes(c)) {
      runs.push({ start: at, end: at + 1, className: 'json-punct' });
      at++;
    } else {
      const literal = LITERALS.find(
        (word) =>
          text.startsWith(word, at) &&
          !WORD.test(text[at - 1] ?? ' ') &&
          !WORD.test(text[at + word.length] ?? ' '),
      );
      if (literal !== undefined) {
        runs.push({ start: at, end: at + literal.length, className: 'json-literal' });
        at += literal.length;
      } else at++;
    }
  }
  return runs;
}

/**
 * `text` from `start` to `end` with the runs that fall in it, cut where the range cuts them.
 * The n-th run is the n-th child, with the plain text before it: an edit or a new token of the
 * same shape updates the spans in place, where keys by offset (shifted by any change in length)
 * would have React remove and create every span after the change.
 */
function draw(text: string, runs: readonly Run[], start: number, end: number): ReactNode[] {
  const out: ReactNode[] = [];
  let last = start;
  for (const run of runs) {
    if (run.end <= start) continue;
    if (run.start >= end) break;
    const from = Math.max(run.start, start);
    const to = Math.min(run.end, end);
    out.push(
      <Fragment key={out.length}>
        {from > last ? text.slice(last, from) : null}
        <span className={run.className}>{text.slice(from, to)}</span>
      </Fragment>,
    );
    last = to;
  }
  if (last < end) out.push(text.slice(last, end));
  return out;
}

/** Spans for JSON syntax colours; text outside tokens (white space, errors) stays plain. */
export function highlightJson(text: string): ReactNode[] {
  if (text.length > PLAIN_ABOVE) return [];
  return draw(text, runsOf(text, 0, text.length, MAX_SPANS), 0, text.length);
}

/**
 * For a text drawn a line at a time (LargeTextView): the characters from `start` to `end`,
 * coloured. Each line of the text is read once, when a part of it is first drawn: a view of a
 * large payload draws a few dozen lines of it, whatever its length.
 */
export function jsonRangeDrawer(text: string): (start: number, end: number) => ReactNode {
  const lines = new Map<number, Run[]>();
  // Rows are drawn in order: the line of the last one usually holds the next (a line of 100 KB
  // is hundreds of rows, and searching back for its start at each would read it each time).
  let line = { start: 0, end: -1 };
  return (start, end) => {
    if (start < line.start || start > line.end) {
      const lineStart = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
      const lineEnd = text.indexOf('\n', start);
      line = { start: lineStart, end: lineEnd === -1 ? text.length : lineEnd };
    }
    let runs = lines.get(line.start);
    if (runs === undefined) {
      runs = runsOf(text, line.start, line.end, Infinity);
      lines.set(line.start, runs);
    }
    return draw(text, runs, start, end);
  };
}
