/**
 * NumericDate (RFC 7519 §2): seconds since 1970-01-01T00:00:00Z UTC, ignoring leap seconds;
 * non-integer values are allowed. Reading one never consults the clock.
 */

export interface TimeOptions {
  /** The current time in seconds since the epoch, may be fractional. Always given: never read here. */
  readonly now: number;
  /** Clock skew allowed, in seconds; default 0. */
  readonly leeway?: number;
}

export interface NumericDateInfo {
  /** The value as given. */
  readonly seconds: number;
  /** ISO 8601 UTC of the instant, e.g. `'2011-03-22T18:43:00.000Z'`; undefined beyond Date's range. */
  readonly iso: string | undefined;
  /**
   * Beyond Date's range (±275,760 years), the year, counted in mean Gregorian years
   * (365.2425 days): `1e15` is about the year 31,690,000. Present exactly when `iso` is not.
   */
  readonly approximateYear?: number;
  /** True when the value is probably milliseconds: see `looksLikeMilliseconds`. */
  readonly looksLikeMilliseconds: boolean;
  /** The instant if the value is read as milliseconds; present when `looksLikeMilliseconds`. */
  readonly isoIfMilliseconds?: string;
}

/**
 * Why a value is not a NumericDate:
 * - `not-a-number`: not a JSON number (a string, boolean, null, object...);
 * - `numeric-string`: a string of decimal digits such as `"1300819380"`. RFC 7519 §2 requires
 *   a JSON number; jose rejects the string, PyJWT's `int()` accepts it, so the page says so;
 * - `not-finite`: `Infinity`, `NaN` (`JSON.parse` turns `1e400` into `Infinity`).
 *
 * A negative value is a NumericDate: an instant before 1970 (RFC 7519 §2 counts seconds from
 * the epoch either way), so `exp: -1` is simply long expired.
 */
export type NumericDateProblem = 'not-a-number' | 'numeric-string' | 'not-finite';

export type NumericDateReading = NumericDateInfo | { readonly problem: NumericDateProblem };

/** ECMAScript's time value range: ±8.64e15 ms from the epoch (ECMA-262 §21.4.1.1). */
const MAX_TIME_VALUE_MS = 8.64e15;

/**
 * The milliseconds rule. A value whose reading as milliseconds lands in [1990-01-01,
 * 2200-01-01) UTC, i.e. 631152000000 <= value < 7258118400000, looks like milliseconds:
 * read as seconds, every such value is after the year 21000, which no real token means, while
 * every plausible date in seconds (anything before the year 21000) stays below the range.
 */
export const MILLISECONDS_PLAUSIBLE_FROM = Date.UTC(1990, 0, 1);
export const MILLISECONDS_PLAUSIBLE_UNTIL = Date.UTC(2200, 0, 1);

const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const SECONDS_PER_YEAR = 365.2425 * 86_400;

function isoOfMilliseconds(ms: number): string | undefined {
  return Math.abs(ms) <= MAX_TIME_VALUE_MS ? new Date(ms).toISOString() : undefined;
}

export function looksLikeMilliseconds(seconds: number): boolean {
  return seconds >= MILLISECONDS_PLAUSIBLE_FROM && seconds < MILLISECONDS_PLAUSIBLE_UNTIL;
}

/** Reads a claim's value as a NumericDate; never throws. */
export function readNumericDate(value: unknown): NumericDateReading {
  if (typeof value !== 'number') {
    return {
      problem: typeof value === 'string' && DECIMAL.test(value) ? 'numeric-string' : 'not-a-number',
    };
  }
  if (!Number.isFinite(value)) return { problem: 'not-finite' };
  const iso = isoOfMilliseconds(value * 1000);
  if (iso === undefined) {
    const approximateYear = Math.floor(1970 + value / SECONDS_PER_YEAR);
    return { seconds: value, iso, approximateYear, looksLikeMilliseconds: false };
  }
  if (!looksLikeMilliseconds(value)) return { seconds: value, iso, looksLikeMilliseconds: false };
  return {
    seconds: value,
    iso,
    looksLikeMilliseconds: true,
    isoIfMilliseconds: new Date(value).toISOString(),
  };
}

export function isNumericDateInfo(reading: NumericDateReading): reading is NumericDateInfo {
  return !('problem' in reading);
}

/** An instant for a message's detail: `iso`, or `year` beyond Date's range; empty if unread. */
export function instantDetail(
  reading: NumericDateReading | undefined,
): Readonly<Record<string, string | number>> {
  if (reading === undefined || !isNumericDateInfo(reading)) return {};
  if (reading.iso !== undefined) return { iso: reading.iso };
  return reading.approximateYear !== undefined ? { year: reading.approximateYear } : {};
}
