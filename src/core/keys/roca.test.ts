import { generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { keys } from '../__fixtures__';
import { parseCompact } from '../jws/parse';
import { lintToken } from '../lints';
import published from './__fixtures__/roca.json';
import { importKeyText } from './import';
import { hasRocaFingerprint, jwkHasRocaFingerprint, rocaSubgroupMasks } from './roca';

/**
 * CVE-2017-15361. The references are the detector's own published data (crocs-muni/roca): its
 * fingerprint table, a positive and a negative sample key, and a positive modulus. Fresh keys
 * from Node's crypto are the false-positive check.
 */
const generate = promisify(generateKeyPair);

describe('the ROCA fingerprint (crocs-muni/roca has_fingerprint_moduli)', () => {
  it("computes the detector's published table: 65537's subgroup modulo each prime 3..167", () => {
    expect(rocaSubgroupMasks().map(String)).toEqual(published.prints);
  });

  it('flags the published positive modulus (512 bits)', () => {
    expect(hasRocaFingerprint(Buffer.from(published.positive_modulus_hex, 'hex'))).toBe(true);
  });

  it('the published affected public key: a danger note on import and a danger lint', async () => {
    const imported = await importKeyText(published.positive_pem, { alg: 'RS256', usage: 'verify' });
    expect(imported.facts.modulusBits).toBe(2049);
    expect(imported.notes).toEqual([
      { code: 'RSA_ROCA_FINGERPRINT', severity: 'danger', detail: { cve: 'CVE-2017-15361' } },
    ]);
    const parsed = parseCompact('eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjJ9.c2ln');
    const lints = lintToken({ parsed, now: 1, publicJwk: imported.publicJwk! });
    expect(lints.filter((lint) => lint.rule === 'key-roca')).toEqual([
      {
        rule: 'key-roca',
        severity: 'danger',
        part: 'key',
        source: 'CVE-2017-15361',
        detail: { cve: 'CVE-2017-15361' },
      },
    ]);
  });

  it("the detector's negative sample and this project's fixture keys are not flagged", async () => {
    const imported = await importKeyText(published.negative_pem, { alg: 'RS256', usage: 'verify' });
    expect(imported.notes).toEqual([]);
    for (const name of ['rsa2048', 'rsa2048b', 'rsa4096', 'rsa1024']) {
      expect(jwkHasRocaFingerprint(keys[name]!.publicJwk!), name).toBe(false);
    }
    expect(jwkHasRocaFingerprint({ kty: 'EC', n: 'AQAB' })).toBe(false);
    expect(hasRocaFingerprint(new Uint8Array(16))).toBe(false);
  });

  it('no false positive over 1,000 fresh RSA keys', { timeout: 120_000 }, async () => {
    // 512-bit moduli: the fingerprint is the modulus modulo small primes, which the key size
    // does not change, and 1,000 such keys take seconds where 2048-bit ones take minutes.
    let flagged = 0;
    for (let batch = 0; batch < 20; batch++) {
      const pairs = await Promise.all(
        Array.from({ length: 50 }, () => generate('rsa', { modulusLength: 512 })),
      );
      for (const { publicKey } of pairs) {
        const n = Buffer.from(String(publicKey.export({ format: 'jwk' }).n), 'base64url');
        expect(n.length).toBe(64);
        if (hasRocaFingerprint(n)) flagged += 1;
      }
    }
    expect(flagged).toBe(0);
  });
});
