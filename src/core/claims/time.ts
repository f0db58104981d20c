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
 * - `not-finite`: `Infinity`, `NaN` (`JSON.parse` turns `1e400` into `Infinity`);
 * - `negative`: before 1970.
 */
export type NumericDateProblem = 'not-a-number' | 'numeric-string' | 'not-finite' | 'negative';

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
  if (value < 0) return { problem: 'negative' };
  const iso = isoOfMilliseconds(value * 1000);
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
