/**
 * Whether a JSON number survives as a JavaScript number. RFC 8259 §6: "numbers that are
 * expected to be exact" outside IEEE 754 double's integer range, or with more precision than a
 * double holds, are not interoperable; JSON.parse rounds them without a word.
 */
import type { JsonNumberNote } from './types';

type Kind = JsonNumberNote['kind'];

/**
 * The note for a number literal, or `undefined` when `String(value)` (which is what
 * JSON.stringify writes) gives back exactly `text`. `integer` says the literal has neither a
 * fraction nor an exponent; `value` is `Number(text)`.
 */
export function numberNoteKind(text: string, value: number, integer: boolean): Kind | undefined {
  if (integer) {
    if (!Number.isSafeInteger(value)) return 'unsafe-integer';
    // `-0` is the only safe integer literal JSON.stringify writes differently (as `0`).
    return Object.is(value, -0) ? 'not-canonical' : undefined;
  }
  if (!Number.isFinite(value)) return 'lossy';
  if (text.length <= 16 && !/[eE]/.test(text)) {
    // At most 15 significant digits, which a double keeps (DBL_DIG) and no shorter text
    // shares, so String(value) has the same digits; it writes them without trailing zeros,
    // and with an exponent below 10^-6 (ECMA-262 §6.1.6.1.20 Number::toString).
    const exactFormat = text.charCodeAt(text.length - 1) !== 0x30 && Math.abs(value) >= 1e-6;
    return exactFormat ? undefined : 'not-canonical';
  }
  const canonical = String(value);
  if (canonical === text) return undefined;
  return sameDecimal(text, canonical) ? 'not-canonical' : 'lossy';
}

interface Decimal {
  readonly negative: boolean;
  /** Significant digits, no leading or trailing zeros; empty for zero. */
  readonly digits: string;
  /** The value is `digits × 10^exponent`. */
  readonly exponent: number;
}

/** Reads a JSON number or a `Number#toString` result (`-1.5e-7`, `1e+21`). */
function decimal(text: string): Decimal {
  const negative = text.charCodeAt(0) === 0x2d;
  const e = text.search(/[eE]/);
  const mantissa = text.slice(negative ? 1 : 0, e < 0 ? text.length : e);
  let exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const point = mantissa.indexOf('.');
  let digits = mantissa;
  if (point >= 0) {
    digits = mantissa.slice(0, point) + mantissa.slice(point + 1);
    exponent -= mantissa.length - point - 1;
  }
  let first = 0;
  while (first < digits.length && digits.charCodeAt(first) === 0x30) first++;
  let last = digits.length;
  while (last > first && digits.charCodeAt(last - 1) === 0x30) last--;
  return { negative, digits: digits.slice(first, last), exponent: exponent + digits.length - last };
}

/** Whether two decimal texts denote the same number; zeros are equal whatever their sign. */
function sameDecimal(a: string, b: string): boolean {
  const x = decimal(a);
  const y = decimal(b);
  if (x.digits === '' || y.digits === '') return x.digits === y.digits;
  return x.negative === y.negative && x.digits === y.digits && x.exponent === y.exponent;
}
