// Generates src/core/__fixtures__/x509.json: certificate chains made by the openssl CLI, and
// what openssl itself says about them (the oracle the tests compare with):
//   openssl x509 -noout -subject -issuer -dates -fingerprint -sha1 / -sha256 -nameopt RFC2253
//   openssl verify (whole chains, and every link on its own)
// plus Python cryptography's Name.rfc4514_string() as a second reading of the names, and
// tokens signed by jose with the leaf's key that carry the chain in `x5c` or the key in `jwk`.
//
// Run from anywhere: `node scripts/make-x509-fixtures.mjs`. Every run makes new keys, so the
// output changes completely; commit the script and its output together.

import console from 'node:console';
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { TextEncoder } from 'node:util';
import { calculateJwkThumbprint, CompactSign, importJWK } from 'jose';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(projectRoot, 'src', 'core', '__fixtures__', 'x509.json');
const python = '/usr/bin/python3';
const dir = mkdtempSync(join(tmpdir(), 'jwt-debugger-x509-'));
const file = (name) => join(dir, name);

/** A minimal CA configuration: the DN kept as given, extensions chosen per certificate. */
const CONFIG = `
oid_section = oids
[ oids ]
glanceTest = 1.3.6.1.4.1.32473.1
[ ca ]
default_ca = fixture
[ fixture ]
database = ${file('index.txt')}
new_certs_dir = ${dir}
serial = ${file('serial')}
default_md = default
policy = anything
preserve = yes
unique_subject = no
email_in_dn = yes
[ anything ]
countryName = optional
organizationName = optional
organizationalUnitName = optional
commonName = optional
userId = optional
emailAddress = optional
serialNumber = optional
localityName = optional
[ req ]
distinguished_name = dn
string_mask = utf8only
utf8 = yes
[ dn ]
[ ca_ext ]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
# Leaves have no authorityKeyIdentifier: openssl then finds the issuer by name, so an impostor
# issuer is a signature failure (error 7) rather than "no issuer found".
[ leaf_ext ]
basicConstraints = CA:false
keyUsage = critical, digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = none
`;

function openssl(args, options = {}) {
  return execFileSync('openssl', args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', options.allowFailure ? 'pipe' : 'inherit'],
    cwd: dir,
  });
}

/** `openssl verify`'s output and exit status, for the oracle: "OK" or the error it names. */
function verify(args) {
  const clean = (text) => text.replaceAll(`${dir}/`, '').trim();
  try {
    return { ok: true, output: clean(openssl(['verify', ...args], { allowFailure: true })) };
  } catch (error) {
    return { ok: false, output: clean(`${error.stdout}${error.stderr}`) };
  }
}

const KEY_ARGS = {
  rsa2048: ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'],
  rsaPss: [
    '-algorithm',
    'RSA-PSS',
    '-pkeyopt',
    'rsa_keygen_bits:2048',
    '-pkeyopt',
    'rsa_pss_keygen_md:sha256',
    '-pkeyopt',
    'rsa_pss_keygen_mgf1_md:sha256',
    '-pkeyopt',
    'rsa_pss_keygen_saltlen:32',
  ],
  p256: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'],
  p384: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384'],
  p521: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-521'],
  ed25519: ['-algorithm', 'ED25519'],
  ed448: ['-algorithm', 'ED448'],
};

/**
 * One certificate: a key, a request, and a signature by `issuer` (itself when undefined):
 * `openssl req -x509` for a root, `openssl x509 -req` (which keeps the request's subject as
 * written, multi-valued RDNs included) for the others, `openssl ca` for set dates.
 * `validity` is `['-days', n]` or `['-startdate', a, '-enddate', b]`.
 */
function certificate(name, { key, subject, issuer, ext, validity, digest, signOptions = [] }) {
  writeFileSync(file('openssl.cnf'), CONFIG);
  const config = ['-config', file('openssl.cnf')];
  openssl(['genpkey', ...KEY_ARGS[key], '-out', file(`${name}.key`)]);
  const request = ['-utf8', '-multivalue-rdn', '-key', file(`${name}.key`), '-subj', subject];
  const out = ['-out', file(`${name}.pem`)];
  // EdDSA signs the whole message: no digest (`openssl ca` says -md, req and x509 -<digest>).
  const digestFlag = digest ? [`-${digest}`] : [];
  if (!issuer) {
    openssl([
      'req',
      '-x509',
      '-new',
      ...config,
      ...request,
      '-extensions',
      ext,
      ...validity,
      ...digestFlag,
      ...signOptions,
      ...out,
    ]);
    return readFileSync(file(`${name}.pem`), 'utf8');
  }
  openssl(['req', '-new', ...config, ...request, '-out', file(`${name}.csr`)]);
  const csr = ['-in', file(`${name}.csr`)];
  const ca = ['-cert', file(`${issuer}.pem`), '-keyfile', file(`${issuer}.key`)];
  if (validity[0] === '-days') {
    serial += 1;
    openssl([
      'x509',
      '-req',
      ...csr,
      '-CA',
      file(`${issuer}.pem`),
      '-CAkey',
      file(`${issuer}.key`),
      '-set_serial',
      String(serial),
      '-extfile',
      file('openssl.cnf'),
      '-extensions',
      ext,
      ...validity,
      ...digestFlag,
      ...signOptions,
      ...out,
    ]);
  } else {
    openssl([
      'ca',
      '-batch',
      '-notext',
      ...config,
      '-utf8',
      ...csr,
      ...ca,
      '-extensions',
      ext,
      ...validity,
      ...(digest ? ['-md', digest] : []),
      ...signOptions,
      ...out,
    ]);
  }
  return readFileSync(file(`${name}.pem`), 'utf8');
}
let serial = 0x2000;

/** What openssl prints about a certificate, as printed. */
function opensslReading(name) {
  const pem = file(`${name}.pem`);
  const names = openssl([
    'x509',
    '-in',
    pem,
    '-noout',
    '-subject',
    '-issuer',
    '-dates',
    '-nameopt',
    'RFC2253,-esc_msb',
  ]);
  const line = (prefix) =>
    names
      .split('\n')
      .find((l) => l.startsWith(prefix))
      .slice(prefix.length);
  const fingerprint = (digest) =>
    openssl(['x509', '-in', pem, '-noout', '-fingerprint', `-${digest}`])
      .trim()
      .split('=')[1];
  return {
    subject: line('subject='),
    issuer: line('issuer='),
    notBefore: line('notBefore='),
    notAfter: line('notAfter='),
    sha1: fingerprint('sha1'),
    sha256: fingerprint('sha256'),
  };
}

/** Python cryptography's RFC 4514 strings, a second oracle for the names. */
function cryptographyNames(pems) {
  const program = `
import json, sys
from cryptography import x509
out = []
for pem in json.load(sys.stdin):
    cert = x509.load_pem_x509_certificate(pem.encode())
    out.append({"subject": cert.subject.rfc4514_string(), "issuer": cert.issuer.rfc4514_string()})
print(json.dumps(out))
`;
  return JSON.parse(
    execFileSync(python, ['-c', program], { input: JSON.stringify(pems), encoding: 'utf8' }),
  );
}

const base64Body = (pem) => pem.replace(/-----[^-]+-----/g, '').replace(/\s/g, '');
const hexToBase64url = (hex) => Buffer.from(hex.replaceAll(':', ''), 'hex').toString('base64url');

// --- the certificates -------------------------------------------------------------------------

writeFileSync(file('index.txt'), '');
writeFileSync(file('serial'), '1000\n');
const LONG = ['-days', '36500']; // past 2049: notAfter is a GeneralizedTime (RFC 5280 §4.1.2.5)
const specs = {
  // Chain A: ECDSA P-384 root, RSA intermediate, P-256 leaf signed with RSA PKCS#1 v1.5.
  rootA: {
    key: 'p384',
    subject: '/C=NZ/O=JWT Debugger Fixtures/CN=Glance Test Root A',
    ext: 'ca_ext',
    validity: LONG,
    digest: 'sha384',
  },
  interA: {
    key: 'rsa2048',
    subject: '/C=NZ/O=JWT Debugger Fixtures/OU=Issuing/CN=Glance Test Intermediate A',
    issuer: 'rootA',
    ext: 'ca_ext',
    validity: LONG,
    digest: 'sha384',
  },
  leafA: {
    key: 'p256',
    // RFC 4514 §2.4 escapes: a comma, quotes, angle brackets, a semicolon, a leading '#', a
    // multi-valued RDN (+) and UTF-8.
    subject: '/C=NZ/O=Doe\\, Sons "Q" <x>;y/OU=Eng+UID=jdoe/CN=#leaf.example Zoë 测试',
    issuer: 'interA',
    ext: 'leaf_ext',
    validity: ['-days', '3650'],
    digest: 'sha256',
  },
  // An intermediate with interA's name and another key: whatever it "signed" does not verify.
  impostorA: {
    key: 'rsa2048',
    subject: '/C=NZ/O=JWT Debugger Fixtures/OU=Issuing/CN=Glance Test Intermediate A',
    issuer: 'rootA',
    ext: 'ca_ext',
    validity: LONG,
    digest: 'sha384',
  },
  expiredA: {
    key: 'p256',
    subject: '/C=NZ/CN=expired.example',
    issuer: 'interA',
    ext: 'leaf_ext',
    validity: ['-startdate', '20200101000000Z', '-enddate', '20200201000000Z'],
    digest: 'sha512',
  },
  notYetValidA: {
    key: 'p256',
    subject: '/C=NZ/CN=future.example',
    issuer: 'interA',
    ext: 'leaf_ext',
    validity: ['-startdate', '20990101000000Z', '-enddate', '20991231235959Z'],
    digest: 'sha256',
  },
  // Chain B: Ed25519 root, an RSA-PSS (id-RSASSA-PSS key) intermediate, an RSA leaf signed
  // with RSA-PSS SHA-256, salt 32.
  rootB: {
    key: 'ed25519',
    subject: '/O=JWT Debugger Fixtures/CN=Glance Test Root B',
    ext: 'ca_ext',
    validity: LONG,
  },
  interB: {
    key: 'rsaPss',
    subject: '/O=JWT Debugger Fixtures/CN=Glance Test Intermediate B',
    issuer: 'rootB',
    ext: 'ca_ext',
    validity: LONG,
  },
  leafB: {
    key: 'rsa2048',
    // Attribute types beyond RFC 4514's table: registered descriptors (RFC 4519, RFC 2985) and
    // an unregistered OID (the IANA example enterprise number, RFC 5612), hex-dumped.
    subject:
      '/O=JWT Debugger Fixtures/serialNumber=B-42/CN=leaf-b.example/emailAddress=b@example.com/glanceTest=glance',
    issuer: 'interB',
    ext: 'leaf_ext',
    validity: ['-days', '3650'],
    digest: 'sha256',
  },
  // Chain C: a P-521 root signing with SHA-512, an Ed25519 leaf; an RSA intermediate signing
  // with PSS SHA-384 (salt 48) from an ordinary rsaEncryption key.
  rootC: {
    key: 'p521',
    subject: '/CN=Glance Test Root C',
    ext: 'ca_ext',
    validity: LONG,
    digest: 'sha512',
  },
  interC: {
    key: 'rsa2048',
    subject: '/CN=Glance Test Intermediate C',
    issuer: 'rootC',
    ext: 'ca_ext',
    validity: LONG,
    digest: 'sha512',
  },
  leafC: {
    key: 'ed25519',
    subject: '/CN=leaf-c.example',
    issuer: 'interC',
    ext: 'leaf_ext',
    validity: ['-days', '3650'],
    digest: 'sha384',
    signOptions: [
      '-sigopt',
      'rsa_padding_mode:pss',
      '-sigopt',
      'rsa_pss_saltlen:48',
      '-sigopt',
      'rsa_mgf1_md:sha384',
    ],
  },
  // A P-256 root signing itself with ECDSA SHA-256: the one curve the chains above sign
  // with no other way.
  rootD: {
    key: 'p256',
    subject: '/CN=Glance Test Root D',
    ext: 'ca_ext',
    validity: LONG,
    digest: 'sha256',
  },
  // Ed448: WebCrypto cannot check it; the page must say so rather than guess.
  rootEd448: {
    key: 'ed448',
    subject: '/CN=Glance Test Ed448 Root',
    ext: 'ca_ext',
    validity: LONG,
  },
};

console.log(`Using ${openssl(['version']).trim()}`);
const certificates = {};
try {
  for (const [name, spec] of Object.entries(specs)) {
    const pem = certificate(name, spec);
    certificates[name] = { pem, key: spec.key, openssl: opensslReading(name) };
  }
  const pythonNames = cryptographyNames(Object.values(certificates).map((entry) => entry.pem));
  Object.values(certificates).forEach((entry, index) => (entry.cryptography = pythonNames[index]));

  // Every link on its own: is `name` signed by `issuer`? (-partial_chain trusts a non-root
  // issuer; -no_check_time leaves the dates to the other checks.)
  const link = (name, issuer) => ({
    subject: name,
    issuer,
    ...verify([
      '-partial_chain',
      '-no_check_time',
      '-CAfile',
      file(`${issuer}.pem`),
      file(`${name}.pem`),
    ]),
  });
  const links = [
    link('interA', 'rootA'),
    link('leafA', 'interA'),
    link('impostorA', 'rootA'),
    link('leafA', 'impostorA'),
    link('expiredA', 'interA'),
    link('notYetValidA', 'interA'),
    link('interB', 'rootB'),
    link('leafB', 'interB'),
    link('interC', 'rootC'),
    link('leafC', 'interC'),
    link('rootA', 'rootA'),
    link('rootB', 'rootB'),
    link('rootC', 'rootC'),
    link('rootD', 'rootD'),
    link('rootEd448', 'rootEd448'),
    link('leafA', 'rootA'),
  ];
  const chain = (leaf, intermediates, root, extra = []) => ({
    certificates: [leaf, ...intermediates, root],
    ...verify([
      ...extra,
      '-CAfile',
      file(`${root}.pem`),
      ...intermediates.flatMap((name) => ['-untrusted', file(`${name}.pem`)]),
      file(`${leaf}.pem`),
    ]),
  });
  const chains = {
    a: chain('leafA', ['interA'], 'rootA'),
    b: chain('leafB', ['interB'], 'rootB'),
    c: chain('leafC', ['interC'], 'rootC'),
    impostor: chain('leafA', ['impostorA'], 'rootA'),
    expired: chain('expiredA', ['interA'], 'rootA'),
    notYetValid: chain('notYetValidA', ['interA'], 'rootA'),
  };
  for (const [name, result] of Object.entries(chains)) {
    console.log(`chain ${name}: ${result.ok ? 'OK' : 'fails'}: ${result.output.split('\n')[0]}`);
  }

  // JWKs and tokens for the leaf of chain A: x5c is base64 DER, not base64url (RFC 7517 §4.7).
  const leafKey = createPrivateKey(readFileSync(file('leafA.key')));
  const leafPublicJwk = createPublicKey(leafKey).export({ format: 'jwk' });
  const x5c = ['leafA', 'interA', 'rootA'].map((name) => base64Body(certificates[name].pem));
  const x5t = hexToBase64url(certificates.leafA.openssl.sha1);
  const x5tS256 = hexToBase64url(certificates.leafA.openssl.sha256);
  const jwks = {
    leafWithChain: { ...leafPublicJwk, kid: 'leaf-a', x5c, x5t, 'x5t#S256': x5tS256 },
    // x5t and x5t#S256 of the intermediate: the thumbprints do not match the first certificate.
    wrongX5t: {
      ...leafPublicJwk,
      kid: 'leaf-a-wrong-x5t',
      x5c,
      x5t: hexToBase64url(certificates.interA.openssl.sha1),
      'x5t#S256': hexToBase64url(certificates.interA.openssl.sha256),
    },
  };
  const signingKey = await importJWK(leafKey.export({ format: 'jwk' }), 'ES256');
  const payload = new TextEncoder().encode('{"sub":"x5c-fixture","iat":1764320000}');
  const sign = (header) => new CompactSign(payload).setProtectedHeader(header).sign(signingKey);
  const tokens = {
    headerX5c: await sign({ alg: 'ES256', typ: 'JWT', x5c, x5t, 'x5t#S256': x5tS256 }),
    headerWrongX5t: await sign({ alg: 'ES256', x5c, x5t: jwks.wrongX5t.x5t }),
    headerJwk: await sign({ alg: 'ES256', jwk: leafPublicJwk }),
  };
  const leafThumbprint = await calculateJwkThumbprint(leafPublicJwk, 'sha256');

  const opensslVersion = openssl(['version']).trim();
  const result = {
    description:
      `Made by scripts/make-x509-fixtures.mjs with ${opensslVersion}, Python cryptography ` +
      `(${execFileSync(python, ['-c', 'import cryptography; print(cryptography.__version__)'], { encoding: 'utf8' }).trim()}) ` +
      `and jose, on ${new Date().toISOString().slice(0, 10)}. Throwaway keys.`,
    certificates,
    links,
    chains,
    jwks,
    leafPublicJwk,
    leafThumbprint,
    tokens,
  };
  writeFileSync(output, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Wrote ${output}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (process.exitCode) process.exit(process.exitCode);
