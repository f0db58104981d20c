import { execFileSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keys } from '../__fixtures__';
import { mlDsa } from '../__fixtures__/certificates';
import { decodeBase64 } from '../encoding/base64url';
import { children, encodeTlv, readWhole, TAG } from './der';
import { parsePem } from './pem';
import { publicJwkFromSpki, spkiFromPublicJwk } from './spki-jwk';

const der = (pem: string) => parsePem(pem).der;
const base64 = (text: string) => {
  const decoded = decodeBase64(text);
  if (!decoded.ok) throw new Error('bad base64 in a fixture');
  return decoded.bytes;
};
/** Node's own JWK export of an SPKI PEM: the oracle for RSA, EC and OKP. */
const nodeJwk = (pem: string) => createPublicKey(pem).export({ format: 'jwk' });
const nodeSpki = (jwk: Record<string, unknown>) =>
  new Uint8Array(
    createPublicKey({ key: jwk as never, format: 'jwk' }).export({ type: 'spki', format: 'der' }),
  );

describe('SPKI and JWK (RFC 5280 §4.1.2.7, RFC 7518 §6, RFC 8037 §2, RFC 9964 §3)', () => {
  const named = ['rsa2048', 'rsa4096', 'rsa1024', 'p256', 'p384', 'p521', 'secp256k1', 'ed25519'];
  it.each(named)('%s: our JWK of the SPKI is the one node:crypto made, and back', (name) => {
    const fixture = keys[name]!;
    const jwk = publicJwkFromSpki(der(fixture.spki));
    expect(jwk).toEqual({ ok: true, value: fixture.publicJwk });
    expect(spkiFromPublicJwk(fixture.publicJwk!)).toEqual({ ok: true, value: der(fixture.spki) });
  });

  it('Ed448, whose JWK the fixtures lack, against node:crypto', () => {
    const { spki } = keys.ed448!;
    const expected = nodeJwk(spki);
    expect(publicJwkFromSpki(der(spki))).toEqual({ ok: true, value: expected });
    expect(spkiFromPublicJwk(expected)).toEqual({ ok: true, value: der(spki) });
  });

  it('an id-RSASSA-PSS SPKI reads as the RSA JWK of its modulus and exponent', () => {
    const { spki } = keys.rsaPss2048!;
    const result = publicJwkFromSpki(der(spki));
    // node:crypto exports no JWK of a PSS key; openssl prints its modulus.
    const modulus = execFileSync('openssl', ['rsa', '-pubin', '-noout', '-modulus'], {
      input: spki,
      encoding: 'utf8',
    })
      .trim()
      .replace('Modulus=', '');
    expect(result.ok && result.value).toEqual({
      kty: 'RSA',
      n: Buffer.from(modulus, 'hex').toString('base64url'),
      e: 'AQAB',
    });
  });

  it.each(Object.keys(mlDsa.keys))('%s: the AKP JWK Chromium exported, both ways', (alg) => {
    const { spki, jwk } = mlDsa.keys[alg]!;
    expect(publicJwkFromSpki(base64(spki))).toEqual({ ok: true, value: jwk });
    expect(spkiFromPublicJwk(jwk)).toEqual({ ok: true, value: base64(spki) });
  });

  it('RFC 9964 A.1: the all-zeros-seed ML-DSA-44 key', () => {
    const { spki, jwk } = mlDsa.rfc9964;
    expect(spkiFromPublicJwk(jwk)).toEqual({ ok: true, value: base64(spki) });
    expect(publicJwkFromSpki(base64(spki))).toEqual({ ok: true, value: jwk });
  });

  it('EC and OKP keys of any value round-trip as node:crypto reads them', () => {
    const curves = ['prime256v1', 'secp384r1', 'secp521r1', 'secp256k1'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...curves, 'ed25519' as const, 'x25519' as const), (kind) => {
        const { publicKey } =
          kind === 'ed25519' || kind === 'x25519'
            ? generateKeyPairSync(kind as 'ed25519')
            : generateKeyPairSync('ec', { namedCurve: kind });
        const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
        const jwk = publicKey.export({ format: 'jwk' });
        expect(publicJwkFromSpki(spki)).toEqual({ ok: true, value: jwk });
        expect(spkiFromPublicJwk(jwk)).toEqual({ ok: true, value: nodeSpki(jwk) });
      }),
      { numRuns: 40 },
    );
  });

  it('says why a key has no JWK form, or a JWK no SPKI, without throwing', () => {
    // The P-256 SPKI with its point compressed (SEC 1 §2.3.3: 0x02 or 0x03, then X).
    const [algorithm, point] = children(readWhole(der(keys.p256!.spki)));
    const x = point!.value.subarray(2, 34);
    const compressed = encodeTlv(
      TAG.SEQUENCE,
      algorithm!.raw,
      encodeTlv(TAG.BIT_STRING, Uint8Array.of(0, 2), x),
    );
    expect(publicJwkFromSpki(compressed)).toEqual({ ok: false, problem: 'bad-point' });
    expect(publicJwkFromSpki(Uint8Array.of(0x30, 0x03, 0x02, 0x01))).toEqual({
      ok: false,
      problem: 'malformed',
    });
    expect(spkiFromPublicJwk({ kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'AAAA' })).toEqual({
      ok: false,
      problem: 'bad-point',
    });
    expect(spkiFromPublicJwk({ kty: 'EC', crv: 'brainpoolP256r1', x: 'AA', y: 'AA' })).toEqual({
      ok: false,
      problem: 'no-jwk-form',
    });
    expect(spkiFromPublicJwk({ kty: 'RSA', n: '***', e: 'AQAB' })).toEqual({
      ok: false,
      problem: 'malformed',
    });
    expect(spkiFromPublicJwk({ kty: 'oct', k: 'AAAA' })).toEqual({
      ok: false,
      problem: 'no-jwk-form',
    });
  });
});
