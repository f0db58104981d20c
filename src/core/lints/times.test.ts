import { describe, expect, it } from 'vitest';
import { JwtDebuggerError } from '../errors';
import { CLEAN_HEADER, NOW, rulesOf, tokenOf, tokenFromText } from './__fixtures__/tokens';
import { lintToken } from './lint-token';
import { IAT_FUTURE_TOLERANCE_SECONDS, LONG_LIFETIME_SECONDS } from './times';
import type { Lint } from './types';

const DAY = 86_400;

function payloadLints(payload: unknown): Lint[] {
  return lintToken({ parsed: tokenOf(CLEAN_HEADER, payload), now: NOW }).filter(
    (lint) => lint.part === 'payload',
  );
}

function only(payload: unknown, rule: string): Lint[] {
  return payloadLints(payload).filter((lint) => lint.rule === rule);
}

describe('no-exp (RFC 7519 §4.1.4)', () => {
  it('warns when the payload has no exp', () => {
    expect(payloadLints({ sub: 'a', iat: NOW })).toEqual([
      { rule: 'no-exp', severity: 'warning', part: 'payload', source: 'RFC 7519 §4.1.4' },
    ]);
  });

  it('is quiet when exp is there, even when it is not a NumericDate', () => {
    expect(only({ exp: NOW + 60 }, 'no-exp')).toEqual([]);
    expect(only({ exp: 'tomorrow' }, 'no-exp')).toEqual([]);
  });

  it('does not lint a payload that is not a JSON object', () => {
    expect(payloadLints([1, 2, 3])).toEqual([]);
    expect(
      lintToken({ parsed: tokenFromText(JSON.stringify(CLEAN_HEADER), 'plain text'), now: NOW }),
    ).toEqual([]);
  });
});

describe('long-lifetime (RFC 6819 §5.1.5.3: short-lived tokens)', () => {
  it('warns when exp - iat is over 30 days, in seconds and days', () => {
    expect(only({ iat: NOW, exp: NOW + 90 * DAY }, 'long-lifetime')).toEqual([
      {
        rule: 'long-lifetime',
        severity: 'warning',
        part: 'payload',
        source: 'RFC 6819 §5.1.5.3',
        detail: { seconds: 90 * DAY, days: 90, from: 'iat' },
      },
    ]);
  });

  it('counts from nbf without iat, and from now without either', () => {
    expect(only({ nbf: NOW, exp: NOW + 31 * DAY }, 'long-lifetime')[0]?.detail).toMatchObject({
      from: 'nbf',
    });
    expect(only({ exp: NOW + 45.25 * DAY }, 'long-lifetime')[0]?.detail).toEqual({
      seconds: 45.25 * DAY,
      days: 45.3,
      from: 'now',
    });
  });

  it('is quiet at exactly 30 days and below', () => {
    expect(only({ iat: NOW, exp: NOW + LONG_LIFETIME_SECONDS }, 'long-lifetime')).toEqual([]);
    expect(only({ iat: NOW, exp: NOW + 3600 }, 'long-lifetime')).toEqual([]);
  });

  it('leaves exp in milliseconds to numericdate-milliseconds', () => {
    expect(rulesOf(payloadLints({ iat: NOW, exp: (NOW + 3600) * 1000 }))).toEqual([
      'numericdate-milliseconds',
    ]);
  });
});

describe('numericdate-milliseconds (RFC 7519 §2: NumericDate is seconds)', () => {
  it('warns for each time claim that looks like milliseconds', () => {
    const lints = only(
      { iat: NOW * 1000, exp: (NOW + 60) * 1000, auth_time: NOW * 1000 },
      'numericdate-milliseconds',
    );
    expect(lints.map((lint) => lint.detail?.claim)).toEqual(['exp', 'iat', 'auth_time']);
    expect(lints[1]).toEqual({
      rule: 'numericdate-milliseconds',
      severity: 'warning',
      part: 'payload',
      source: 'RFC 7519 §2',
      detail: { claim: 'iat', value: NOW * 1000, isoIfMilliseconds: '2023-11-14T22:13:20.000Z' },
    });
  });

  it('is quiet for values in seconds', () => {
    expect(only({ iat: NOW, exp: NOW + 60 }, 'numericdate-milliseconds')).toEqual([]);
  });
});

describe('iat-in-future (RFC 7519 §4.1.6)', () => {
  it('warns when iat is more than 60 s ahead of now', () => {
    expect(only({ iat: NOW + 3600, exp: NOW + 7200 }, 'iat-in-future')).toEqual([
      {
        rule: 'iat-in-future',
        severity: 'warning',
        part: 'payload',
        source: 'RFC 7519 §4.1.6',
        detail: { seconds: 3600, amount: 1, unit: 'hour', iso: '2023-11-14T23:13:20.000Z' },
      },
    ]);
  });

  it('allows 60 s of clock skew', () => {
    expect(
      only({ iat: NOW + IAT_FUTURE_TOLERANCE_SECONDS, exp: NOW + 3600 }, 'iat-in-future'),
    ).toEqual([]);
  });
});

describe('nbf-in-future (RFC 7519 §4.1.5), info: a token issued ahead of time', () => {
  it('notes a not-yet-valid token', () => {
    expect(only({ nbf: NOW + 120, exp: NOW + 3600 }, 'nbf-in-future')).toEqual([
      {
        rule: 'nbf-in-future',
        severity: 'info',
        part: 'payload',
        source: 'RFC 7519 §4.1.5',
        detail: { seconds: 120, amount: 2, unit: 'minute', iso: '2023-11-14T22:15:20.000Z' },
      },
    ]);
  });

  it('is quiet from nbf on', () => {
    expect(only({ nbf: NOW, exp: NOW + 3600 }, 'nbf-in-future')).toEqual([]);
  });
});

describe('the clock', () => {
  it('is never read: the same input gives the same lints at any real time', () => {
    const parsed = tokenOf(CLEAN_HEADER, { exp: NOW + 45 * DAY });
    expect(lintToken({ parsed, now: NOW })).toEqual(lintToken({ parsed, now: NOW }));
    expect(rulesOf(lintToken({ parsed, now: NOW + 40 * DAY }))).toEqual([]);
  });

  it('a now that is not a finite number is a programming error', () => {
    const parsed = tokenOf(CLEAN_HEADER, { exp: NOW });
    expect(() => lintToken({ parsed, now: Number.NaN })).toThrow(JwtDebuggerError);
  });
});
