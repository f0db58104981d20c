/**
 * One pass over JSON text (RFC 8259) that checks the grammar and reports what it reads to a
 * handler, which builds a value (parse.ts) or compact text (compact.ts).
 *
 * Nesting is kept on explicit stacks, not the call stack, so hostile input (10,000 `[`) meets
 * `maxDepth` (RFC 8259 §9 allows the limit) instead of a stack overflow.
 */
import { NumberToken } from './number-token';
import { StringToken } from './string-token';
import { SyntaxStop, syntaxStop } from './syntax-error';
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

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Per open container: whether it is an array, its member name or its item count. */
interface Stacks {
  readonly isArray: boolean[];
  readonly keys: string[];
  readonly counts: number[];
}

/**
 * Stacks kept from one read to the next. Fresh arrays for every read were most of what
 * reading a small text allocated (each grows a backing store of 17 slots at its first
 * element), and a typical JWT is two small texts. Every slot is written before it is read,
 * so nothing needs clearing; a read that starts while another is under way (a handler that
 * reads JSON itself) gets fresh stacks.
 */
let spare: Stacks | undefined;

function borrowStacks(): Stacks {
  const stacks = spare ?? { isArray: [], keys: [], counts: [] };
  spare = undefined;
  return stacks;
}

export class JsonReader {
  private readonly text: string;
  private readonly maxDepth: number;
  private readonly stacks: Stacks;
  private readonly isArray: boolean[];
  private readonly keys: string[];
  private readonly counts: number[];
  private depth = 0;
  private readonly strings: StringToken;
  private readonly numbers: NumberToken;

  /** One reader reads one text once; `maxDepth` may be Infinity. */
  constructor(text: string, maxDepth: number) {
    if (!(maxDepth >= 0)) throw new RangeError(`maxDepth must be a number >= 0, not ${maxDepth}`);
    this.text = text;
    this.maxDepth = maxDepth;
    const stacks = borrowStacks();
    this.stacks = stacks;
    this.isArray = stacks.isArray;
    this.keys = stacks.keys;
    this.counts = stacks.counts;
    this.strings = new StringToken(text);
    this.numbers = new NumberToken(text);
  }

  /**
   * The path to the value being read, or its first `levels` steps: `path(n - 1)` is the path
   * of the innermost of `n` open containers.
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
      if (thrown instanceof SyntaxStop) return thrown.error;
      throw thrown;
    } finally {
      // Member names stay in `keys` until overwritten: a few strings of the last text read.
      spare = this.stacks;
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
        const { strings } = this;
        const value = strings.read(i);
        handler.string(value, i, strings.end, strings.escaped);
        i = strings.end;
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
        const { numbers } = this;
        const end = numbers.read(i);
        handler.number(numbers.value, i, end, numbers.integer);
        i = end;
      } else if (c === 0x74 /* t */) {
        i = this.readName(i, 'true');
        handler.literal(true);
      } else if (c === 0x66 /* f */) {
        i = this.readName(i, 'false');
        handler.literal(false);
      } else if (c === 0x6e /* n */) {
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
    const { strings } = this;
    const key = strings.read(i);
    const end = strings.end;
    this.keys[this.depth - 1] = key;
    handler.key(key, i, end, strings.escaped);
    const colon = this.skipSpace(end);
    if (this.text.charCodeAt(colon) !== COLON) throw this.stop('JSON_SYNTAX', colon, ':');
    return this.skipSpace(colon + 1);
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

  private stop(code: JsonSyntaxError['code'], offset: number, expected?: JsonExpected): SyntaxStop {
    return syntaxStop(this.text, code, offset, expected);
  }
}
