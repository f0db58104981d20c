import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jwks, keys } from '../__fixtures__';
import { certificate } from '../__fixtures__/certificates';
import { parsePem } from './pem';
import { shareablePublicKey } from './shareable';

const text = (value: string | Record<string, unknown>) =>
  typeof value === 'string' ? value : JSON.stringify(value);
const PRIVATE_FORMATS = ['pkcs8', 'pkcs1Private', 'sec1', 'privateJwk'] as const;
const PUBLIC_FORMATS = ['spki', 'pkcs1Public', 'certificate', 'publicJwk'] as const;

describe('what a share link may carry: a public key, never a secret or private key', () => {
  const privates = Object.entries(keys).flatMap(([name, fixture]) =>
    PRIVATE_FORMATS.filter((format) => fixture[format] !== undefined).map(
      (format) => [name, format, text(fixture[format]!)] as const,
    ),
  );
  it.each(privates)('%s as %s is refused', (_name, _format, keyText) => {
    expect(shareablePublicKey(keyText)).toEqual({ ok: false, refusal: 'private' });
  });

  it('a secret, or text that is no key, is refused', () => {
    expect(shareablePublicKey('{"kty":"oct","k":"c2VjcmV0"}')).toEqual({
      ok: false,
      refusal: 'secret',
    });
    expect(shareablePublicKey('secret')).toEqual({ ok: false, refusal: 'not-a-key' });
    expect(shareablePublicKey('')).toEqual({ ok: false, refusal: 'not-a-key' });
  });

  it('a JWK Set is shared only when every key in it is public', () => {
    expect(shareablePublicKey(JSON.stringify(jwks))).toEqual({
      ok: true,
      text: JSON.stringify(jwks),
    });
    const leaky = { keys: [...jwks.keys, keys.p256!.privateJwk] };
    expect(shareablePublicKey(JSON.stringify(leaky))).toEqual({ ok: false, refusal: 'private' });
    const secret = { keys: [...jwks.keys, { kty: 'oct', k: 'c2VjcmV0' }] };
    expect(shareablePublicKey(JSON.stringify(secret))).toEqual({ ok: false, refusal: 'secret' });
  });

  it('a public PEM with a private key pasted after it is refused', () => {
    const both = `${keys.p256!.spki}\n${keys.p256!.pkcs8}`;
    expect(shareablePublicKey(both)).toEqual({ ok: false, refusal: 'private' });
    const two = `${keys.p256!.spki}\n${keys.p384!.spki}`;
    expect(shareablePublicKey(two)).toEqual({ ok: false, refusal: 'mixed' });
  });

  const publics = Object.entries(keys).flatMap(([name, fixture]) =>
    PUBLIC_FORMATS.filter((format) => fixture[format] !== undefined).map(
      (format) => [name, format, text(fixture[format]!)] as const,
    ),
  );
  it.each(publics)('%s as %s is shared as the same key', (_name, format, keyText) => {
    const shared = shareablePublicKey(keyText);
    if (!shared.ok) throw new Error(shared.refusal);
    if (format === 'publicJwk') expect(JSON.parse(shared.text)).toEqual(JSON.parse(keyText));
    else expect(parsePem(shared.text).der).toEqual(parsePem(keyText).der);
  });

  it('a certificate chain is shared whole, block by block', () => {
    const chain = ['leafA', 'interA', 'rootA'].map((name) => certificate(name).pem).join('\n');
    const shared = shareablePublicKey(chain);
    expect(shared.ok && shared.text.match(/BEGIN CERTIFICATE/g)).toHaveLength(3);
  });

  it('text around a public PEM never rides along: only the key is rebuilt', () => {
    const pem = keys.rsa2048!.spki;
    const alone = shareablePublicKey(pem);
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        fc.pre(!`${before}${after}`.includes('-----'));
        expect(shareablePublicKey(`${before}\n${pem}\n${after}`)).toEqual(alone);
      }),
    );
  });
});
