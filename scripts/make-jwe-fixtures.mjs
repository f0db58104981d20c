// Generates the JWE test fixtures in src/core/jwe/__fixtures__/, independently of our code:
//   keys.json        keys from node:crypto (RSA, EC, X25519, X448, Ed25519, random symmetric keys
//                    and passwords), self-signed certificates from the openssl CLI
//   jwe-vectors.json the `jwe` entries of ../shared/vectors/rfc-vectors.json, copied unchanged,
//                    with the file's conventions and description
//
// Run once from anywhere: `node scripts/make-jwe-fixtures.mjs [path/to/rfc-vectors.json]` (the
// path defaults to ../shared/vectors/rfc-vectors.json beside the project). Every run makes new keys, so the
// output changes completely; commit the script and its output together.

import console from 'node:console';
import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = join(projectRoot, 'src', 'core', 'jwe', '__fixtures__');
const vectorsSource = process.argv[2]
  ? resolve(process.argv[2])
  : resolve(projectRoot, '..', 'shared', 'vectors', 'rfc-vectors.json');

function opensslVersion() {
  try {
    return execFileSync('openssl', ['version'], { encoding: 'utf8' }).trim();
  } catch (error) {
    console.error('The openssl CLI is needed to make the certificates:', error.message);
    process.exit(1);
  }
}

/** A self-signed certificate for a node:crypto private key, made by openssl. */
function selfSignedCertificate(privateKey) {
  const dir = mkdtempSync(join(tmpdir(), 'jwe-fixture-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-new',
        '-key',
        keyFile,
        '-sha256',
        '-subj',
        '/CN=jwe-fixture',
        '-days',
        '36500',
        '-out',
        certFile,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    return readFileSync(certFile, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pem = (key, type) => key.export({ type, format: 'pem' });
const jwk = (key) => key.export({ format: 'jwk' });

/** One key pair in the forms `want` lists, plus SPKI, PKCS#8 and both JWKs always. */
function pair(kind, options, want, facts) {
  const { privateKey } = generateKeyPairSync(kind, options);
  const publicKey = createPublicKey(privateKey);
  const out = { ...facts, spki: pem(publicKey, 'spki') };
  if (want.includes('pkcs1Public')) out.pkcs1Public = pem(publicKey, 'pkcs1');
  if (want.includes('certificate')) out.certificate = selfSignedCertificate(privateKey);
  out.pkcs8 = pem(privateKey, 'pkcs8');
  if (want.includes('pkcs1Private')) out.pkcs1Private = pem(privateKey, 'pkcs1');
  if (want.includes('sec1')) out.sec1 = pem(privateKey, 'sec1');
  out.publicJwk = jwk(publicKey);
  out.privateJwk = jwk(privateKey);
  return out;
}

const rsa = (bits, want = []) =>
  pair('rsa', { modulusLength: bits, publicExponent: 65537 }, want, {
    kty: 'RSA',
    modulusBits: bits,
  });
const ec = (namedCurve, curve, want = []) => pair('ec', { namedCurve }, want, { kty: 'EC', curve });
const okp = (kind, curve) => pair(kind, {}, [], { kty: 'OKP', curve });

function makeKeys() {
  return {
    rsa2048: rsa(2048, ['pkcs1Public', 'certificate', 'pkcs1Private']),
    rsa2048b: rsa(2048),
    rsa3072: rsa(3072),
    rsa1024: rsa(1024),
    p256: ec('prime256v1', 'P-256', ['certificate', 'sec1']),
    p256b: ec('prime256v1', 'P-256'),
    p384: ec('secp384r1', 'P-384', ['certificate', 'sec1']),
    p521: ec('secp521r1', 'P-521', ['certificate', 'sec1']),
    secp256k1: ec('secp256k1', 'secp256k1', ['sec1']),
    x25519: okp('x25519', 'X25519'),
    x25519b: okp('x25519', 'X25519'),
    x448: okp('x448', 'X448'),
    ed25519: okp('ed25519', 'Ed25519'),
  };
}

/** Random symmetric keys of every size a JWE alg or enc uses, two of each (for "wrong key"). */
function makeSecrets() {
  const secrets = {};
  for (const bytes of [16, 24, 32, 48, 64]) {
    secrets[`oct${bytes * 8}`] = randomBytes(bytes).toString('base64url');
    secrets[`oct${bytes * 8}b`] = randomBytes(bytes).toString('base64url');
  }
  return secrets;
}

function makeJwks(keys, secrets) {
  return {
    keys: [
      { ...keys.rsa2048b.privateJwk, kid: 'rsa-sig', use: 'sig' },
      { ...keys.rsa2048.privateJwk, kid: 'rsa-enc', use: 'enc', alg: 'RSA-OAEP-256' },
      { ...keys.p256.privateJwk, kid: 'ec-enc', use: 'enc' },
      { ...keys.x25519.privateJwk, kid: 'x25519-enc', use: 'enc' },
      { kty: 'oct', k: secrets.oct256, kid: 'oct-enc', alg: 'A256KW' },
    ],
  };
}

console.log(`Using ${opensslVersion()} and Node ${process.version}`);
mkdirSync(fixturesDir, { recursive: true });
const keys = makeKeys();
const secrets = makeSecrets();
const passwords = {
  strong: randomBytes(18).toString('base64url'),
  other: randomBytes(18).toString('base64url'),
};
const keysOut = {
  generated: new Date().toISOString(),
  generator: 'scripts/make-jwe-fixtures.mjs (node:crypto; openssl for certificates)',
  keys,
  secrets,
  passwords,
  jwks: makeJwks(keys, secrets),
};
writeFileSync(join(fixturesDir, 'keys.json'), `${JSON.stringify(keysOut, null, 2)}\n`);

const vectors = JSON.parse(readFileSync(vectorsSource, 'utf8'));
const jweOut = {
  source: '../shared/vectors/rfc-vectors.json (the jwe array, unchanged)',
  title: vectors.title,
  description: vectors.description,
  conventions: { jwe: vectors.conventions.jwe, jwe_checks: vectors.conventions.jwe_checks },
  jwe: vectors.jwe,
};
writeFileSync(join(fixturesDir, 'jwe-vectors.json'), `${JSON.stringify(jweOut, null, 2)}\n`);
for (const name of ['keys.json', 'jwe-vectors.json']) {
  console.log(`wrote ${relative(process.cwd(), join(fixturesDir, name))}`);
}
