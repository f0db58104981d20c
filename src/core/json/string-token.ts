/** Strings, RFC 8259 §7: `"`, unescaped characters from U+0020 on, escapes, `"`. */
import { syntaxStop } from './syntax-error';
import { unitsToString } from './text-builder';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SPACE = 0x20;

/** The code unit the character after `\` stands for, or -1. */
function escapedUnit(c: number): number {
  switch (c) {
    case QUOTE:
    case BACKSLASH:
    case 0x2f: // '/'
      return c;
    case 0x62: // 'b'
      return 0x08;
    case 0x66: // 'f'
      return 0x0c;
    case 0x6e: // 'n'
      return 0x0a;
    case 0x72: // 'r'
      return 0x0d;
    case 0x74: // 't'
      return 0x09;
    default:
      return -1;
  }
}

/** The four hex digits of `\uXXXX` from `start`, as a code unit. */
function readHex4(text: string, start: number): number {
  let code = 0;
  for (let i = start; i < start + 4; i++) {
    const c = text.charCodeAt(i);
    let digit: number;
    if (c >= 0x30 && c <= 0x39) digit = c - 0x30;
    else if (c >= 0x61 && c <= 0x66) digit = c - 0x57;
    else if (c >= 0x41 && c <= 0x46) digit = c - 0x37;
    else throw syntaxStop(text, 'JSON_SYNTAX', i, 'hex-digit');
    code = code * 16 + digit;
  }
  return code;
}

const NO_UNITS = new Uint16Array(0);
/**
 * A plain run: anything but a quote, a backslash or a control character. Sticky, so one match
 * from `lastIndex` leaves `lastIndex` at the run's end; about twice as fast on long strings as
 * searching for the first special character with a global regex.
 */
// JSON forbids raw control characters in strings (RFC 8259 §7): they end a plain run too.
// eslint-disable-next-line no-control-regex
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;
/** Strings longer than this are scanned by PLAIN_RUN, faster than charCodeAt by hand. */
const BY_HAND = 32;

/** Reads strings of one text; reuses its buffer for those with escapes. */
export class StringToken {
  /** After `read`: the offset after the closing quote. */
  end = 0;
  /** After `read`: whether the string had an escape. */
  escaped = false;
  /** Allocated on the first escape: most strings in a JWT have none. */
  private units: Uint16Array<ArrayBuffer> = NO_UNITS;

  constructor(private readonly text: string) {}

  /** The value of the string whose opening quote is at `start`. */
  read(start: number): string {
    const text = this.text;
    const length = text.length;
    let i = start + 1;
    const byHand = Math.min(length, i + BY_HAND);
    for (;;) {
      if (i >= byHand) {
        PLAIN_RUN.lastIndex = i;
        PLAIN_RUN.test(text);
        i = PLAIN_RUN.lastIndex;
        if (i >= length) throw syntaxStop(text, 'JSON_SYNTAX', i, '"');
      }
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        this.end = i + 1;
        this.escaped = false;
        return text.slice(start + 1, i);
      }
      if (c === BACKSLASH) return this.readEscaped(start, i);
      if (c < SPACE) throw syntaxStop(text, 'JSON_SYNTAX', i, 'escape');
      i++;
    }
  }

  /**
   * The rest of a string from its first `\` at `from`. Code units go to a buffer that becomes
   * a string in large chunks: appending piece by piece is slow for many escapes.
   */
  private readEscaped(start: number, from: number): string {
    const text = this.text;
    const length = text.length;
    let i = from;
    let units = this.units;
    let n = 0;
    for (let k = start + 1; k < i; k++) {
      if (n === units.length) units = this.grow();
      units[n++] = text.charCodeAt(k);
    }
    for (;;) {
      if (i >= length) throw syntaxStop(text, 'JSON_SYNTAX', i, '"');
      let c = text.charCodeAt(i);
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        i++;
        const escape = text.charCodeAt(i);
        if (escape === 0x75 /* u */) {
          c = readHex4(text, i + 1);
          i += 5;
        } else {
          c = escapedUnit(escape);
          if (c < 0) throw syntaxStop(text, 'JSON_SYNTAX', i, 'escape');
          i++;
        }
      } else if (c < SPACE) {
        throw syntaxStop(text, 'JSON_SYNTAX', i, 'escape');
      } else i++;
      if (n === units.length) units = this.grow();
      units[n++] = c;
    }
    this.end = i + 1;
    this.escaped = true;
    // A lone surrogate from `\uD800` stays, as JSON.parse keeps it.
    return unitsToString(units, n);
  }

  private grow(): Uint16Array<ArrayBuffer> {
    const units = new Uint16Array(Math.max(256, this.units.length * 2));
    units.set(this.units);
    this.units = units;
    return units;
  }
}
