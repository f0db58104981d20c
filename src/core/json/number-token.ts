/** Numbers, RFC 8259 §6: `-? int frac? exp?`; no `+`, no leading zeros, no bare `.`. */
import { syntaxStop } from './syntax-error';

const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;

/** Digit strings up to this length are exact as doubles when summed digit by digit. */
const EXACT_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: EXACT_DIGITS + 1 }, (_, k) => 10 ** k);

/** Reads numbers of one text. */
export class NumberToken {
  /** After `read`: the value JSON.parse gives the number. */
  value = 0;
  /** After `read`: whether it was written without fraction or exponent. */
  integer = false;

  constructor(private readonly text: string) {}

  /** Reads the number at `start`; returns the offset after it. */
  read(start: number): number {
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
      throw syntaxStop(text, 'JSON_SYNTAX', i, 'digit');
    }
    const integerEnd = i;
    let fractionDigits = 0;
    if (c === DOT) {
      const fractionStart = i + 1;
      i = this.readDigits(fractionStart);
      for (let k = fractionStart; k < i; k++) value = value * 10 + (text.charCodeAt(k) - ZERO);
      fractionDigits = i - fractionStart;
      c = text.charCodeAt(i);
    }
    let exponent = false;
    if (c === 0x65 /* e */ || c === 0x45 /* E */) {
      c = text.charCodeAt(++i);
      if (c === PLUS || c === MINUS) i++;
      i = this.readDigits(i);
      exponent = true;
    }
    const digits = integerEnd - start - (negative ? 1 : 0) + fractionDigits;
    if (exponent || digits > EXACT_DIGITS) {
      value = Number(text.slice(start, i));
    } else {
      // `value` and 10^fractionDigits are exact doubles (both at most 10^15), so the one
      // rounding of the division gives the correctly rounded value Number() would.
      if (fractionDigits > 0) value /= POWERS_OF_TEN[fractionDigits]!;
      if (negative) value = -value;
    }
    this.value = value;
    this.integer = i === integerEnd;
    return i;
  }

  /** One or more digits from `start`; returns the offset after them. */
  private readDigits(start: number): number {
    const text = this.text;
    let i = start;
    let c = text.charCodeAt(i);
    if (!(c >= ZERO && c <= NINE)) throw syntaxStop(text, 'JSON_SYNTAX', i, 'digit');
    do c = text.charCodeAt(++i);
    while (c >= ZERO && c <= NINE);
    return i;
  }
}
