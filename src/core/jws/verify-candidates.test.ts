import { describe, expect, it } from 'vitest';
import { seed } from '../__fixtures__';
import { importSecret } from '../keys/secret';
import { parseCompact } from './parse';
import { verifyWithCandidates } from './verify-candidates';
import { verifyCompact } from './verify';

/** The JWK Set cases, against jose's createLocalJWKSet, are in keys/jwk-select.test.ts. */
describe('verifyWithCandidates', () => {
  it('one candidate: its verdict, unchanged', async () => {
    const key = (await importSecret(seed.secret, 'utf8', 'HS256')).cryptoKey;
    const parsed = parseCompact(seed.token);
    expect(await verifyWithCandidates(parsed, [{ index: 4, key }])).toEqual({
      verdict: await verifyCompact(parsed, key),
      outcome: 'single',
      verifiedBy: [{ index: 4 }],
      tried: 1,
    });
  });

  it('the first key that verifies gives the verdict, wherever it is in the list', async () => {
    const wrong = (await importSecret('wrong secret', 'utf8', 'HS256')).cryptoKey;
    const right = (await importSecret(seed.secret, 'utf8', 'HS256')).cryptoKey;
    const result = await verifyWithCandidates(parseCompact(seed.token), [
      { index: 0, kid: 'a', key: wrong },
      { index: 1, kid: 'b', key: right },
    ]);
    expect(result).toMatchObject({
      outcome: 'one-verified',
      verifiedBy: [{ index: 1, kid: 'b' }],
      verdict: { status: 'verified' },
    });
  });

  it('no candidate is misuse', async () => {
    await expect(verifyWithCandidates(parseCompact(seed.token), [])).rejects.toThrow(TypeError);
  });
});
