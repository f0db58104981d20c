import { describe, expect, it } from 'vitest';
import { certificate, x509 } from '../__fixtures__/certificates';
import { der, opensslDate, opensslError, opensslHex } from './__tests__/openssl';
import { inspectChain } from './chain';
import type { X509Code } from './codes';

/** A moment inside every fixture's validity but the expired and future ones. */
const NOW = opensslDate(certificate('leafA').openssl.notBefore) + 86_400;
const inspect = (names: readonly string[], extra: { x5t?: unknown; x5tS256?: unknown } = {}) =>
  inspectChain(names.map(der), { now: NOW, part: 'key', ...extra });
const codes = (findings: readonly { code: string; index?: number }[]) =>
  findings.map((found) => [found.code, found.index]);

/** openssl verify's error numbers (X509_V_ERR_*) and the finding each one is. */
const OPENSSL_ERRORS: Readonly<Record<number, X509Code>> = {
  7: 'CHAIN_SIGNATURE_INVALID',
  9: 'CERT_NOT_YET_VALID',
  10: 'CERT_EXPIRED',
};

describe('a certificate chain, as x5c orders it (RFC 7515 §4.1.6)', () => {
  it.each(Object.entries(x509.chains))(
    'chain %s: the finding openssl verify stops at, at the depth it names',
    async (_name, chain) => {
      const report = await inspect(chain.certificates);
      const errors = report.findings.filter((found) => found.severity === 'error');
      if (chain.ok) {
        expect(errors).toEqual([]);
        expect(report.certificates.map((c) => c.signature?.status)).toEqual([
          'valid',
          'valid',
          'valid',
        ]);
        expect(report.certificates.map((c) => c.signer)).toEqual(['next', 'next', 'self']);
      } else {
        const error = opensslError(chain.output)!;
        expect(codes(errors)).toEqual([[OPENSSL_ERRORS[error.code], error.depth]]);
      }
    },
  );

  it('SHA-1 and SHA-256 thumbprints are openssl -fingerprint; x5t is their base64url', async () => {
    const report = await inspect(['leafB', 'interB', 'rootB']);
    for (const [index, name] of ['leafB', 'interB', 'rootB'].entries()) {
      const { openssl } = certificate(name);
      const { thumbprints } = report.certificates[index]!;
      expect(thumbprints.sha1).toBe(opensslHex(openssl.sha1));
      expect(thumbprints.sha256).toBe(opensslHex(openssl.sha256));
      expect(thumbprints.x5t).toBe(Buffer.from(thumbprints.sha1, 'hex').toString('base64url'));
    }
  });

  it('RFC 7515 §4.1.7-§4.1.8: x5t and x5t#S256 checked against the first certificate', async () => {
    const { leafWithChain, wrongX5t } = x509.jwks;
    const right = await inspect(['leafA', 'interA', 'rootA'], {
      x5t: leafWithChain.x5t,
      x5tS256: leafWithChain['x5t#S256'],
    });
    expect([right.x5t?.matches, right.x5tS256?.matches]).toEqual([true, true]);
    expect(right.findings).toEqual([]);
    const wrong = await inspect(['leafA', 'interA', 'rootA'], {
      x5t: wrongX5t.x5t,
      x5tS256: wrongX5t['x5t#S256'],
    });
    expect(codes(wrong.findings)).toEqual([
      ['CERT_X5T_MISMATCH', 0],
      ['CERT_X5T_S256_MISMATCH', 0],
    ]);
    expect(wrong.findings[0]!.detail).toEqual({ given: wrongX5t.x5t });
  });

  it('validity against the given now: expired and not yet valid, with their dates', async () => {
    const expired = await inspect(['expiredA']);
    expect(expired.certificates[0]!.validity).toBe('expired');
    expect(expired.findings[0]).toMatchObject({
      code: 'CERT_EXPIRED',
      index: 0,
      detail: { notAfter: opensslDate(certificate('expiredA').openssl.notAfter) },
    });
    const future = await inspect(['notYetValidA']);
    expect(future.certificates[0]!.validity).toBe('not-yet-valid');
    // The same certificate, checked in 2099, is valid.
    const in2099 = await inspectChain([der('notYetValidA')], {
      now: Date.UTC(2099, 5, 1) / 1000,
      part: 'key',
    });
    expect(in2099.certificates[0]!.validity).toBe('valid');
  });

  it('a chain out of order: the issuer name and the signature both fail', async () => {
    const report = await inspect(['leafA', 'rootA']);
    expect(codes(report.findings)).toEqual([
      ['CHAIN_ISSUER_MISMATCH', 0],
      ['CHAIN_SIGNATURE_INVALID', 0],
    ]);
    expect(report.certificates[0]!.issuerMatchesNext).toBe(false);
  });

  it('a chain that stops before its root says so; a lone self-signed root verifies itself', async () => {
    const partial = await inspect(['leafA', 'interA']);
    expect(codes(partial.findings)).toEqual([['CHAIN_INCOMPLETE', 1]]);
    expect(partial.certificates[1]!.signer).toBe('absent');
    const root = await inspect(['rootC']);
    expect(root.certificates[0]).toMatchObject({ signer: 'self', signature: { status: 'valid' } });
  });

  it('an Ed448 signature is unsupported, a warning, never valid', async () => {
    const report = await inspect(['rootEd448']);
    expect(codes(report.findings)).toEqual([['CHAIN_SIGNATURE_UNSUPPORTED', 0]]);
    expect(report.certificates[0]!.key).toMatchObject({ kty: 'OKP', curve: 'Ed448' });
  });

  it('reports the key of each certificate, as a JWK where it has one', async () => {
    const report = await inspect(['leafA', 'interA', 'rootA']);
    expect(report.certificates.map((c) => c.key.kty)).toEqual(['EC', 'RSA', 'EC']);
    expect(report.certificates[1]!.key.modulusBits).toBe(2048);
    expect(report.certificates[2]!.key.curve).toBe('P-384');
    expect(report.certificates[0]!.publicJwk).toEqual(x509.leafPublicJwk);
  });

  it('an unreadable certificate is a finding at its index; the others are still read', async () => {
    const broken = der('interA').slice(0, 40);
    const report = await inspectChain([der('leafA'), broken, der('rootA')], {
      now: NOW,
      part: 'header',
    });
    expect(codes(report.findings)).toEqual([['CERT_BAD_DER', 1]]);
    expect(report.certificates.map((c) => c.index)).toEqual([0, 2]);
    expect(report.certificates[0]!.signature).toBeUndefined();
  });
});
