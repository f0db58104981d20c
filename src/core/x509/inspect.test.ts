import { describe, expect, it } from 'vitest';
import { certificate, x509 } from '../__fixtures__/certificates';
import { parseCompact } from '../jws/parse';
import { opensslDate } from './__tests__/openssl';
import { inspectPemCertificates, inspectX5c } from './inspect';

const NOW = opensslDate(certificate('leafA').openssl.notBefore) + 86_400;
const header = (token: string) => parseCompact(token).protectedHeader;
const codes = (findings: readonly { code: string; index?: number }[]) =>
  findings.map((found) => [found.code, found.index]);

describe('certificates carried by a header, a JWK or pasted PEM', () => {
  it("RFC 7515 §4.1.6: a header's x5c is read and checked, and proves nothing by itself", async () => {
    const report = await inspectX5c(header(x509.tokens.headerX5c), { now: NOW, part: 'header' });
    expect(report?.certificates.map((c) => c.subject)).toEqual(
      ['leafA', 'interA', 'rootA']
        .map((name) => certificate(name).cryptography.subject)
        .map(
          // cryptography orders a multi-valued RDN as it likes; ours is the DER order.
          (subject) => subject.replace('UID=jdoe+OU=Eng', 'OU=Eng+UID=jdoe'),
        ),
    );
    expect(report?.x5t?.matches).toBe(true);
    expect(report?.x5tS256?.matches).toBe(true);
    expect(codes(report!.findings)).toEqual([['CHAIN_UNTRUSTED', undefined]]);
  });

  it('a header whose x5t is another certificate’s', async () => {
    const report = await inspectX5c(header(x509.tokens.headerWrongX5t), {
      now: NOW,
      part: 'header',
    });
    expect(codes(report!.findings)).toEqual([
      ['CERT_X5T_MISMATCH', 0],
      ['CHAIN_UNTRUSTED', undefined],
    ]);
  });

  it("RFC 7517 §4.7: a JWK's x5c, the user's own input: no CHAIN_UNTRUSTED", async () => {
    const report = await inspectX5c(x509.jwks.leafWithChain, { now: NOW, part: 'key' });
    expect(report?.findings).toEqual([]);
    expect(await inspectX5c({ kty: 'EC' }, { now: NOW, part: 'key' })).toBeUndefined();
  });

  it('x5c must be a non-empty array of base64 strings (not base64url)', async () => {
    const options = { now: NOW, part: 'header' } as const;
    expect(codes((await inspectX5c({ x5c: 'MIIB' }, options))!.findings)).toEqual([
      ['X5C_NOT_ARRAY', undefined],
      ['CHAIN_UNTRUSTED', undefined],
    ]);
    expect(codes((await inspectX5c({ x5c: [] }, options))!.findings)[0]).toEqual([
      'X5C_NOT_ARRAY',
      undefined,
    ]);
    const urlSafe = x509.jwks.leafWithChain.x5c as string[];
    const asBase64url = [
      urlSafe[0]!.replaceAll('+', '-').replaceAll('/', '_'),
      ...urlSafe.slice(1),
    ];
    const report = await inspectX5c({ x5c: asBase64url }, options);
    expect(urlSafe[0]).toMatch(/[+/]/);
    expect(report!.findings[0]).toMatchObject({ code: 'X5C_BAD_BASE64', index: 0 });
    expect(report!.certificates).toEqual([]);
  });

  it('a PEM bundle is read block by block, in order', async () => {
    const bundle = ['leafB', 'interB', 'rootB'].map((name) => certificate(name).pem).join('');
    const report = await inspectPemCertificates(bundle, { now: NOW, part: 'key' });
    expect(report.certificates.map((c) => c.signature?.status)).toEqual([
      'valid',
      'valid',
      'valid',
    ]);
    expect(report.findings).toEqual([]);
  });
});
