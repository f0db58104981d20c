/**
 * One pass over JSON text (RFC 8259) that checks the grammar and reports what it reads to a
 * handler, which builds a value (parse.ts) or compact text (compact.ts).
 *
 * Nesting is kept on explicit stacks, not the call stack, so hostile input (10,000 `[`) meets
 * `maxDepth` (RFC 8259 §9 allows the limit) instead of a stack overflow.
 */
import { lineColumn } from './location';
import type { JsonExpected, JsonPath, JsonSyntaxError } from './types';

export interface JsonHandler {
  beginObject(): void;
  /** A member name; `start..end` is the name's text, quotes included. */
  key(key: string, start: number, end: number, escaped: boolean): void;
  endObject(): void;
  beginArray(): void;
  endArray(): void;
  /** `start..end` is the string's text, quotes included; `escaped` if it has a `\`. */
  string(value: string, start: number, end: number, escaped: boolean): void;
  /** `integer`: written without fraction or exponent. */
  number(value: number, start: number, end: number, integer: boolean): void;
  literal(value: boolean | null): void;
}

/** Thrown inside the reader only, caught by `read` and returned as data. */
class Stop {
  constructor(readonly error: JsonSyntaxError) {}
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** RFC 8259 §7: what the character after `\` stands for, or `undefined`. */
function escapedChar(c: number): string | undefined {
  switch (c) {
    case QUOTE:
      return '"';
    case BACKSLASH:
      return '\\';
    case 0x2f:
      return '/';
    case 0x62:
      return '\b';
    case 0x66:
      return '\f';
    case 0x6e:
      return '\n';
    case 0x72:
      return '\r';
    case 0x74:
      return '\t';
    default:
      return undefined;
  }
}

/** Integers with at most this many digits are exact when summed digit by digit. */
const EXACT_DIGITS = 15;

export class JsonReader {
  private readonly text: string;
  private readonly maxDepth: number;
  /** Per open container: whether it is an array, its member name or its item count. */
  private readonly isArray: boolean[] = [];
  private readonly keys: string[] = [];
  private readonly counts: number[] = [];
  private depth = 0;
  /** Set by `readString`: where the string ended and whether it had escapes. */
  private stringEnd = 0;
  private stringEscaped = false;

  constructor(text: string, maxDepth: number) {
    this.text = text;
    this.maxDepth = maxDepth;
  }

  /**
   * The path of the value being read; with `levels`, of its container that many levels
   * below the top (0 is the top-level value).
   */
  path(levels: number = this.depth): JsonPath {
    const path: (string | number)[] = [];
    for (let d = 0; d < levels; d++) {
      path.push(this.isArray[d] ? this.counts[d]! : this.keys[d]!);
    }
    return path;
  }

  /** Reads the whole text, reporting to `handler`; returns the first error, if any. */
  read(handler: JsonHandler): JsonSyntaxError | undefined {
    try {
      this.readAll(handler);
      return undefined;
    } catch (thrown) {
      if (thrown instanceof Stop) return thrown.error;
      throw thrown;
    }
  }

  private readAll(handler: JsonHandler): void {
    const text = this.text;
    const length = text.length;
    let i = this.skipSpace(0);
    if (i >= length) throw this.stop('JSON_EMPTY', i, 'value');

    value: for (;;) {
      // A value starts at i (RFC 8259 §3).
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        const value = this.readString(i);
        handler.string(value, i, this.stringEnd, this.stringEscaped);
        i = this.stringEnd;
      } else if (c === OPEN_BRACE) {
        this.open(i, false);
        handler.beginObject();
        i = this.skipSpace(i + 1);
        if (text.charCodeAt(i) !== CLOSE_BRACE) {
          i = this.readKey(i, handler);
          continue value;
        }
        this.depth--;
        handler.endObject();
        i++;
      } else if (c === OPEN_BRACKET) {
        this.open(i, true);
        handler.beginArray();
        i = this.skipSpace(i + 1);
        if (text.charCodeAt(i) !== CLOSE_BRACKET) continue value;
        this.depth--;
        handler.endArray();
        i++;
      } else if (c === MINUS || (c >= ZERO && c <= NINE)) {
        i = this.readNumber(i, handler);
      } else if (c === 0x74) {
        i = this.readName(i, 'true');
        handler.literal(true);
      } else if (c === 0x66) {
        i = this.readName(i, 'false');
        handler.literal(false);
      } else if (c === 0x6e) {
        i = this.readName(i, 'null');
        handler.literal(null);
      } else {
        throw this.stop('JSON_SYNTAX', i, 'value');
      }

      // After a value: the next member or item, the end of its container, or of the text.
      for (;;) {
        i = this.skipSpace(i);
        const top = this.depth - 1;
        if (top < 0) {
          if (i < length) throw this.stop('JSON_SYNTAX', i, 'end');
          return;
        }
        const next = text.charCodeAt(i);
        if (this.isArray[top]) {
          if (next === COMMA) {
            this.counts[top]!++;
            i = this.skipSpace(i + 1);
            continue value;
          }
          if (next !== CLOSE_BRACKET) throw this.stop('JSON_SYNTAX', i, ',-or-]');
          this.depth--;
          handler.endArray();
        } else {
          if (next === COMMA) {
            i = this.readKey(this.skipSpace(i + 1), handler);
            continue value;
          }
          if (next !== CLOSE_BRACE) throw this.stop('JSON_SYNTAX', i, ',-or-}');
          this.depth--;
          handler.endObject();
        }
        i++;
      }
    }
  }

  private open(offset: number, isArray: boolean): void {
    const d = this.depth;
    if (d >= this.maxDepth) throw this.stop('JSON_TOO_DEEP', offset);
    this.isArray[d] = isArray;
    this.counts[d] = 0;
    this.keys[d] = '';
    this.depth = d + 1;
  }

  private skipSpace(from: number): number {
    const text = this.text;
    let i = from;
    for (;;) {
      // RFC 8259 §2: only these four are white space.
      const c = text.charCodeAt(i);
      if (c === SPACE || c === LF || c === CR || c === TAB) i++;
      else return i;
    }
  }

  /** A member name at `i`, its `:` and the white space after it (RFC 8259 §4). */
  private readKey(i: number, handler: JsonHandler): number {
    if (this.text.charCodeAt(i) !== QUOTE) throw this.stop('JSON_SYNTAX', i, 'string');
    const key = this.readString(i);
    const end = this.stringEnd;
    this.keys[this.depth - 1] = key;
    handler.key(key, i, end, this.stringEscaped);
    const colon = this.skipSpace(end);
    if (this.text.charCodeAt(colon) !== COLON) throw this.stop('JSON_SYNTAX', colon, ':');
    return this.skipSpace(colon + 1);
  }

  /** A string whose opening quote is at `start` (RFC 8259 §7). */
  private readString(start: number): string {
    const text = this.text;
    const length = text.length;
    let i = start + 1;
    for (;;) {
      if (i >= length) throw this.stop('JSON_SYNTAX', i, '"');
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        this.stringEnd = i + 1;
        this.stringEscaped = false;
        return text.slice(start + 1, i);
      }
      if (c === BACKSLASH) break;
      if (c < SPACE) throw this.stop('JSON_SYNTAX', i, 'escape');
      i++;
    }
    // Escapes: the unescaped runs are sliced, not copied a character at a time.
    let value = text.slice(start + 1, i);
    let run = i;
    for (;;) {
      if (i >= length) throw this.stop('JSON_SYNTAX', i, '"');
      const c = text.charCodeAt(i);
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        value += text.slice(run, i);
        i++;
        const escape = text.charCodeAt(i);
        if (escape === 0x75) {
          value += String.fromCharCode(this.readHex4(i + 1));
          i += 5;
        } else {
          const decoded = escapedChar(escape);
          if (decoded === undefined) throw this.stop('JSON_SYNTAX', i, 'escape');
          value += decoded;
          i++;
        }
        run = i;
        continue;
      }
      if (c < SPACE) throw this.stop('JSON_SYNTAX', i, 'escape');
      i++;
    }
    this.stringEnd = i + 1;
    this.stringEscaped = true;
    // A lone surrogate from `\uD800` stays, as JSON.parse keeps it.
    return value + text.slice(run, i);
  }

  private readHex4(start: number): number {
    let code = 0;
    for (let i = start; i < start + 4; i++) {
      const c = this.text.charCodeAt(i);
      let digit: number;
      if (c >= ZERO && c <= NINE) digit = c - ZERO;
      else if (c >= 0x61 && c <= 0x66) digit = c - 0x57;
      else if (c >= 0x41 && c <= 0x46) digit = c - 0x37;
      else throw this.stop('JSON_SYNTAX', i, 'hex-digit');
      code = code * 16 + digit;
    }
    return code;
  }

  /** `-? int frac? exp?` (RFC 8259 §6): no `+`, no leading zeros, no bare `.`. */
  private readNumber(start: number, handler: JsonHandler): number {
    const text = this.text;
    let i = start;
    const negative = text.charCodeAt(i) === MINUS;
    if (negative) i++;
    let c = text.charCodeAt(i);
    let value = 0;
    if (c === ZERO) {
      c = text.charCodeAt(++i);
    } else if (c > ZERO && c <= NINE) {
      do {
        value = value * 10 + (c - ZERO);
        c = text.charCodeAt(++i);
      } while (c >= ZERO && c <= NINE);
    } else {
      throw this.stop('JSON_SYNTAX', i, 'digit');
    }
    const integerEnd = i;
    if (c === DOT) {
      i = this.readDigits(i + 1);
      c = text.charCodeAt(i);
    }
    if (c === LOWER_E || c === UPPER_E) {
      c = text.charCodeAt(++i);
      if (c === PLUS || c === MINUS) i++;
      i = this.readDigits(i);
    }
    const integer = i === integerEnd;
    if (!integer || integerEnd - start > EXACT_DIGITS) value = Number(text.slice(start, i));
    else if (negative) value = -value;
    handler.number(value, start, i, integer);
    return i;
  }

  /** One or more digits from `start`; returns the offset after them. */
  private readDigits(start: number): number {
    const text = this.text;
    let i = start;
    let c = text.charCodeAt(i);
    if (!(c >= ZERO && c <= NINE)) throw this.stop('JSON_SYNTAX', i, 'digit');
    do c = text.charCodeAt(++i);
    while (c >= ZERO && c <= NINE);
    return i;
  }

  /** `true`, `false` or `null` at `start` (RFC 8259 §3: lowercase only). */
  private readName(start: number, name: 'true' | 'false' | 'null'): number {
    for (let k = 1; k < name.length; k++) {
      if (this.text.charCodeAt(start + k) !== name.charCodeAt(k)) {
        throw this.stop('JSON_SYNTAX', start + k, name);
      }
    }
    return start + name.length;
  }

  private stop(code: JsonSyntaxError['code'], offset: number, expected?: JsonExpected): Stop {
    const { line, column } = lineColumn(this.text, offset);
    if (expected === undefined) return new Stop({ code, offset, line, column });
    const point = this.text.codePointAt(offset);
    const found = point === undefined ? 'end' : String.fromCodePoint(point);
    return new Stop({ code, offset, line, column, expected, found });
  }
}
