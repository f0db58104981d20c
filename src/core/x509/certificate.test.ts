import { describe, expect, it } from 'vitest';
import { x509 } from '../__fixtures__/certificates';
import { der, opensslDate } from './__tests__/openssl';
import { parseCertificate } from './certificate';

/** RFC 4514 §2.2 lets a multi-valued RDN's attributes come in any order: compare them sorted. */
function rdnsSorted(name: string): string {
  return name
    .split(/(?<!\\),/)
    .map((rdn) =>
      rdn
        .split(/(?<!\\)\+/)
        .sort()
        .join('+'),
    )
    .join(',');
}

const names = Object.keys(x509.certificates);

describe('RFC 5280 §4.1: a certificate read as openssl and Python cryptography read it', () => {
  it.each(names)(
    '%s: subject and issuer (RFC 4514), as openssl -nameopt RFC2253 prints',
    (name) => {
      const { openssl } = x509.certificates[name]!;
      const certificate = parseCertificate(der(name));
      expect(rdnsSorted(certificate.subject)).toBe(rdnsSorted(openssl.subject));
      expect(rdnsSorted(certificate.issuer)).toBe(rdnsSorted(openssl.issuer));
    },
  );

  // cryptography spells only RFC 4514's own nine short names (leafB has others), and orders a
  // multi-valued RDN as its set iterates.
  it.each(names.filter((name) => name !== 'leafB'))(
    '%s: subject and issuer as cryptography.x509.Name.rfc4514_string() has them',
    (name) => {
      const { cryptography } = x509.certificates[name]!;
      const certificate = parseCertificate(der(name));
      expect(rdnsSorted(certificate.subject)).toBe(rdnsSorted(cryptography.subject));
      expect(rdnsSorted(certificate.issuer)).toBe(rdnsSorted(cryptography.issuer));
    },
  );

  it('writes a multi-valued RDN in its DER order (X.690 §11.6 sorts SET OF)', () => {
    expect(parseCertificate(der('leafA')).subject).toMatch(/,OU=Eng\+UID=jdoe,/);
  });

  it.each(names)('%s: notBefore and notAfter (UTCTime and GeneralizedTime)', (name) => {
    const { openssl } = x509.certificates[name]!;
    const certificate = parseCertificate(der(name));
    expect(certificate.notBefore).toBe(opensslDate(openssl.notBefore));
    expect(certificate.notAfter).toBe(opensslDate(openssl.notAfter));
  });

  it('reads version 3, basicConstraints and the signature algorithm', () => {
    const root = parseCertificate(der('rootA'));
    const leaf = parseCertificate(der('leafA'));
    expect([root.version, root.isCa, leaf.isCa]).toEqual([3, true, false]);
    expect(root.signatureAlgorithm.oid).toBe('1.2.840.10045.4.3.3'); // ecdsa-with-SHA384
    expect(leaf.signatureAlgorithm.oid).toBe('1.2.840.113549.1.1.11'); // sha256WithRSAEncryption
  });

  it('refuses DER that is cut short or has bytes after it, naming where', () => {
    const whole = der('leafA');
    expect(() => parseCertificate(whole.subarray(0, whole.length - 1))).toThrow(/runs past/);
    expect(() => parseCertificate(Uint8Array.of(...whole, 0))).toThrow(/after the element/);
  });
});
