import { useEffect, useState } from 'react';

/** Seconds since the epoch, refreshed every few seconds so relative times stay true. */
export function useNow(intervalMs = 10_000): number {
  const [now, setNow] = useState(() => Date.now() / 1000);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() / 1000), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "in 3 hours", "2 days ago", in the page's language. */
export function relativeTime(seconds: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const size = Math.abs(seconds);
  const [unit, length] = UNITS.find(([, unitLength]) => size >= unitLength) ?? ['second', 1];
  return format.format(Math.round(seconds / length), unit);
}

/** A duration such as "1 hour" or "30 days", in the page's language. */
export function duration(seconds: number, locale: string): string {
  const [unit, length] = UNITS.find(([, unitLength]) => Math.abs(seconds) >= unitLength) ?? [
    'second',
    1,
  ];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(
    Math.round((seconds / length) * 10) / 10,
  );
}

export function localTime(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'long' });
}

/**
 * A count such as "20,000". English and Chinese both group digits by three with a comma; this
 * is not Intl.NumberFormat, whose first use loads locale data for over 10 ms.
 */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
