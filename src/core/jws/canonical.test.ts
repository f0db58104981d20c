import { createHmac } from 'node:crypto';
import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import { importSecret } from '../keys/secret';
import { parseCompact } from './parse';
import { verifyCompact } from './verify';

/**
 * RFC 7515 §2 (base64url as RFC 4648 §5 without padding) and RFC 4648 §3.5: a segment whose
 * last character has unused bits set is not what any encoder writes. The reference is Node's
 * Buffer: it decodes such text to the very bytes of the canonical one, so the signature would
 * still check out, and re-encoding those bytes gives the canonical text.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The segment with the lowest unused bit of its last character set. */
function spoil(segment: string): string {
  const last = ALPHABET.indexOf(segment.at(-1)!);
  return segment.slice(0, -1) + ALPHABET[last | 1]!;
}

const SECRET = 'secret';
// 25 and 11 bytes: each segment ends in a partial group, with unused bits to spoil.
const header = Buffer.from('{"alg":"HS256","kid":"a"}').toString('base64url');
const payload = Buffer.from('{"sub":"1"}').toString('base64url');
const signature = createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url');

describe('RFC 4648 §3.5: a segment that is not canonical base64url', () => {
  const cases = [
    ['header', `${spoil(header)}.${payload}.${signature}`, header],
    ['payload', `${header}.${spoil(payload)}.${signature}`, payload],
    ['signature', `${header}.${payload}.${spoil(signature)}`, signature],
  ] as const;

  for (const [part, token, canonical] of cases) {
    it(`in the ${part}: does not verify, and the finding gives the part and the canonical form`, async () => {
      const spoilt = spoil(canonical);
      expect(spoilt).not.toBe(canonical);
      expect(Buffer.from(spoilt, 'base64url')).toEqual(Buffer.from(canonical, 'base64url'));
      expect(Buffer.from(spoilt, 'base64url').toString('base64url')).toBe(canonical);

      const parsed = parseCompact(token);
      const problem = parsed.diagnostics.find((d) => d.code === 'BASE64URL_NOT_CANONICAL');
      const groupStart = canonical.length - (canonical.length % 4);
      expect(problem).toEqual({
        code: 'BASE64URL_NOT_CANONICAL',
        part,
        severity: 'error',
        offset: canonical.length - 1,
        char: spoilt.at(-1),
        detail: {
          inputOffset: token.indexOf(spoilt) + canonical.length - 1,
          length: canonical.length,
          found: spoilt.slice(groupStart),
          canonicalEnd: canonical.slice(groupStart),
          canonical: canonical.at(-1),
        },
      });
      const key = (await importSecret(SECRET, 'utf8', 'HS256')).cryptoKey;
      const verdict = await verifyCompact(parsed, key);
      expect(verdict).toMatchObject({ status: 'unusable', reason: 'TOKEN_MALFORMED' });
    });
  }

  it('jose, whose decoder is lenient, takes the spoilt signature: this page is stricter', async () => {
    const token = `${header}.${payload}.${spoil(signature)}`;
    await expect(jose.compactVerify(token, new TextEncoder().encode(SECRET))).resolves.toBeTruthy();
  });
});
