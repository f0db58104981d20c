import { describe, expect, it } from 'vitest';
import { encodeUtf8Base64url } from '../encoding/base64url';
import { jweVector } from '../jwe/__fixtures__';
import { CLEAN_HEADER, NOW, tokenFromText } from './__fixtures__/tokens';
import { lintToken } from './lint-token';

const jwe = jweVector('RFC7516-A.3').compact!;
const lintsOf = (payloadText: string) =>
  lintToken({ parsed: tokenFromText(JSON.stringify(CLEAN_HEADER), payloadText), now: NOW });

describe('a JWS whose payload is a JWE (RFC 7519 §11.2)', () => {
  it('is encrypted, then signed: the wrong way round, a warning about the payload', () => {
    expect(lintsOf(jwe).filter((lint) => lint.rule === 'payload-is-jwe')).toEqual([
      { rule: 'payload-is-jwe', severity: 'warning', part: 'payload', source: 'RFC 7519 §11.2' },
    ]);
  });

  it('is not found in JSON claims, a JWS payload or five parts without enc', () => {
    const noEnc = `${encodeUtf8Base64url('{"alg":"dir"}')}.${jwe.split('.').slice(1).join('.')}`;
    const signed = `${encodeUtf8Base64url('{"alg":"HS256"}')}.e30.c2ln`;
    for (const payload of [`{"sub":"x","exp":${NOW + 60}}`, signed, noEnc, `${jwe}.x`, '']) {
      expect(lintsOf(payload).map((lint) => lint.rule)).not.toContain('payload-is-jwe');
    }
  });
});
