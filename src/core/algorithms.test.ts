import { describe, expect, it } from 'vitest';
import { isAsymmetric, isSymmetric, JWS_ALGORITHMS, jwsAlgorithm } from './algorithms';
import { isAlgorithmSupported } from './support';

describe('the algorithm table', () => {
  it('has every JWS alg the browser can do, and none', () => {
    expect(JWS_ALGORITHMS).toEqual([
      'HS256',
      'HS384',
      'HS512',
      'RS256',
      'RS384',
      'RS512',
      'PS256',
      'PS384',
      'PS512',
      'ES256',
      'ES384',
      'ES512',
      'EdDSA',
      'Ed25519',
      'ML-DSA-44',
      'ML-DSA-65',
      'ML-DSA-87',
      'none',
    ]);
  });

  it('RFC 7518 §3.4: ECDSA curves and signature lengths', () => {
    expect(jwsAlgorithm('ES256')).toMatchObject({
      curve: 'P-256',
      signatureLength: 64,
      hash: 'SHA-256',
    });
    expect(jwsAlgorithm('ES384')).toMatchObject({
      curve: 'P-384',
      signatureLength: 96,
      hash: 'SHA-384',
    });
    expect(jwsAlgorithm('ES512')).toMatchObject({
      curve: 'P-521',
      signatureLength: 132,
      hash: 'SHA-512',
    });
  });

  it('RFC 7518 §3.5: PSS salt as long as the hash; RSA keys at least 2048 bits', () => {
    expect(jwsAlgorithm('PS384')).toMatchObject({
      signParams: { name: 'RSA-PSS', saltLength: 48 },
      minRsaBits: 2048,
    });
    expect(jwsAlgorithm('RS512')).toMatchObject({
      importParams: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-512' },
      minRsaBits: 2048,
    });
  });

  it('names outside the table are undefined, including prototype names', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hs256', 'RS1', 42, undefined]) {
      expect(jwsAlgorithm(name)).toBeUndefined();
    }
  });

  it('classifies symmetric and asymmetric algorithms', () => {
    expect(isSymmetric(jwsAlgorithm('HS512')!)).toBe(true);
    expect(isAsymmetric(jwsAlgorithm('ML-DSA-65')!)).toBe(true);
    expect(isAsymmetric(jwsAlgorithm('none')!)).toBe(false);
  });

  it('feature detection: none is never supported, HMAC always', async () => {
    expect(await isAlgorithmSupported('none')).toBe(false);
    expect(await isAlgorithmSupported('HS256')).toBe(true);
    expect(await isAlgorithmSupported('Ed25519')).toBe(true);
  });
});
