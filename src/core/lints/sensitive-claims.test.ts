import { describe, expect, it } from 'vitest';
import { CLEAN_HEADER, CLEAN_PAYLOAD, NOW, tokenOf } from './__fixtures__/tokens';
import { cardBrandOf, passesLuhn } from './card-number';
import { lintToken } from './lint-token';
import type { LintDetail } from './types';

function sensitive(extra: Record<string, unknown>): (LintDetail | undefined)[] {
  return lintToken({ parsed: tokenOf(CLEAN_HEADER, { ...CLEAN_PAYLOAD, ...extra }), now: NOW })
    .filter((lint) => lint.rule === 'sensitive-claim')
    .map((lint) => lint.detail);
}

describe('sensitive-claim by name (RFC 7519 §12: anyone can read a JWS payload)', () => {
  it('warns about a password claim', () => {
    const [lint] = lintToken({
      parsed: tokenOf(CLEAN_HEADER, { ...CLEAN_PAYLOAD, password: 'hunter2' }),
      now: NOW,
    });
    expect(lint).toEqual({
      rule: 'sensitive-claim',
      severity: 'warning',
      part: 'payload',
      source: 'RFC 7519 §12',
      detail: { claim: 'password', reason: 'name', category: 'credential' },
    });
  });

  it('matches names in any case and with _, - or camelCase', () => {
    expect(
      sensitive({ API_KEY: 'k', clientSecret: 's', 'credit-card': '1', SSN: '078-05-1120' }),
    ).toEqual([
      { claim: 'API_KEY', reason: 'name', category: 'credential' },
      { claim: 'clientSecret', reason: 'name', category: 'credential' },
      { claim: 'credit-card', reason: 'name', category: 'payment' },
      { claim: 'SSN', reason: 'name', category: 'personal' },
    ]);
  });

  it('looks one level into nested objects, and no deeper', () => {
    expect(sensitive({ user: { name: 'a', pwd: 'x', deeper: { password: 'y' } } })).toEqual([
      { claim: 'user.pwd', reason: 'name', category: 'credential' },
    ]);
  });

  it('does not report a name whose value carries nothing', () => {
    expect(sensitive({ password: null, secret: false, pin: '' })).toEqual([]);
  });

  it('is quiet for ordinary claims', () => {
    expect(
      sensitive({ name: 'Jane', email: 'j@example.com', token_type: 'Bearer', scope: 'read' }),
    ).toEqual([]);
  });
});

describe('sensitive-claim by value: payment card numbers', () => {
  it('warns about a value that is a card number, with its brand', () => {
    expect(sensitive({ note: '4111 1111 1111 1111', ref: 5555555555554444 })).toEqual([
      { claim: 'note', reason: 'card-number', category: 'payment', brand: 'visa' },
      { claim: 'ref', reason: 'card-number', category: 'payment', brand: 'mastercard' },
    ]);
  });

  it('applies the Luhn check (ISO/IEC 7812-1) and the brand prefixes and lengths', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(cardBrandOf('378282246310005')).toBe('amex');
    expect(cardBrandOf('6011111111111117')).toBe('discover');
    expect(cardBrandOf('3530111333300000')).toBe('jcb');
    expect(cardBrandOf('4111-1111-1111-1111')).toBe('visa');
    expect(cardBrandOf('4111111111111112')).toBeUndefined();
  });

  it('does not take timestamps, short or non-brand numbers, or loose digits for cards', () => {
    expect(cardBrandOf(1_700_000_000_000)).toBeUndefined(); // milliseconds start with 1
    expect(cardBrandOf('1234567812345670')).toBeUndefined(); // passes Luhn, no brand starts with 1
    expect(cardBrandOf('4111 1111 1111 1111 1111 1111')).toBeUndefined();
    expect(cardBrandOf('41111111111111x1')).toBeUndefined();
    expect(sensitive({ sub: '1234567890' })).toEqual([]);
  });
});
