import { afterEach, describe, expect, it, vi } from 'vitest';
import { JwtDebuggerError } from '../errors';
import { analyseTimes } from './analyse-times';
import { payloadClaims } from './catalogue';

// RFC 7519 §3.1 example claims set.
const RFC7519_EXAMPLE = { iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true };
const EXP = 1300819380;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('analyseTimes: exp (RFC 7519 §4.1.4)', () => {
  it('RFC 7519 §3.1 example an hour before exp: valid, expires in 3600 s', () => {
    const analysis = analyseTimes(RFC7519_EXAMPLE, { now: EXP - 3600 });
    expect(Object.keys(analysis.claims)).toEqual(['exp']);
    expect(analysis.claims.exp).toEqual({
      seconds: EXP,
      iso: '2011-03-22T18:43:00.000Z',
      looksLikeMilliseconds: false,
    });
    expect(analysis.statuses).toEqual([
      { claim: 'exp', state: 'valid', expiresIn: 3600, withinLeeway: false },
    ]);
    expect(analysis.lifetime).toBeUndefined();
  });

  it('at now === exp the token is expired, 0 s ago, as PyJWT (exp <= now - leeway) and jose say', () => {
    expect(analyseTimes(RFC7519_EXAMPLE, { now: EXP }).statuses).toEqual([
      { claim: 'exp', state: 'expired', ago: 0 },
    ]);
    expect(analyseTimes(RFC7519_EXAMPLE, { now: EXP - 1 }).statuses).toEqual([
      { claim: 'exp', state: 'valid', expiresIn: 1, withinLeeway: false },
    ]);
  });

  it('with leeway, exp is expired from exp + leeway on, and valid only thanks to leeway before that', () => {
    expect(analyseTimes(RFC7519_EXAMPLE, { now: EXP + 30, leeway: 30 }).statuses).toEqual([
      { claim: 'exp', state: 'expired', ago: 30 },
    ]);
    expect(analyseTimes(RFC7519_EXAMPLE, { now: EXP + 30, leeway: 31 }).statuses).toEqual([
      { claim: 'exp', state: 'valid', expiresIn: -30, withinLeeway: true },
    ]);
    expect(analyseTimes(RFC7519_EXAMPLE, { now: EXP, leeway: 1 }).statuses).toEqual([
      { claim: 'exp', state: 'valid', expiresIn: 0, withinLeeway: true },
    ]);
  });

  it('compares fractional values as given', () => {
    expect(analyseTimes({ exp: EXP + 0.5 }, { now: EXP + 0.25 }).statuses).toEqual([
      { claim: 'exp', state: 'valid', expiresIn: 0.25, withinLeeway: false },
    ]);
  });
});

describe('analyseTimes: nbf (RFC 7519 §4.1.5) and iat (§4.1.6)', () => {
  const NOW = 1_700_000_000;

  it('nbf in the future is not yet valid; at now it is valid', () => {
    expect(analyseTimes({ nbf: NOW + 10 }, { now: NOW }).statuses).toEqual([
      { claim: 'nbf', state: 'not-yet-valid', in: 10 },
    ]);
    expect(analyseTimes({ nbf: NOW }, { now: NOW }).statuses).toEqual([
      { claim: 'nbf', state: 'valid', since: 0, withinLeeway: false },
    ]);
  });

  it('nbf is valid while nbf <= now + leeway (PyJWT, jose)', () => {
    expect(analyseTimes({ nbf: NOW + 10 }, { now: NOW, leeway: 10 }).statuses).toEqual([
      { claim: 'nbf', state: 'valid', since: -10, withinLeeway: true },
    ]);
    expect(analyseTimes({ nbf: NOW + 10 }, { now: NOW, leeway: 9 }).statuses).toEqual([
      { claim: 'nbf', state: 'not-yet-valid', in: 10 },
    ]);
  });

  it('iat in the future is reported; within leeway it is valid', () => {
    expect(analyseTimes({ iat: NOW + 5 }, { now: NOW }).statuses).toEqual([
      { claim: 'iat', state: 'in-future', by: 5 },
    ]);
    expect(analyseTimes({ iat: NOW + 5 }, { now: NOW, leeway: 5 }).statuses).toEqual([
      { claim: 'iat', state: 'valid', ago: -5, withinLeeway: true },
    ]);
    expect(analyseTimes({ iat: NOW - 60 }, { now: NOW }).statuses).toEqual([
      { claim: 'iat', state: 'valid', ago: 60, withinLeeway: false },
    ]);
  });
});

describe('analyseTimes: other time claims', () => {
  const NOW = 1_700_000_000;

  it('auth_time, updated_at and toe are past instants', () => {
    const analysis = analyseTimes(
      { auth_time: NOW - 100, updated_at: NOW + 100, toe: NOW },
      { now: NOW },
    );
    expect(analysis.statuses).toEqual([
      { claim: 'auth_time', state: 'past', ago: 100, withinLeeway: false },
      { claim: 'updated_at', state: 'in-future', by: 100 },
      { claim: 'toe', state: 'past', ago: 0, withinLeeway: false },
    ]);
  });

  it("flask-jwt-extended's numeric fresh is fresh until it is before now, with no leeway", () => {
    expect(analyseTimes({ fresh: NOW }, { now: NOW }).statuses).toEqual([
      { claim: 'fresh', state: 'fresh', for: 0 },
    ]);
    expect(analyseTimes({ fresh: NOW - 1 }, { now: NOW, leeway: 60 }).statuses).toEqual([
      { claim: 'fresh', state: 'stale', ago: 1 },
    ]);
  });

  it('leaves a boolean fresh out of the time analysis', () => {
    const analysis = analyseTimes({ fresh: true, type: 'access' }, { now: NOW });
    expect(analysis.claims).toEqual({});
    expect(analysis.statuses).toEqual([]);
  });

  it('gives every catalogued time claim a status', () => {
    const timeClaims = payloadClaims.filter(
      (c) => c.kind === 'time' || c.kind === 'boolean-or-time',
    );
    for (const { name } of timeClaims) {
      const { statuses } = analyseTimes({ [name]: NOW }, { now: NOW });
      expect(statuses.map((s) => s.claim)).toEqual([name]);
    }
  });
});

describe('analyseTimes: readings', () => {
  const NOW = 1_700_000_000;

  it('reports a non-numeric exp as a problem and judges nothing from it', () => {
    const analysis = analyseTimes({ exp: 'tomorrow', iat: NOW - 10 }, { now: NOW });
    expect(analysis.claims.exp).toEqual({ problem: 'not-a-number' });
    expect(analysis.statuses).toEqual([
      { claim: 'iat', state: 'valid', ago: 10, withinLeeway: false },
    ]);
    expect(analysis.lifetime).toBeUndefined();
  });

  it('judges an exp in milliseconds as given, and flags it', () => {
    const analysis = analyseTimes({ exp: NOW * 1000 }, { now: NOW });
    expect(analysis.claims.exp).toMatchObject({
      looksLikeMilliseconds: true,
      isoIfMilliseconds: '2023-11-14T22:13:20.000Z',
    });
    expect(analysis.statuses).toEqual([
      { claim: 'exp', state: 'valid', expiresIn: NOW * 999, withinLeeway: false },
    ]);
  });

  it('keeps claims in a null-prototype record, safe with a __proto__ claim', () => {
    const payload: unknown = JSON.parse('{"__proto__":{"exp":1},"nbf":5}');
    const analysis = analyseTimes(payload, { now: 10 });
    expect(Object.getPrototypeOf(analysis.claims)).toBeNull();
    expect(Object.keys(analysis.claims)).toEqual(['nbf']);
    expect(analysis.claims.exp).toBeUndefined();
  });

  it('finds no claims in a payload that is not a JSON object', () => {
    for (const payload of [null, [], 'exp', 42, undefined]) {
      expect(analyseTimes(payload, { now: NOW })).toEqual({ claims: {}, statuses: [] });
    }
  });

  it('never reads the clock: now is always given', () => {
    const clock = vi.spyOn(Date, 'now');
    analyseTimes({ exp: NOW, nbf: NOW, iat: NOW, fresh: NOW }, { now: NOW });
    expect(clock).not.toHaveBeenCalled();
  });

  it('rejects a now or leeway that is not a finite, non-negative number of seconds', () => {
    const bad = [
      { now: NaN },
      { now: Infinity },
      { now: NOW, leeway: -1 },
      { now: NOW, leeway: NaN },
    ];
    for (const options of bad) {
      expect(() => analyseTimes({}, options)).toThrow(JwtDebuggerError);
    }
    const thrown = (() => {
      try {
        analyseTimes({}, { now: NOW, leeway: -1 });
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toMatchObject({ code: 'TIME_OPTIONS_INVALID', detail: { option: 'leeway' } });
  });
});

describe('analyseTimes: lifetime', () => {
  it('is exp - iat', () => {
    const analysis = analyseTimes({ iat: 1000, nbf: 1100, exp: 4600 }, { now: 2000 });
    expect(analysis).toMatchObject({ lifetime: 3600, lifetimeStart: 'iat' });
  });

  it('is exp - nbf when iat is absent or unreadable', () => {
    expect(analyseTimes({ nbf: 1100, exp: 4600 }, { now: 2000 })).toMatchObject({
      lifetime: 3500,
      lifetimeStart: 'nbf',
    });
    expect(analyseTimes({ iat: 'x', nbf: 1100, exp: 4600 }, { now: 2000 })).toMatchObject({
      lifetime: 3500,
      lifetimeStart: 'nbf',
    });
  });

  it('is absent without a readable exp or start', () => {
    expect(analyseTimes({ exp: 4600 }, { now: 2000 })).not.toHaveProperty('lifetime');
    expect(analyseTimes({ iat: 1000 }, { now: 2000 })).not.toHaveProperty('lifetimeStart');
    expect(analyseTimes({ iat: 1000, exp: null }, { now: 2000 })).not.toHaveProperty('lifetime');
  });
});
