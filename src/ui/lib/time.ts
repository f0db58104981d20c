import { useEffect, useState } from 'react';
import type { Language } from '../i18n';

/** The Intl locale of the page's language. */
export const intlLocale = (language: Language): string => (language === 'zh' ? 'zh-CN' : 'en');

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

/**
 * Intl formatters, made once per locale and kind. Making one costs about a millisecond, the
 * first of its kind on a fresh page over 10 ms (it loads locale data), and a claims table asks
 * for a dozen per render. A memo of immutable objects, keyed by everything they are made of.
 */
const formatters = new Map<string, object>();

function formatter<T extends object>(key: string, make: () => T): T {
  const known = formatters.get(key) as T | undefined;
  if (known !== undefined) return known;
  const made = make();
  formatters.set(key, made);
  return made;
}

const relativeFormat = (locale: string) =>
  formatter(`relative ${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

const unitFormat = (locale: string, unit: Intl.RelativeTimeFormatUnit) =>
  formatter(
    `unit ${locale} ${unit}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }),
  );

const dateTimeFormat = (locale: string) =>
  formatter(
    `date-time ${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long' }),
  );

const listFormat = (locale: string) =>
  formatter(`list ${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' }));

function unitOf(seconds: number): readonly [Intl.RelativeTimeFormatUnit, number] {
  const size = Math.abs(seconds);
  return UNITS.find(([, unitLength]) => size >= unitLength) ?? ['second', 1];
}

/** "in 3 hours", "2 days ago", in the page's language. */
export function relativeTime(seconds: number, locale: string): string {
  const [unit, length] = unitOf(seconds);
  return relativeFormat(locale).format(Math.round(seconds / length), unit);
}

/** A duration such as "1 hour" or "30 days", in the page's language. */
export function duration(seconds: number, locale: string): string {
  const [unit, length] = unitOf(seconds);
  return unitFormat(locale, unit).format(Math.round((seconds / length) * 10) / 10);
}

/** A date and time in the reader's time zone, "1 Dec 2026, 15:25:46 UTC". */
export function localTime(iso: string, locale: string): string {
  return dateTimeFormat(locale).format(new Date(iso));
}

/** "Google, Okta and Auth0", in the page's language. */
export function list(items: readonly string[], locale: string): string {
  return listFormat(locale).format(items);
}

/**
 * Makes and uses once the formatters a token's time claims need, for a page that is idle: a
 * fresh page's first paste then finds their locale data loaded and their code compiled.
 */
export function warmTimeFormats(locale: string): void {
  relativeTime(3600, locale);
  for (const [unit] of UNITS) unitFormat(locale, unit).format(1);
  localTime(new Date(0).toISOString(), locale);
  list(['a', 'b'], locale);
}

/**
 * A count such as "20,000". English and Chinese both group digits by three with a comma; this
 * is not Intl.NumberFormat, whose first use loads locale data for over 10 ms.
 */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
