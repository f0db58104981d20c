/**
 * What people paste is seldom the bare token: it comes from an Authorization header, a log
 * line in quotes, a URL, a JSON response, a terminal that broke it over lines. Each of these
 * is undone here, and each says what it undid (ui-contract.md, "Input the token box accepts").
 */
import { diagnostic, type Diagnostic } from '../diagnostics';
import { isJsonObject } from '../json/is-object';
import { fromRuns, IDENTITY, type OffsetMap } from './offsets';

export interface CleanedText {
  /** The token inside the text, as the parsers read it. */
  readonly text: string;
  /** Where each character of `text` is in the text as given (for colouring and marks). */
  readonly map: OffsetMap;
  /** What was undone, each an `info` diagnostic on the token. */
  readonly notes: readonly Diagnostic[];
}

/** Members of an OAuth 2.0 token response (RFC 6749 §5.1, OpenID Connect Core §3.1.3.3). */
const TOKEN_MEMBERS = ['access_token', 'id_token', 'refresh_token', 'token'] as const;

/** Texts larger than this are not tried as a JSON wrapper: a token response is small. */
const JSON_WRAPPER_MAX = 1_000_000;

const BEARER = /^(?:(authorization)\s*:\s*)?bearer\s+/i;
const QUOTES = new Set(['"', "'", '`']);

interface Window {
  start: number;
  end: number;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff;
}

/** Cuts white space at both ends of the window; whether it cut any. */
function trim(given: string, window: Window): boolean {
  const { start, end } = window;
  while (window.start < window.end && isSpace(given.charCodeAt(window.start))) window.start++;
  while (window.end > window.start && isSpace(given.charCodeAt(window.end - 1))) window.end--;
  return window.start !== start || window.end !== end;
}

/**
 * A JSON object holding a token: the window becomes that string literal's characters, as
 * written (escapes included: `\n` inside is a line break that joinAndDecode removes).
 */
function unwrapJson(given: string, window: Window, notes: Diagnostic[]): boolean {
  if (given.charCodeAt(window.start) !== 123 || window.end - window.start > JSON_WRAPPER_MAX)
    return false;
  const text = given.slice(window.start, window.end);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Not JSON after all: the token's own parser says what is wrong with it.
    if (error instanceof SyntaxError) return false;
    throw error;
  }
  if (!isJsonObject(value)) return false;
  for (const member of TOKEN_MEMBERS) {
    const token = value[member];
    if (typeof token !== 'string' || token === '') continue;
    // JSON.stringify writes a token's characters as they are; white space inside is escaped.
    const literal = JSON.stringify(token);
    const at = text.indexOf(literal);
    if (at < 0) continue;
    const others = TOKEN_MEMBERS.filter(
      (name) => name !== member && typeof value[name] === 'string',
    );
    notes.push(
      diagnostic('TOKEN_FROM_JSON', 'token', 'info', {
        detail: { member, ...(others.length > 0 ? { others: others.join(', ') } : {}) },
      }),
    );
    window.start += at + 1;
    window.end = window.start + literal.length - 2;
    return true;
  }
  return false;
}

function stripBearer(given: string, window: Window, notes: Diagnostic[]): boolean {
  // A prefix is short: look at the first few dozen characters only, not megabytes.
  const head = given.slice(window.start, Math.min(window.end, window.start + 64));
  const match = BEARER.exec(head);
  if (!match) return false;
  notes.push(
    diagnostic('STRIPPED_BEARER', 'token', 'info', {
      detail: { header: match[1] !== undefined },
    }),
  );
  window.start += match[0].length;
  return true;
}

function stripQuotes(given: string, window: Window, notes: Diagnostic[]): boolean {
  const first = given[window.start];
  if (first === undefined || !QUOTES.has(first) || window.end - window.start < 2) return false;
  // A string copied out of code often brings its comma or semicolon along.
  let end = window.end;
  if (given[end - 1] === ',' || given[end - 1] === ';') end--;
  if (given[end - 1] !== first || end - 1 <= window.start) return false;
  notes.push(diagnostic('STRIPPED_QUOTES', 'token', 'info', { char: first }));
  window.start += 1;
  window.end = end - 1;
  return true;
}

const HEX = /^[0-9A-Fa-f]{2}$/;

/**
 * Removes white space inside the token and decodes `%XX` escapes, in one pass over the
 * window; the runs kept make the offset map.
 */
function joinAndDecode(
  given: string,
  window: Window,
  json: boolean,
  notes: Diagnostic[],
): { text: string; map: OffsetMap } {
  const { start, end } = window;
  const runs: { from: number; length: number; width: number }[] = [];
  // Inside a JSON string, `\n`, `\r` and `\t` are the line breaks a token was broken by.
  const escaped = (i: number) =>
    json && given.charCodeAt(i) === 92 && 'nrt'.includes(given[i + 1] ?? '');
  let out = '';
  let runStart = start;
  let spaces = 0;
  let firstSpace = -1;
  let escapes = 0;
  const flush = (to: number) => {
    if (to > runStart) {
      runs.push({ from: runStart, length: to - runStart, width: 1 });
      out += given.slice(runStart, to);
    }
  };
  for (let i = start; i < end; i++) {
    const code = given.charCodeAt(i);
    if (isSpace(code) || escaped(i)) {
      flush(i);
      if (firstSpace < 0) firstSpace = i;
      spaces++;
      if (code === 92) i++;
      runStart = i + 1;
    } else if (code === 37 && i + 2 < end && HEX.test(given.slice(i + 1, i + 3))) {
      flush(i);
      runs.push({ from: i, length: 1, width: 3 });
      out += String.fromCharCode(parseInt(given.slice(i + 1, i + 3), 16));
      escapes++;
      i += 2;
      runStart = i + 1;
    }
  }
  flush(end);
  if (spaces > 0) {
    const char =
      given[firstSpace] === '\\' ? given.slice(firstSpace, firstSpace + 2) : given[firstSpace]!;
    notes.push(
      diagnostic('TOKEN_JOINED', 'token', 'info', {
        offset: firstSpace,
        char: char === '\n' ? '\\n' : char === '\r' ? '\\r' : char === '\t' ? '\\t' : char,
        detail: { count: spaces },
      }),
    );
  }
  if (escapes > 0) {
    notes.push(diagnostic('TOKEN_URL_DECODED', 'token', 'info', { detail: { count: escapes } }));
  }
  return { text: out, map: fromRuns(runs) };
}

/** `a.b.c.` and `a.b.c.d.e.`: one dot too many, where the part count says so. */
function trailingDot(text: string): boolean {
  if (!text.endsWith('.') || text.endsWith('..')) return false;
  let dots = 0;
  for (let at = text.indexOf('.'); at >= 0 && dots < 6; at = text.indexOf('.', at + 1)) dots++;
  return dots === 3 || dots === 5;
}

/** The token inside pasted text, with what was undone to get it. Never throws for bad input. */
export function cleanTokenText(given: string): CleanedText {
  const notes: Diagnostic[] = [];
  const window: Window = { start: 0, end: given.length };
  const outer = trim(given, window);
  if (outer && window.end > window.start) {
    notes.push(diagnostic('STRIPPED_WHITESPACE', 'token', 'info'));
  }
  // Wrappers come nested in any order ("Bearer" in quotes, quotes inside JSON): a few rounds.
  const json = unwrapJson(given, window, notes);
  for (let round = 0; round < 3; round++) {
    const changed = stripQuotes(given, window, notes) || stripBearer(given, window, notes);
    trim(given, window);
    if (!changed) break;
  }
  const inner =
    json ||
    /[\s%]/.test(
      given.length === window.end - window.start ? given : given.slice(window.start, window.end),
    );
  let text: string;
  let map: OffsetMap;
  if (inner) {
    ({ text, map } = joinAndDecode(given, window, json, notes));
  } else {
    text =
      window.start === 0 && window.end === given.length
        ? given
        : given.slice(window.start, window.end);
    map = window.start === 0 ? IDENTITY : { clean: [0], shift: [window.start] };
  }
  if (trailingDot(text)) {
    notes.push(diagnostic('TOKEN_TRAILING_DOT', 'token', 'info'));
    text = text.slice(0, -1);
  }
  return { text, map, notes };
}
