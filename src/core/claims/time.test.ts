import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MILLISECONDS_PLAUSIBLE_FROM,
  MILLISECONDS_PLAUSIBLE_UNTIL,
  isNumericDateInfo,
  readNumericDate,
} from './time';

describe('readNumericDate', () => {
  it('RFC 7519 §3.1: exp 1300819380 is 2011-03-22T18:43:00.000Z', () => {
    expect(readNumericDate(1300819380)).toEqual({
      seconds: 1300819380,
      iso: '2011-03-22T18:43:00.000Z',
      looksLikeMilliseconds: false,
    });
  });

  it('RFC 7519 §2: keeps a non-integer NumericDate and shows its milliseconds', () => {
    expect(readNumericDate(1300819380.5)).toMatchObject({
      seconds: 1300819380.5,
      iso: '2011-03-22T18:43:00.500Z',
    });
  });

  it('reads 0 as the epoch, not as milliseconds', () => {
    expect(readNumericDate(0)).toEqual({
      seconds: 0,
      iso: '1970-01-01T00:00:00.000Z',
      looksLikeMilliseconds: false,
    });
  });

  it('flags 1700000000000 as milliseconds and gives the instant it probably meant', () => {
    const reading = readNumericDate(1700000000000);
    expect(reading).toMatchObject({
      seconds: 1700000000000,
      looksLikeMilliseconds: true,
      isoIfMilliseconds: '2023-11-14T22:13:20.000Z',
    });
    // Read as seconds it is still an instant, tens of thousands of years away.
    expect(isNumericDateInfo(reading) && reading.iso?.startsWith('+0')).toBe(true);
  });

  it('does not flag 1700000000 (seconds) as milliseconds', () => {
    const reading = readNumericDate(1700000000);
    expect(reading).toEqual({
      seconds: 1700000000,
      iso: '2023-11-14T22:13:20.000Z',
      looksLikeMilliseconds: false,
    });
    expect(reading).not.toHaveProperty('isoIfMilliseconds');
  });

  it('flags milliseconds from 1990-01-01 inclusive to 2200-01-01 exclusive', () => {
    expect(MILLISECONDS_PLAUSIBLE_FROM).toBe(631152000000);
    expect(MILLISECONDS_PLAUSIBLE_UNTIL).toBe(7258118400000);
    const flag = (n: number) => {
      const reading = readNumericDate(n);
      return isNumericDateInfo(reading) && reading.looksLikeMilliseconds;
    };
    expect(flag(MILLISECONDS_PLAUSIBLE_FROM - 1)).toBe(false);
    expect(flag(MILLISECONDS_PLAUSIBLE_FROM)).toBe(true);
    expect(flag(MILLISECONDS_PLAUSIBLE_UNTIL - 1)).toBe(true);
    expect(flag(MILLISECONDS_PLAUSIBLE_UNTIL)).toBe(false);
  });

  it('reports a numeric string apart from other non-numbers', () => {
    expect(readNumericDate('1300819380')).toEqual({ problem: 'numeric-string' });
    expect(readNumericDate('1300819380.5')).toEqual({ problem: 'numeric-string' });
    for (const value of ['soon', '', ' 1 ', '1e9', null, true, {}, [], undefined]) {
      expect(readNumericDate(value)).toEqual({ problem: 'not-a-number' });
    }
  });

  it('reports infinities and NaN as not finite, including 1e400 from JSON.parse', () => {
    const parsed: unknown = JSON.parse('{"exp":1e400}');
    const exp = (parsed as { exp: unknown }).exp;
    for (const value of [exp, Infinity, -Infinity, NaN]) {
      expect(readNumericDate(value)).toEqual({ problem: 'not-finite' });
    }
  });

  it('RFC 7519 §2: a negative NumericDate is an instant before 1970', () => {
    expect(readNumericDate(-1)).toEqual({
      seconds: -1,
      iso: '1969-12-31T23:59:59.000Z',
      looksLikeMilliseconds: false,
    });
    // The Apollo 11 landing, as `date -d @-14182940` shows it.
    expect(readNumericDate(-14182940)).toMatchObject({ iso: '1969-07-20T20:17:40.000Z' });
    expect(readNumericDate(-0.001)).toMatchObject({ iso: '1969-12-31T23:59:59.999Z' });
  });

  it("beyond Date's range (8.64e15 ms) gives the year instead of an ISO string", () => {
    expect(readNumericDate(8.64e12)).toMatchObject({ iso: '+275760-09-13T00:00:00.000Z' });
    expect(readNumericDate(8.64e12)).not.toHaveProperty('approximateYear');
    expect(readNumericDate(8.64e12 + 1)).toEqual({
      seconds: 8.64e12 + 1,
      iso: undefined,
      approximateYear: 275_760,
      looksLikeMilliseconds: false,
    });
    // 1e15 s / (365.2425 × 86400 s) = 31,688,738.5 years after 1970.
    expect(readNumericDate(1e15)).toMatchObject({ approximateYear: 31_690_708 });
    expect(readNumericDate(-1e15)).toMatchObject({ approximateYear: -31_686_769 });
  });

  it('property: any finite value in [0, 8.64e12] reads without throwing and its ISO string round-trips', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 8.64e12, noNaN: true }), (seconds) => {
        const reading = readNumericDate(seconds);
        if (!isNumericDateInfo(reading) || reading.iso === undefined) return false;
        // Date keeps whole milliseconds, truncating (ECMA-262 TimeClip).
        const lost = seconds * 1000 - Date.parse(reading.iso);
        return lost >= 0 && lost < 1;
      }),
    );
  });

  it('property: whole seconds up to the year 2286 never look like milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), (seconds) => {
        const reading = readNumericDate(seconds);
        return isNumericDateInfo(reading) && !reading.looksLikeMilliseconds;
      }),
    );
  });
});
