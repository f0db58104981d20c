import { compactVerify, EmbeddedJWK, importX509 } from 'jose';
import { describe, expect, it } from 'vitest';
import { key } from '../__fixtures__';
import { certificate, x509 } from '../__fixtures__/certificates';
import { parseCompact } from '../jws/parse';
import { verifyCompact } from '../jws/verify';
import {
  embeddedKeySources,
  embeddedKeyText,
  importEmbeddedKey,
  type EmbeddedKeySource,
} from './embedded';

const header = (token: string) => parseCompact(token).protectedHeader;
const CASES: readonly (readonly [EmbeddedKeySource, string])[] = [
  ['jwk', x509.tokens.headerJwk],
  ['x5c', x509.tokens.headerX5c],
];

describe('a key the token carries, used only when asked (RFC 7515 §4.1.3, §4.1.6)', () => {
  it('finds the header’s jwk and x5c', () => {
    expect(embeddedKeySources(header(x509.tokens.headerJwk))).toEqual(['jwk']);
    expect(embeddedKeySources(header(x509.tokens.headerX5c))).toEqual(['x5c']);
    expect(embeddedKeySources({ alg: 'ES256' })).toEqual([]);
  });

  it.each(CASES)(
    '%s: imports it, verifies the token as jose does, and says it proves nothing',
    async (source, token) => {
      const result = await importEmbeddedKey(header(token), { alg: 'ES256', source });
      if (!result.ok) throw new Error(result.code);
      const verdict = await verifyCompact(parseCompact(token), result.key.cryptoKey);
      expect(verdict.status).toBe('verified');
      expect(result.findings).toEqual([
        { code: 'KEY_FROM_TOKEN', part: 'key', severity: 'warning', detail: { source } },
      ]);
      // The oracle: jose verifies the same token with the same embedded key.
      const joseKey =
        source === 'jwk' ? EmbeddedJWK : await importX509(certificate('leafA').pem, 'ES256');
      await expect(compactVerify(token, joseKey as never)).resolves.toBeDefined();
    },
  );

  it('the x5c chain as PEM certificates, the key’s own first', () => {
    const pem = embeddedKeyText(header(x509.tokens.headerX5c), 'x5c')!;
    const blocks = pem.match(/-----BEGIN CERTIFICATE-----/g);
    expect(blocks).toHaveLength(3);
    expect(pem.replace(/\s/g, '').startsWith(certificate('leafA').pem.replace(/\s/g, ''))).toBe(
      true,
    );
  });

  it('a private jwk in a header is an error of its own: anyone with the token can sign', async () => {
    const leaky = { alg: 'ES256', jwk: key('p256').privateJwk };
    const result = await importEmbeddedKey(leaky, { alg: 'ES256', source: 'jwk' });
    expect(result.ok && result.findings.map((found) => found.code)).toEqual([
      'KEY_FROM_TOKEN',
      'KEY_FROM_TOKEN_PRIVATE',
    ]);
  });

  it('no key in the header, or one that does not fit, is reported as data', async () => {
    expect(await importEmbeddedKey({ alg: 'ES256' }, { alg: 'ES256', source: 'x5c' })).toEqual({
      ok: false,
      code: 'KEY_NOT_IN_HEADER',
      detail: { source: 'x5c' },
    });
    const result = await importEmbeddedKey(header(x509.tokens.headerJwk), {
      alg: 'RS256',
      source: 'jwk',
    });
    expect(result).toMatchObject({ ok: false, code: 'KEY_WRONG_TYPE' });
  });
});
