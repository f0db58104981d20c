/** The JWE security checks (issue 10 point 7), as data. */
import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '../encoding/base64url';
import { JWE_LINT_RULES, lintJwe } from './lints';
import { nestedToken } from './nested';
import { parseJwe } from './parse';
import { jweVector, secrets } from './__fixtures__';
import { utf8 } from './__tests__/tokens';

const token = (header: Record<string, unknown>) =>
  [
    encodeBase64url(utf8(JSON.stringify(header))),
    '',
    'AAAAAAAAAAAAAAAA',
    'AA',
    'AAAAAAAAAAAAAAAAAAAAAA',
  ].join('.');
const rules = (input: Parameters<typeof lintJwe>[0]) => lintJwe(input).map((lint) => lint.rule);

describe('lintJwe', () => {
  it('RSA1_5 is danger: Bleichenbacher', () => {
    expect(lintJwe({ parsed: parseJwe(jweVector('RFC7516-A.2').compact!) })).toEqual([
      { rule: 'jwe-rsa1_5', severity: 'danger', part: 'header', source: 'RFC 8725 §3.2' },
    ]);
  });
  it('a PBES2 password from the known-secrets list', () => {
    const parsed = parseJwe(token({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' }));
    expect(lintJwe({ parsed, keyText: 'changeme' })).toEqual([
      expect.objectContaining({ rule: 'jwe-pbes2-known-password', detail: { match: 'exact' } }),
    ]);
    expect(rules({ parsed, keyText: 'Password' })).toEqual(['jwe-pbes2-known-password']);
    expect(rules({ parsed, keyText: secrets.oct256! })).toEqual([]);
  });
  it('dir with a weak key: typed text, a known secret, repeated octets; a random key passes', () => {
    const parsed = parseJwe(token({ alg: 'dir', enc: 'A128GCM' }));
    const key = (text: string) => encodeBase64url(utf8(text));
    expect(lintJwe({ parsed, keyText: key('sixteen-chars-pw') })[0]!.detail).toEqual({
      reason: 'text',
    });
    expect(
      lintJwe({
        parsed,
        keyText: JSON.stringify({ kty: 'oct', k: encodeBase64url(new Uint8Array(16)) }),
      })[0]!.detail,
    ).toEqual({ reason: 'repeated' });
    const known = parseJwe(token({ alg: 'dir', enc: 'A256GCM' }));
    expect(
      lintJwe({ parsed: known, keyText: key('reallyreallyreallyreallyverysafe') })[0]!.detail,
    ).toEqual({ reason: 'known-secret' });
    expect(rules({ parsed, keyText: secrets.oct128! })).toEqual([]);
  });
  it('a nested JWT without cty "JWT"', () => {
    const inner = utf8('eyJhbGciOiJIUzI1NiJ9.e30.c2ln');
    const bare = parseJwe(token({ alg: 'dir', enc: 'A128GCM' }));
    expect(rules({ parsed: bare, nested: nestedToken(inner, bare.params) })).toEqual([
      'jwe-nested-no-cty',
    ]);
    const declared = parseJwe(token({ alg: 'dir', enc: 'A128GCM', cty: 'JWT' }));
    expect(rules({ parsed: declared, nested: nestedToken(inner, declared.params) })).toEqual([]);
  });
  it('compression and a high p2c are warnings, danger first', () => {
    const parsed = parseJwe(
      token({
        alg: 'PBES2-HS256+A128KW',
        enc: 'A128GCM',
        zip: 'DEF',
        p2s: 'AAAAAAAAAAA',
        p2c: 400000,
      }),
    );
    expect(rules({ parsed, keyText: 'secret' })).toEqual([
      'jwe-pbes2-known-password',
      'jwe-compression',
      'jwe-pbes2-p2c-high',
    ]);
  });
  it('the rule table is sorted danger, warning, info', () => {
    const order = ['danger', 'warning', 'info'];
    const ranks = JWE_LINT_RULES.map((rule) => order.indexOf(rule.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('nesting (RFC 7519 §5.2, §11.2)', () => {
  it('a JWS plaintext is the nested token, with or without cty', () => {
    const inner = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
    expect(nestedToken(utf8(inner), { cty: 'JWT' })).toEqual({
      kind: 'jws',
      token: inner,
      ctyJwt: true,
      code: 'JWE_NESTED_JWS',
    });
    expect(nestedToken(utf8(inner), {})).toMatchObject({ kind: 'jws', ctyJwt: false });
    expect(nestedToken(utf8('{"sub":"x"}'), { cty: 'jwt' })).toEqual({
      kind: 'none',
      ctyJwt: true,
      code: 'JWE_CTY_JWT_NOT_NESTED',
    });
    expect(nestedToken(utf8('a.b.c'), {})).toEqual({
      kind: 'none',
      ctyJwt: false,
      code: undefined,
    });
  });
});
