import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { x509 } from '../__fixtures__/certificates';
import { der, opensslError } from './__tests__/openssl';
import { parseCertificate } from './certificate';
import { checkSignature } from './check-signature';

describe('a certificate signed by another, checked with WebCrypto against openssl verify', () => {
  it.each(x509.links.map((link) => [`${link.subject} by ${link.issuer}`, link] as const))(
    '%s',
    async (_title, link) => {
      const subject = parseCertificate(der(link.subject));
      const issuer = parseCertificate(der(link.issuer));
      const check = await checkSignature(subject, issuer.spki);
      if (link.issuer === 'rootEd448') {
        // openssl checks Ed448; no browser's WebCrypto can, and the page says so.
        expect(link.ok).toBe(true);
        expect(check).toEqual({ status: 'unsupported', reason: 'algorithm' });
      } else if (link.ok) {
        expect(check).toEqual({ status: 'valid' });
      } else if (opensslError(link.output)?.code === 7) {
        // X509_V_ERR_CERT_SIGNATURE_FAILURE: the impostor's key did not make the signature.
        expect(check).toEqual({ status: 'invalid', reason: 'signature-mismatch' });
      } else {
        // error 20: openssl finds no issuer of that name, so never checks; the root's EC key
        // cannot have made an RSA signature.
        expect(opensslError(link.output)?.code).toBe(20);
        expect(check).toEqual({ status: 'invalid', reason: 'key-type' });
      }
    },
  );

  it('a change to any byte of the signed part makes the signature invalid', async () => {
    const subject = parseCertificate(der('leafC'));
    const issuer = parseCertificate(der('interC'));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: subject.tbs.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (offset, flip) => {
          const tbs = subject.tbs.slice();
          tbs[offset]! ^= flip;
          const check = await checkSignature({ ...subject, tbs }, issuer.spki);
          expect(check.status).toBe('invalid');
        },
      ),
      { numRuns: 30 },
    );
  });

  it('a damaged ECDSA signature is reported as such, not as a mismatch', async () => {
    const subject = parseCertificate(der('interA'));
    const issuer = parseCertificate(der('rootA'));
    const check = await checkSignature(
      { ...subject, signature: Uint8Array.of(1, 2, 3) },
      issuer.spki,
    );
    expect(check).toEqual({ status: 'invalid', reason: 'bad-signature-encoding' });
  });

  it('an algorithm outside the table is unsupported, never valid', async () => {
    const subject = parseCertificate(der('leafA'));
    const issuer = parseCertificate(der('interA'));
    const unknown = { ...subject, signatureAlgorithm: { oid: '1.2.840.10040.4.3' } }; // dsa-with-sha1
    expect(await checkSignature(unknown, issuer.spki)).toEqual({
      status: 'unsupported',
      reason: 'algorithm',
    });
  });
});
