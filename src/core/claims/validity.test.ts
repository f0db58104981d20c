import fc from 'fast-check';
import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import { readableDuration } from './duration';
import { validityNotes } from './validity';

/**
 * Expired and not yet valid, for the page to say next to the verdict. The reference is jose's
 * jwtVerify at the same instant (its clock frozen with `currentDate`), which applies RFC 7519
 * §4.1.4 and §4.1.5.
 */
const NOW = 1_700_000_000;
const SECRET = new TextEncoder().encode('a secret of thirty-two bytes, ok');

async function joseSays(payload: Record<string, unknown>): Promise<string> {
  const token = await new jose.CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'HS256' })
    .sign(SECRET);
  try {
    await jose.jwtVerify(token, SECRET, { currentDate: new Date(NOW * 1000) });
    return 'valid';
  } catch (error) {
    const { code, claim } = error as { code: string; claim?: string };
    if (code === 'ERR_JWT_EXPIRED') return 'expired';
    if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && claim === 'nbf') return 'not-yet-valid';
    return code;
  }
}

describe('validityNotes', () => {
  it('an expired token says how long ago, in seconds and in words, and when', () => {
    expect(validityNotes({ exp: NOW - 7200 }, { now: NOW })).toEqual([
      {
        code: 'TOKEN_EXPIRED',
        severity: 'warning',
        detail: { seconds: 7200, amount: 2, unit: 'hour', iso: '2023-11-14T20:13:20.000Z' },
      },
    ]);
  });

  it('exp: -1 is expired (RFC 7519 §2: a date before 1970), as jose says', async () => {
    expect(validityNotes({ exp: -1 }, { now: NOW })).toMatchObject([
      { code: 'TOKEN_EXPIRED', detail: { iso: '1969-12-31T23:59:59.000Z', unit: 'year' } },
    ]);
    expect(await joseSays({ exp: -1 })).toBe('expired');
  });

  it('a token not yet valid says for how long, and when it will be', () => {
    expect(validityNotes({ nbf: NOW + 90, exp: NOW + 3600 }, { now: NOW })).toEqual([
      {
        code: 'TOKEN_NOT_YET_VALID',
        severity: 'warning',
        detail: { seconds: 90, amount: 1.5, unit: 'minute', iso: '2023-11-14T22:14:50.000Z' },
      },
    ]);
  });

  it('a huge exp beyond the range of dates gives its year', () => {
    expect(validityNotes({ exp: -1e15 }, { now: NOW })).toMatchObject([
      { code: 'TOKEN_EXPIRED', detail: { year: -31_686_769, unit: 'year' } },
    ]);
  });

  it('an exp that is not a NumericDate cannot be judged: a danger note', () => {
    expect(validityNotes({ exp: '1700000000' }, { now: NOW })).toEqual([
      {
        code: 'TIME_CLAIM_NOT_NUMERIC_DATE',
        severity: 'danger',
        detail: { claim: 'exp', problem: 'numeric-string' },
      },
    ]);
  });

  it('a valid token and one without time claims have no note', () => {
    expect(validityNotes({ exp: NOW + 60, nbf: NOW }, { now: NOW })).toEqual([]);
    expect(validityNotes({ sub: 'a' }, { now: NOW })).toEqual([]);
    expect(validityNotes('not an object', { now: NOW })).toEqual([]);
  });

  it('property: expired and not yet valid exactly when jose says so', async () => {
    const around = fc.integer({ min: -400_000, max: 400_000 }).map((d) => NOW + d);
    await fc.assert(
      fc.asyncProperty(around, around, async (exp, nbf) => {
        // jose reports the first claim it fails (nbf before exp): each is asked on its own.
        const codes = validityNotes({ exp, nbf }, { now: NOW }).map((note) => note.code);
        expect(codes.includes('TOKEN_EXPIRED')).toBe((await joseSays({ exp })) === 'expired');
        expect(codes.includes('TOKEN_NOT_YET_VALID')).toBe(
          (await joseSays({ nbf })) === 'not-yet-valid',
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('readableDuration', () => {
  it('picks the largest unit that fits and rounds: 1 decimal below 10, whole above', () => {
    expect(readableDuration(0)).toEqual({ amount: 0, unit: 'second' });
    expect(readableDuration(59)).toEqual({ amount: 59, unit: 'second' });
    expect(readableDuration(-90)).toEqual({ amount: 1.5, unit: 'minute' });
    expect(readableDuration(3600)).toEqual({ amount: 1, unit: 'hour' });
    expect(readableDuration(45.25 * 86_400)).toEqual({ amount: 45, unit: 'day' });
    // "98203893255.378 seconds": 98203893255.378 / (365.2425 × 86400) = 3111.99 years.
    expect(readableDuration(98_203_893_255.378)).toEqual({ amount: 3112, unit: 'year' });
    expect(readableDuration(1e300)).toMatchObject({ unit: 'year' });
  });
});
