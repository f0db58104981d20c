import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeUtf8Base64url } from '../encoding/base64url';
import { parseCompact } from '../jws/parse';
import { SECRET_ENCODINGS } from '../keys/secret';
import {
  CLEAN_HEADER,
  CLEAN_PAYLOAD,
  NOW,
  STRONG_SECRET,
  rulesOf,
  tokenFromText,
  tokenOf,
} from './__fixtures__/tokens';
import { lintToken } from './lint-token';
import { LINT_RULES, SEVERITY_ORDER } from './rules';

describe('lintToken', () => {
  it('finds nothing in a typed, short-lived HS256 token with a strong secret', () => {
    const parsed = tokenOf(CLEAN_HEADER, CLEAN_PAYLOAD);
    expect(
      lintToken({ parsed, now: NOW, secret: { text: STRONG_SECRET, encoding: 'utf8' } }),
    ).toEqual([]);
  });

  it('lists danger, then warning, then info, each in rule-table order', () => {
    const parsed = tokenOf(
      { alg: 'HS256', kid: '../../dev/null', jku: 'https://evil.example/jwks', x5c: ['MIIB'] },
      { sub: 'a', nbf: NOW + 60, password: 'hunter2', iat: NOW * 1000 },
    );
    const lints = lintToken({ parsed, now: NOW, secret: { text: 'secret', encoding: 'utf8' } });
    expect(rulesOf(lints)).toEqual([
      'hmac-secret-well-known',
      'hmac-secret-short',
      'kid-injection',
      'header-jku',
      'no-exp',
      'numericdate-milliseconds',
      'sensitive-claim',
      'nbf-in-future',
      'header-x5c',
      'typ-missing',
    ]);
    const table = LINT_RULES.map((row) => row.rule as string);
    const positions = lints.map((lint) => [
      SEVERITY_ORDER.indexOf(lint.severity),
      table.indexOf(lint.rule),
    ]);
    expect(positions).toEqual([...positions].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
  });

  it('copies severity, part and source from the rule table', () => {
    const parsed = tokenOf({ alg: 'none' }, CLEAN_PAYLOAD);
    for (const lint of lintToken({ parsed, now: NOW })) {
      const row = LINT_RULES.find((r) => r.rule === lint.rule)!;
      expect(lint).toMatchObject({ severity: row.severity, part: row.part, source: row.source });
    }
  });

  it('lints a JWE header (five parts) and nothing of its encrypted payload', () => {
    const header = encodeUtf8Base64url(JSON.stringify({ alg: 'dir', enc: 'A128GCM', jku: 'x' }));
    const parsed = parseCompact(`${header}..aXY.Y2lwaGVy.dGFn`);
    expect(parsed.kind).toBe('jwe');
    expect(rulesOf(lintToken({ parsed, now: NOW }))).toEqual(['header-jku', 'typ-missing']);
  });
});

describe('claim and parameter names of Object.prototype', () => {
  it('__proto__ and constructor as names break nothing and are read as data', () => {
    const parsed = tokenFromText(
      '{"alg":"HS256","typ":"JWT","__proto__":{"x":1},"constructor":"../x","crit":["__proto__","constructor"]}',
      '{"exp":1700003600,"__proto__":{"password":"p"},"constructor":"4111111111111111","toString":{"pin":"1"}}',
    );
    const lints = lintToken({ parsed, now: NOW });
    expect(
      lints.filter((lint) => lint.rule === 'sensitive-claim').map((lint) => lint.detail),
    ).toEqual([
      { claim: '__proto__.password', reason: 'name', category: 'credential' },
      { claim: 'constructor', reason: 'card-number', category: 'payment', brand: 'visa' },
      { claim: 'toString.pin', reason: 'name', category: 'payment' },
    ]);
    expect(lints.find((lint) => lint.rule === 'crit-unknown')?.detail).toEqual({
      reason: 'not-understood',
      names: '["__proto__","constructor"]',
      count: 2,
    });
    expect(Object.prototype).not.toHaveProperty('password');
  });

  it('a secret named like a prototype member is not well known', () => {
    const parsed = tokenOf(CLEAN_HEADER, CLEAN_PAYLOAD);
    const lints = lintToken({
      parsed,
      now: NOW,
      secret: { text: 'constructor', encoding: 'utf8' },
    });
    expect(rulesOf(lints)).toEqual(['hmac-secret-short']);
  });
});

describe('lintToken never throws for any header, payload or secret', () => {
  const interestingNames = fc.constantFrom(
    'alg',
    'typ',
    'kid',
    'jku',
    'jwk',
    'x5u',
    'x5c',
    'crit',
    'b64',
    '__proto__',
    'constructor',
  );
  const headerObject = fc.oneof(
    fc.object(),
    fc.dictionary(fc.oneof(interestingNames, fc.string()), fc.jsonValue()),
    fc.record({ alg: fc.constantFrom('HS256', 'HS384', 'HS512', 'none', 'NONE', 'RS256') }),
  );
  const payloadValue = fc.oneof(
    fc.object(),
    fc.jsonValue(),
    fc.dictionary(
      fc.constantFrom('exp', 'iat', 'nbf', 'auth_time', 'password', 'card', 'user', '__proto__'),
      fc.oneof(fc.jsonValue(), fc.double(), fc.integer({ min: 0, max: 8e15 })),
    ),
  );
  const secret = fc.option(
    fc.record({
      text: fc.oneof(
        fc.string(),
        fc.constantFrom('secret', '{"kty":"RSA"}', '-----BEGIN PUBLIC KEY-----'),
      ),
      encoding: fc.constantFrom(...SECRET_ENCODINGS),
    }),
    { nil: undefined },
  );

  it('for random header objects, payload values and secrets', () => {
    fc.assert(
      fc.property(headerObject, payloadValue, secret, (header, payload, typed) => {
        const parsed = tokenOf(header, payload);
        const lints = lintToken(
          typed === undefined ? { parsed, now: NOW } : { parsed, now: NOW, secret: typed },
        );
        for (const lint of lints) {
          expect(LINT_RULES.some((row) => row.rule === lint.rule)).toBe(true);
          for (const value of Object.values(lint.detail ?? {})) {
            expect(['string', 'number', 'boolean']).toContain(typeof value);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('for random text in the header and payload parts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (header, payload) => {
        lintToken({ parsed: tokenFromText(header, payload), now: NOW });
      }),
    );
  });
});
