// Generates src/core/sd-jwt/__fixtures__/x5c-sd-jwt.json: an SD-JWT VC whose issuer key is in
// an x5c chain of two certificates made by the openssl CLI (a CA and the issuer it signed), and
// the same without `vct`; with what openssl says of the certificates (subjects, SHA-256
// fingerprints), the e2e tests' oracle. The keys are thrown away.
//
// Run from anywhere: `node scripts/make-sd-jwt-x5c-fixture.mjs`. Every run makes new keys.

import console from 'node:console';
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextEncoder } from 'node:util';
import { CompactSign, importPKCS8 } from 'jose';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(projectRoot, 'src', 'core', 'sd-jwt', '__fixtures__', 'x5c-sd-jwt.json');
const dir = mkdtempSync(join(tmpdir(), 'jwt-debugger-sd-x5c-'));
const file = (name) => join(dir, name);
const openssl = (args) =>
  execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

function key(name) {
  openssl([
    'genpkey',
    '-algorithm',
    'EC',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-out',
    file(name),
  ]);
}
const SUBJECT = {
  ca: '/C=NZ/O=JWT Debugger Fixtures/CN=SD-JWT Test Issuing CA',
  issuer: '/C=NZ/O=JWT Debugger Fixtures/CN=SD-JWT Test Issuer',
};

try {
  key('ca.key');
  key('issuer.key');
  const days = ['-days', '3650', '-sha256'];
  openssl([
    'req',
    '-x509',
    '-new',
    '-key',
    file('ca.key'),
    '-subj',
    SUBJECT.ca,
    ...days,
    '-out',
    file('ca.pem'),
  ]);
  openssl([
    'req',
    '-new',
    '-key',
    file('issuer.key'),
    '-subj',
    SUBJECT.issuer,
    '-out',
    file('issuer.csr'),
  ]);
  openssl([
    'x509',
    '-req',
    '-in',
    file('issuer.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca.key'),
    '-set_serial',
    '2',
    ...days,
    '-out',
    file('issuer.pem'),
  ]);
  const describe = (name) => {
    const pem = readFileSync(file(`${name}.pem`), 'utf8');
    const der = Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    const read = (...flags) =>
      openssl([
        'x509',
        '-in',
        file(`${name}.pem`),
        '-noout',
        '-nameopt',
        'RFC2253',
        ...flags,
      ]).trim();
    return {
      der: der.toString('base64'),
      subject: read('-subject').replace(/^subject=/, ''),
      issuer: read('-issuer').replace(/^issuer=/, ''),
      sha256: read('-fingerprint', '-sha256').replace(/^.*=/, ''),
    };
  };
  const certificates = { issuer: describe('issuer'), ca: describe('ca') };
  const x5c = [certificates.issuer.der, certificates.ca.der];

  const disclosure = Buffer.from(
    JSON.stringify(['2GLC42sKQveCfGfryNRN9w', 'given_name', 'Alice']),
  ).toString('base64url');
  const digest = createHash('sha256').update(disclosure).digest('base64url');
  const signingKey = await importPKCS8(readFileSync(file('issuer.key'), 'utf8'), 'ES256');
  const issue = async (payload) => {
    const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'ES256', typ: 'dc+sd-jwt', x5c })
      .sign(signingKey);
    return `${jws}~${disclosure}~`;
  };
  const claims = {
    iss: 'https://issuer.example',
    iat: 1764633600,
    _sd: [digest],
    _sd_alg: 'sha-256',
  };
  const result = {
    description: `Made by scripts/make-sd-jwt-x5c-fixture.mjs with ${openssl(['version']).trim()} and jose, on ${new Date().toISOString().slice(0, 10)}. Throwaway keys.`,
    certificates: {
      issuer: { ...certificates.issuer, der: undefined },
      ca: { ...certificates.ca, der: undefined },
    },
    disclosure: { text: disclosure, digest, name: 'given_name', value: 'Alice' },
    tokens: {
      vc: await issue({ ...claims, vct: 'https://credentials.example/identity' }),
      noVct: await issue(claims),
    },
  };
  writeFileSync(output, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${output}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
