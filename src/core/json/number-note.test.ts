import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberNoteKind } from './number-note';

/** The note for a JSON number literal, as parseJson computes it. */
function kindOf(text: string): ReturnType<typeof numberNoteKind> {
  return numberNoteKind(text, Number(text), !/[.eE]/.test(text));
}

/** Exact decimal value of a number text as `[sign, digits, exponent]`, zero as `['', '', 0]`. */
function exactDecimal(text: string): [string, string, number] {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text)!;
  const digits = (match[2]! + (match[3] ?? '')).replace(/^0+/, '');
  const trimmed = digits.replace(/0+$/, '');
  if (trimmed === '') return ['', '', 0];
  const exponent = Number(match[4] ?? 0) - (match[3] ?? '').length + digits.length - trimmed.length;
  return [match[1]!, trimmed, exponent];
}

describe('numberNoteKind', () => {
  it('notes nothing for numbers JSON.stringify writes back as they are', () => {
    for (const text of ['0', '-1', '42', '9007199254740991', '-9007199254740991', '0.5', '-0.5']) {
      expect(kindOf(text), text).toBeUndefined();
    }
    for (const text of ['1.5e-7', '1e+21', '1.7976931348623157e+308', '5e-324', '0.000001']) {
      expect(kindOf(text), text).toBeUndefined();
    }
  });

  it('unsafe-integer: integer literals outside ±(2^53 - 1), whether or not rounded', () => {
    for (const text of ['9007199254740992', '-9007199254740992', '12345678901234567890']) {
      expect(kindOf(text), text).toBe('unsafe-integer');
    }
    expect(kindOf('1' + '0'.repeat(400))).toBe('unsafe-integer');
  });

  it('lossy: digits that a double does not keep, overflow and underflow', () => {
    for (const text of [
      '0.1000000000000000000001',
      '1e400',
      '-1e400',
      '1e-400',
      '1.00000000000000000001e5',
    ]) {
      expect(kindOf(text), text).toBe('lossy');
    }
    expect(kindOf('123456789012345678901234.5')).toBe('lossy');
  });

  it('not-canonical: exact values JSON.stringify writes another way', () => {
    for (const text of [
      '3.0',
      '1E3',
      '1e2',
      '-0',
      '0.50',
      '-0.0',
      '0e5',
      '1.5E+2',
      '0.0000001',
      '1e21',
    ]) {
      expect(kindOf(text), text).toBe('not-canonical');
    }
  });

  const numberText = fc
    .tuple(
      fc.boolean(),
      fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9]\d{0,24}$/)),
      fc.option(fc.stringMatching(/^\d{1,24}$/), { nil: undefined }),
      fc.option(fc.stringMatching(/^[eE][+-]?\d{1,3}$/), { nil: undefined }),
    )
    .map(([negative, int, fraction, exponent]) => {
      return `${negative ? '-' : ''}${int}${fraction === undefined ? '' : `.${fraction}`}${exponent ?? ''}`;
    });

  it('notes nothing exactly when JSON.stringify(JSON.parse(text)) gives the text back', () => {
    fc.assert(
      fc.property(numberText, (text) => {
        const kind = kindOf(text);
        const same = JSON.stringify(JSON.parse(text)) === text;
        if (kind === 'unsafe-integer') return;
        expect(kind === undefined).toBe(same);
      }),
      { numRuns: 5000 },
    );
  });

  it('tells lossy from not-canonical by the exact decimal values', () => {
    fc.assert(
      fc.property(numberText, (text) => {
        const kind = kindOf(text);
        if (kind === undefined || kind === 'unsafe-integer') return;
        const value = Number(text);
        const exact =
          Number.isFinite(value) &&
          JSON.stringify(exactDecimal(text).slice(1)) ===
            JSON.stringify(exactDecimal(String(value)).slice(1)) &&
          (value === 0 || exactDecimal(text)[0] === exactDecimal(String(value))[0]);
        expect(kind, text).toBe(exact ? 'not-canonical' : 'lossy');
      }),
      { numRuns: 5000 },
    );
  });
});
