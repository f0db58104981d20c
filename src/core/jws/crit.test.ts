import { createHmac } from 'node:crypto';
import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import { importSecret } from '../keys/secret';
import { critProblems } from './crit';
import { parseCompact } from './parse';
import { verifyCompact } from './verify';

/**
 * The oracles: jose (which refuses a crit it does not implement, validate_crit.ts) and Node's
 * HMAC, which signs headers our signer would not write. Our signer checks nothing here.
 */
const SECRET = 'a secret of thirty-two bytes, ok';

function hmacToken(header: object, payload = '{"sub":"alice"}'): string {
  const encode = (text: string) => Buffer.from(text).toString('base64url');
  const input = `${encode(JSON.stringify(header))}.${encode(payload)}`;
  return `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`;
}

async function ours(token: string) {
  const key = (await importSecret(SECRET, 'utf8', 'HS256')).cryptoKey;
  return verifyCompact(parseCompact(token), key);
}

async function joseAccepts(token: string): Promise<boolean> {
  try {
    await jose.compactVerify(token, new TextEncoder().encode(SECRET));
    return true;
  } catch (error) {
    if (error instanceof jose.errors.JOSEError) return false;
    throw error;
  }
}

describe('RFC 7515 §4.1.11: a crit this page cannot honour is rejected', () => {
  it('{"alg":"HS256","crit":["exp-x"],"exp-x":1} is refused, naming exp-x, as jose refuses it', async () => {
    const token = hmacToken({ alg: 'HS256', crit: ['exp-x'], 'exp-x': 1 });
    expect(await joseAccepts(token)).toBe(false);
    // The signature itself is good: jose takes it once told it understands exp-x.
    await expect(
      jose.compactVerify(token, new TextEncoder().encode(SECRET), { crit: { 'exp-x': true } }),
    ).resolves.toBeTruthy();
    expect(await ours(token)).toMatchObject({
      status: 'unusable',
      reason: 'CRIT_NOT_UNDERSTOOD',
      detail: { name: 'exp-x', alg: 'HS256' },
    });
  });

  const CASES: readonly (readonly [string, Record<string, unknown>, string, string?])[] = [
    ['an empty list', { crit: [] }, 'CRIT_MALFORMED'],
    ['not an array', { crit: 'b64', b64: true }, 'CRIT_MALFORMED'],
    ['a number in the list', { crit: [1] }, 'CRIT_MALFORMED'],
    ['an empty name', { crit: [''] }, 'CRIT_MALFORMED'],
    ['null', { crit: null }, 'CRIT_MALFORMED'],
    ['a name RFC 7515 defines', { crit: ['kid'], kid: 'k1' }, 'CRIT_REGISTERED', 'kid'],
    ['a name missing from the header', { crit: ['b64'] }, 'CRIT_ABSENT', 'b64'],
    ['an unknown name missing too', { crit: ['nope'] }, 'CRIT_ABSENT', 'nope'],
    ['a JWT claim name', { crit: ['exp'], exp: 1 }, 'CRIT_NOT_UNDERSTOOD', 'exp'],
    ['b64 that is not a boolean', { crit: ['b64'], b64: 'no' }, 'CRIT_B64_NOT_BOOLEAN', 'b64'],
  ];

  for (const [what, extra, code, name] of CASES) {
    it(`${what}: ${code}, and jose refuses it too`, async () => {
      const token = hmacToken({ alg: 'HS256', ...extra });
      expect(await joseAccepts(token)).toBe(false);
      const verdict = await ours(token);
      expect(verdict.status).toBe('unusable');
      expect(verdict.reason).toBe(code);
      expect(verdict.detail.name).toBe(name);
    });
  }

  it('b64 listed twice: CRIT_DUPLICATE, where jose (compact) lets it pass', async () => {
    // Producers MUST NOT list duplicates; a recipient MAY reject such a JWS, and this page does.
    const token = hmacToken({ alg: 'HS256', b64: true, crit: ['b64', 'b64'] });
    expect(await joseAccepts(token)).toBe(true);
    expect(await ours(token)).toMatchObject({
      status: 'unusable',
      reason: 'CRIT_DUPLICATE',
      detail: { name: 'b64' },
    });
  });

  it('crit ["b64"] with b64 true is the ordinary form: both verify it', async () => {
    const token = hmacToken({ alg: 'HS256', b64: true, crit: ['b64'] });
    expect(await joseAccepts(token)).toBe(true);
    expect(await ours(token)).toMatchObject({ status: 'verified' });
  });

  it('is checked before the key: a token with a bad crit is refused with no key at all', async () => {
    const token = hmacToken({ alg: 'HS256', crit: ['exp-x'], 'exp-x': 1 });
    expect(await verifyCompact(parseCompact(token), undefined)).toMatchObject({
      reason: 'CRIT_NOT_UNDERSTOOD',
    });
  });
});

describe('critProblems', () => {
  it('lists every problem in the order listed, each once', () => {
    expect(
      critProblems({
        alg: 'HS256',
        b64: false,
        crit: ['b64', 'alg', 'nope', 'b64', 'x', 'b64'],
        x: 1,
      }),
    ).toEqual([
      { code: 'CRIT_REGISTERED', name: 'alg' },
      { code: 'CRIT_ABSENT', name: 'nope' },
      { code: 'CRIT_DUPLICATE', name: 'b64' },
      { code: 'CRIT_NOT_UNDERSTOOD', name: 'x' },
    ]);
    expect(critProblems({ alg: 'HS256' })).toEqual([]);
  });
});
