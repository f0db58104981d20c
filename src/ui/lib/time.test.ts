import { describe, expect, it } from 'vitest';
import {
  duration,
  formatCount,
  intlLocale,
  list,
  localTime,
  relativeTime,
  warmTimeFormats,
} from './time';

describe('formatCount', () => {
  it('groups digits by three, as English and Chinese both write them', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(20_000)).toBe('20,000');
    expect(formatCount(1_048_576)).toBe('1,048,576');
    expect(formatCount(20_000)).toBe(new Intl.NumberFormat('en').format(20_000));
    expect(formatCount(7_340_032)).toBe(new Intl.NumberFormat('zh-CN').format(7_340_032));
  });
});

describe('the memoised Intl formatters', () => {
  it('format as a fresh Intl formatter does, per locale', () => {
    expect(relativeTime(-3 * 3600, 'en')).toBe('3 hours ago');
    expect(relativeTime(24 * 3600, 'en')).toBe('tomorrow');
    expect(relativeTime(-3 * 3600, 'zh-CN')).toBe(
      new Intl.RelativeTimeFormat('zh-CN', { numeric: 'auto' }).format(-3, 'hour'),
    );
    expect(duration(30 * 24 * 3600, 'en')).toBe('1 month');
    expect(duration(3600, 'zh-CN')).toBe(
      new Intl.NumberFormat('zh-CN', { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(
        1,
      ),
    );
    const iso = '2026-12-01T15:25:46.000Z';
    expect(localTime(iso, 'en')).toBe(
      new Date(iso).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'long' }),
    );
    expect(list(['Google', 'Okta', 'Auth0'], 'en')).toBe('Google, Okta, and Auth0');
    expect(list(['Google', 'Okta'], 'zh-CN')).toBe('Google和Okta');
  });

  it('warming them up changes no later result', () => {
    warmTimeFormats('en');
    expect(relativeTime(90, 'en')).toBe('in 2 minutes');
    expect(intlLocale('zh')).toBe('zh-CN');
    expect(intlLocale('en')).toBe('en');
  });
});
