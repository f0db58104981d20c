import { describe, expect, it } from 'vitest';
import { claimsTable } from '../../core/claims/table';
import { validityNotes } from '../../core/claims/validity';
import { lintToken } from '../../core/lints';
import { warmUp } from './warm';

describe('warmUp', () => {
  it('takes its sample through the reader, the checks, the claims tables and the time formats', () => {
    const now = Date.UTC(2026, 11, 1) / 1000;
    const view = warmUp({ now, lintToken, claimsTable, validityNotes }, 'zh-CN');
    expect(view.token.kind).toBe('jws');
    expect(view.problems).toEqual([]);
    expect(view.lints).toBeDefined();
    const rows = view.tables?.claims?.rows ?? [];
    expect(rows.map((row) => row.name)).toEqual(
      expect.arrayContaining(['iss', 'sub', 'aud', 'iat', 'nbf', 'exp', 'email_verified']),
    );
    expect(view.header.text).toContain('"alg": "RS256"');
  });
});
