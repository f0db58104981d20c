import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import { pythonWith, run } from '../snippets/__tests__/interpreters';
import { CLEAN_HEADER, NOW, tokenOf } from './__fixtures__/tokens';
import { lintToken } from './lint-token';
import type { Lint } from './types';

/**
 * RFC 7519 §2: exp, nbf and iat are NumericDates, JSON numbers. What a string does to real
 * verifiers is asked of them: jose and PyJWT (Debian's 2.6), each given the same token.
 */
const SECRET = 'a secret of thirty-two bytes, ok';
const python = pythonWith(['jwt']);

function lintsOf(payload: unknown, rule: string): Lint[] {
  return lintToken({ parsed: tokenOf(CLEAN_HEADER, payload), now: NOW }).filter(
    (lint) => lint.rule === rule,
  );
}

/** PyJWT's verdict on a payload: 'accepted' or the exception's class name. */
function pyjwt(payload: Record<string, unknown>): string {
  if (python === undefined) throw new Error('PyJWT is not installed: apt-get install python3-jwt');
  const script = [
    'import json, sys, jwt',
    'payload = json.loads(sys.argv[1])',
    'token = jwt.encode(payload, sys.argv[2], algorithm="HS256")',
    'try:',
    '    jwt.decode(token, sys.argv[2], algorithms=["HS256"])',
    '    print("accepted")',
    'except Exception as error:',
    '    print(type(error).__name__)',
  ].join('\n');
  const result = run(python, ['-c', script, JSON.stringify(payload), SECRET]);
  return result.stdout.trim();
}

async function joseVerdict(payload: Record<string, unknown>): Promise<string> {
  const key = new TextEncoder().encode(SECRET);
  const token = await new jose.CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'HS256' })
    .sign(key);
  try {
    await jose.jwtVerify(token, key);
    return 'accepted';
  } catch (error) {
    return (error as jose.errors.JOSEError).code;
  }
}

describe('time-claim-string (RFC 7519 §2): exp, nbf or iat as a string is a danger', () => {
  const later = String(Math.floor(Date.now() / 1000) + 3600);
  const earlier = String(Math.floor(Date.now() / 1000) - 3600);
  // PyJWT 2.6 int()s exp and nbf, so a string of digits passes there (and is checked as a
  // time); a string iat is compared with an int and fails. This is what the message says.
  const CASES = [
    ['exp', later, 'accepted'],
    ['exp', 'tomorrow', 'DecodeError'],
    ['nbf', earlier, 'accepted'],
    ['iat', earlier, 'TypeError'],
    ['iat', 'now', 'InvalidIssuedAtError'],
  ] as const;

  for (const [claim, value, pyjwtSays] of CASES) {
    it(`${claim}: "${value}" is flagged; jose rejects it, PyJWT 2.6 says ${pyjwtSays}`, async () => {
      const payload = { sub: 'a', [claim]: value, ...(claim === 'exp' ? {} : { exp: NOW * 2 }) };
      expect(await joseVerdict(payload)).toBe('ERR_JWT_CLAIM_VALIDATION_FAILED');
      const digits = /^\d+$/.test(value);
      expect(pyjwt(payload)).toBe(pyjwtSays);
      expect(lintsOf(payload, 'time-claim-string')).toEqual([
        {
          rule: 'time-claim-string',
          severity: 'danger',
          part: 'payload',
          source: 'RFC 7519 §2',
          detail: { claim, value, truncated: false, digits },
        },
      ]);
    });
  }

  it('a number is not flagged, nor a string in another claim', () => {
    expect(lintsOf({ exp: NOW + 60, iat: NOW, nbf: NOW }, 'time-claim-string')).toEqual([]);
    expect(lintsOf({ exp: NOW + 60, auth_time: '1700000000' }, 'time-claim-string')).toEqual([]);
  });
});

describe('exp-before-iat (RFC 7519 §4.1.4): expired when issued', () => {
  it('warns when exp is not after iat, with the gap', async () => {
    expect(lintsOf({ iat: NOW, exp: NOW - 90 }, 'exp-before-iat')).toEqual([
      {
        rule: 'exp-before-iat',
        severity: 'warning',
        part: 'payload',
        source: 'RFC 7519 §4.1.4',
        detail: { exp: NOW - 90, iat: NOW, seconds: 90, amount: 1.5, unit: 'minute' },
      },
    ]);
    expect(lintsOf({ iat: NOW, exp: NOW }, 'exp-before-iat')).toHaveLength(1);
    expect(lintsOf({ iat: NOW, exp: NOW + 1 }, 'exp-before-iat')).toEqual([]);
    // Such a token is refused by jose at any time after iat.
    expect(await joseVerdict({ iat: NOW, exp: NOW - 90 })).toBe('ERR_JWT_EXPIRED');
  });
});

describe('huge and negative NumericDates in the lints', () => {
  it('iat far in the future: whole seconds, the span in years, and the date', () => {
    const iat = NOW + 98_203_893_255.378;
    const [lint] = lintsOf({ iat, exp: iat + 60 }, 'iat-in-future');
    expect(lint?.detail).toEqual({
      seconds: 98_203_893_255,
      amount: 3112,
      unit: 'year',
      iso: new Date(iat * 1000).toISOString(),
    });
  });

  it('exp: -1 is a date in 1969, so the token is simply expired (jose agrees)', async () => {
    expect(lintsOf({ exp: -1 }, 'numericdate-milliseconds')).toEqual([]);
    expect(await joseVerdict({ exp: -1 })).toBe('ERR_JWT_EXPIRED');
  });
});
