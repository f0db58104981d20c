/**
 * JSON text indented for reading: the same tokens in the same order, laid out two spaces per
 * level, one member or item per line. Unlike `JSON.stringify(value, null, 2)` nothing is
 * re-serialized: `12345678901234567890`, `1.0`, `-0`, `"\u00e9"` and `"\/"` stay as written,
 * and a repeated name stays where it is. `compactJson` of the result is `compactJson` of the
 * input, which is how the page goes back to the bytes it signs.
 */
import { JsonReader, type JsonHandler } from './reader';
import { textIsWellFormed, unitsToString } from './text-builder';
import { DEFAULT_MAX_DEPTH, type JsonParseOptions, type JsonSyntaxError } from './types';

/**
 * - `JSON_PRETTY_TOO_LONG`: the text is valid JSON, but indented it would be longer than
 *   `maxLength` code units. Indentation grows with depth, so a few hundred kilobytes of
 *   `[[[…[0,0,0,…]…]]]` would be hundreds of megabytes laid out; the exact text is all there is
 *   to show.
 */
export type JsonPrettyCode = 'JSON_PRETTY_TOO_LONG';

export interface JsonPrettyTooLong {
  readonly code: 'JSON_PRETTY_TOO_LONG';
  /** The `maxLength` the indented text would exceed. */
  readonly maxLength: number;
}

export interface JsonPrettyOptions extends JsonParseOptions {
  /**
   * The longest indented text to build, in UTF-16 code units: 2^25 unless given (the
   * payload of a 10 MB token, laid out, is usually well within it). `Infinity` for no limit
   * but the engine's own: a string longer than it can hold (about 2^29) throws.
   */
  readonly maxLength?: number;
}

export type JsonPrettyResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: JsonSyntaxError | JsonPrettyTooLong };

export const DEFAULT_MAX_PRETTY_LENGTH = 2 ** 25;

const LF = 0x0a;
const SPACE = 0x20;
const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * Lays the reader's tokens out as it reports them, copying each token's text as written,
 * into one buffer of code units: a JWT payload is a few hundred tokens, a 1 MB one hundreds
 * of thousands, and a string per piece costs more than copying (see text-builder.ts).
 */
class PrettyWriter implements JsonHandler {
  private units: Uint16Array<ArrayBuffer>;
  /** Code units written so far. */
  private length = 0;
  /** Set once the text would pass `maxLength`: nothing more is written, the read goes on. */
  tooLong = false;
  private depth = 0;
  /** The last thing written was a value: the next member or item needs its `,` first. */
  private afterValue = false;
  /** The last thing written was a member name: its value goes on the same line. */
  private afterKey = false;

  constructor(
    private readonly text: string,
    private readonly maxLength: number,
  ) {
    // Laid out, a compact JWT payload is about half as long again.
    this.units = new Uint16Array(Math.min(maxLength, 64 + text.length * 2));
  }

  beginObject(): void {
    this.beforeValue();
    this.open(0x7b /* { */);
  }

  key(_key: string, start: number, end: number): void {
    this.nextLine();
    this.copy(start, end);
    if (this.reserve(2)) {
      this.units[this.length++] = COLON;
      this.units[this.length++] = SPACE;
    }
    this.afterKey = true;
  }

  endObject(): void {
    this.close(0x7d /* } */);
  }

  beginArray(): void {
    this.beforeValue();
    this.open(0x5b /* [ */);
  }

  endArray(): void {
    this.close(0x5d /* ] */);
  }

  string(_value: string, start: number, end: number): void {
    this.beforeValue();
    this.copy(start, end);
    this.afterValue = true;
  }

  number(_value: number, start: number, end: number): void {
    this.beforeValue();
    this.copy(start, end);
    this.afterValue = true;
  }

  literal(value: boolean | null): void {
    this.beforeValue();
    const name = value === null ? 'null' : value ? 'true' : 'false';
    if (this.reserve(name.length)) {
      for (let k = 0; k < name.length; k++) this.units[this.length++] = name.charCodeAt(k);
    }
    this.afterValue = true;
  }

  finish(): string {
    // Every token is copied whole and the rest is ASCII: a well-formed text lays out well-formed.
    return unitsToString(this.units, this.length, textIsWellFormed(this.text) || undefined);
  }

  /** A member's value stays on its name's line; an array's item starts a line of its own. */
  private beforeValue(): void {
    if (this.afterKey) this.afterKey = false;
    else if (this.depth > 0) this.nextLine();
  }

  private open(bracket: number): void {
    this.unit(bracket);
    this.depth++;
    this.afterValue = false;
  }

  /** An empty container closes on the line it opened: `{}`, `[]`. */
  private close(bracket: number): void {
    this.depth--;
    if (this.afterValue) this.lineBreak();
    this.unit(bracket);
    this.afterValue = true;
  }

  /** The `,` after the previous member or item, if any, and a new line at the current depth. */
  private nextLine(): void {
    if (this.afterValue) this.unit(COMMA);
    this.lineBreak();
    this.afterValue = false;
  }

  private lineBreak(): void {
    const spaces = 2 * this.depth;
    if (!this.reserve(1 + spaces)) return;
    const { units } = this;
    let n = this.length;
    units[n++] = LF;
    const end = n + spaces;
    // Most lines are a few levels deep, where a loop beats a call to fill.
    if (spaces > 32) units.fill(SPACE, n, end);
    else while (n < end) units[n++] = SPACE;
    this.length = end;
  }

  private unit(unit: number): void {
    if (this.reserve(1)) this.units[this.length++] = unit;
  }

  /** The input's text from `start` to `end`, as written. */
  private copy(start: number, end: number): void {
    if (!this.reserve(end - start)) return;
    const { text, units } = this;
    let n = this.length;
    for (let i = start; i < end; i++) units[n++] = text.charCodeAt(i);
    this.length = n;
  }

  /** Whether `extra` more code units fit within `maxLength`; grows the buffer if need be. */
  private reserve(extra: number): boolean {
    const needed = this.length + extra;
    if (needed <= this.units.length) return true;
    if (this.tooLong || needed > this.maxLength) {
      // The buffer counts as full from now on, so that no later write passes the check above.
      this.tooLong = true;
      this.length = this.units.length;
      return false;
    }
    const grown = new Uint16Array(
      Math.min(this.maxLength, Math.max(needed, 2 * this.units.length)),
    );
    grown.set(this.units.subarray(0, this.length));
    this.units = grown;
    return true;
  }
}

/**
 * `text` indented by two spaces per level: one member or item per line, `": "` after each
 * name, `{}` and `[]` when empty, no line break at the end. Every name, string and number is
 * copied as written; white space between tokens is all that changes. Syntax errors and the
 * depth limit are parseJson's; valid JSON that would lay out longer than `maxLength` is
 * `JSON_PRETTY_TOO_LONG`.
 */
export function prettyJson(text: string, options: JsonPrettyOptions = {}): JsonPrettyResult {
  const maxLength = options.maxLength ?? DEFAULT_MAX_PRETTY_LENGTH;
  if (!(maxLength >= 0)) throw new RangeError(`maxLength must be a number >= 0, not ${maxLength}`);
  const writer = new PrettyWriter(text, maxLength);
  const error = new JsonReader(text, options.maxDepth ?? DEFAULT_MAX_DEPTH).read(writer);
  if (error !== undefined) return { ok: false, error };
  if (writer.tooLong) return { ok: false, error: { code: 'JSON_PRETTY_TOO_LONG', maxLength } };
  return { ok: true, text: writer.finish() };
}
