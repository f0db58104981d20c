/**
 * A span of seconds as a person reads it: "3,112 years", not "98203893255.378 seconds". The
 * core picks the largest unit that fits and rounds; the page words the unit in its language
 * (Intl.NumberFormat's `unit` style takes these unit names as they are).
 */

export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'year';

export interface ReadableDuration {
  /** The span in `unit`, never negative: to one decimal below 10, whole from 10 up. */
  readonly amount: number;
  readonly unit: DurationUnit;
}

const DAY = 86_400;
/** Largest first. A year is the mean Gregorian year (365.2425 days). */
const UNITS: readonly (readonly [DurationUnit, number])[] = [
  ['year', 365.2425 * DAY],
  ['day', DAY],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/** The absolute value of `seconds` in the largest unit of which it holds at least one. */
export function readableDuration(seconds: number): ReadableDuration {
  const size = Math.abs(seconds);
  const [unit, length] = UNITS.find(([, unitLength]) => size >= unitLength) ?? ['second', 1];
  const exact = size / length;
  const amount = exact < 10 ? Math.round(exact * 10) / 10 : Math.round(exact);
  return { amount, unit };
}

/** A span for a message's detail: whole seconds, and `amount` and `unit` to word it by. */
export function spanDetail(seconds: number): Readonly<Record<string, string | number>> {
  const { amount, unit } = readableDuration(seconds);
  return { seconds: Math.round(seconds), amount, unit };
}
