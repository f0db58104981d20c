// Generates the key-import test fixtures in src/core/__fixtures__/, independently of our code:
//   keys.json        keys from node:crypto, self-signed certificates from the openssl CLI,
//                    RFC 7638 thumbprints from jose
//   rfc-vectors.json a byte-for-byte copy of ../shared/vectors/rfc-vectors.json
//
// Run once from anywhere: `node scripts/make-fixtures.mjs`. Every run makes new keys, so the
// output changes completely; commit the script and its output together.

import console from 'node:console';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { calculateJwkThumbprint } from 'jose';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = join(projectRoot, 'src', 'core', '__fixtures__');
const vectorsSource = resolve(projectRoot, '..', 'shared', 'vectors', 'rfc-vectors.json');

// --- openssl ---------------------------------------------------------------------------------

function opensslVersion() {
  try {
    return execFileSync('openssl', ['version'], { encoding: 'utf8' }).trim();
  } catch {
    console.error(
      'The openssl CLI is needed to make the certificates. Install it (e.g. `apt-get install -y openssl`) and run again.',
    );
    process.exit(1);
  }
}

/** A self-signed certificate for `privateKey` (a node:crypto KeyObject), made by openssl. */
function selfSignedCertificate(privateKey, digest) {
  const dir = mkdtempSync(join(tmpdir(), 'jwt-debugger-fixture-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    const args = ['req', '-x509', '-new', '-key', keyFile];
    if (digest) args.push(`-${digest}`); // Ed25519 signs the whole message: no digest option
    args.push('-subj', '/CN=jwt-debugger-fixture', '-days', '36500', '-out', certFile);
    execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'inherit'] });
    return readFileSync(certFile, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- keys ------------------------------------------------------------------------------------

const pem = (key, type) => key.export({ type, format: 'pem' });
const jwk = (key) => key.export({ format: 'jwk' });

/**
 * Builds one fixture entry. `want` lists the fields to include; the entry's keys always come
 * out in the documented order.
 */
async function entry(kind, options, want, extra = {}) {
  const { privateKey } = generateKeyPairSync(kind, options);
  const publicKey = createPublicKey(privateKey);
  const has = (field) => want.includes(field);
  const out = { kty: extra.kty };
  if (extra.curve) out.curve = extra.curve;
  if (extra.modulusBits) out.modulusBits = extra.modulusBits;
  out.spki = pem(publicKey, 'spki');
  if (has('pkcs1Public')) out.pkcs1Public = pem(publicKey, 'pkcs1');
  if (has('certificate')) out.certificate = selfSignedCertificate(privateKey, extra.digest);
  out.pkcs8 = pem(privateKey, 'pkcs8');
  if (has('pkcs1Private')) out.pkcs1Private = pem(privateKey, 'pkcs1');
  if (has('sec1')) out.sec1 = pem(privateKey, 'sec1');
  if (has('jwk')) {
    out.publicJwk = jwk(publicKey);
    out.privateJwk = jwk(privateKey);
  }
  if (has('thumbprint')) out.thumbprint = await calculateJwkThumbprint(out.publicJwk, 'sha256');
  return out;
}

const rsa = (bits, want) =>
  entry('rsa', { modulusLength: bits, publicExponent: 65537 }, want, {
    kty: 'RSA',
    modulusBits: bits,
    digest: 'sha256',
  });
const ec = (namedCurve, curve, want) =>
  entry('ec', { namedCurve }, want, { kty: 'EC', curve, digest: 'sha256' });
const okp = (kind, curve, want) => entry(kind, {}, want, { kty: 'OKP', curve });

const JWK_THUMB = ['jwk', 'thumbprint'];

async function makeKeys() {
  const keys = {};
  keys.rsa2048 = await rsa(2048, ['pkcs1Public', 'certificate', 'pkcs1Private', ...JWK_THUMB]);
  keys.rsa4096 = await rsa(4096, JWK_THUMB);
  keys.rsa1024 = await rsa(1024, ['pkcs1Public', 'pkcs1Private', ...JWK_THUMB]);
  keys.p256 = await ec('prime256v1', 'P-256', ['certificate', 'sec1', ...JWK_THUMB]);
  keys.p384 = await ec('secp384r1', 'P-384', ['certificate', 'sec1', ...JWK_THUMB]);
  keys.p521 = await ec('secp521r1', 'P-521', ['certificate', 'sec1', ...JWK_THUMB]);
  keys.secp256k1 = await ec('secp256k1', 'secp256k1', ['sec1', 'jwk']);
  keys.ed25519 = await okp('ed25519', 'Ed25519', ['certificate', ...JWK_THUMB]);
  keys.ed448 = await okp('ed448', 'Ed448', []);
  // SPKI and PKCS#8 with the id-RSASSA-PSS OID (1.2.840.113549.1.1.10) and PSS parameters.
  keys.rsaPss2048 = await entry(
    'rsa-pss',
    {
      modulusLength: 2048,
      publicExponent: 65537,
      hashAlgorithm: 'sha256',
      mgf1HashAlgorithm: 'sha256',
      saltLength: 32,
    },
    [],
    { kty: 'RSA', modulusBits: 2048 },
  );
  keys.rsa2048b = await rsa(2048, JWK_THUMB);
  keys.p256b = await ec('prime256v1', 'P-256', JWK_THUMB);
  keys.ed25519b = await okp('ed25519', 'Ed25519', JWK_THUMB);
  return keys;
}

function makeJwks(keys) {
  const member = (name, kid, alg) => ({ ...keys[name].publicJwk, kid, alg, use: 'sig' });
  return {
    keys: [
      member('rsa2048', 'rsa-1', 'RS256'),
      member('p256', 'ec-1', 'ES256'),
      member('ed25519', 'ed-1', 'EdDSA'),
      member('rsa2048b', 'rsa-2', 'PS256'),
    ],
  };
}

// --- main ------------------------------------------------------------------------------------

console.log(`Using ${opensslVersion()}`);
mkdirSync(fixturesDir, { recursive: true });

const keys = await makeKeys();
const fixture = {
  generated: new Date().toISOString(),
  generator:
    'scripts/make-fixtures.mjs (node:crypto, openssl for certificates, jose for thumbprints)',
  keys,
  jwks: makeJwks(keys),
};
const keysFile = join(fixturesDir, 'keys.json');
writeFileSync(keysFile, `${JSON.stringify(fixture, null, 2)}\n`);
console.log(`Wrote ${relative(projectRoot, keysFile)} (${Object.keys(keys).join(', ')})`);

// Byte-for-byte copy (read + write rather than copyFile, so the read-only mode is not copied).
const vectorsFile = join(fixturesDir, 'rfc-vectors.json');
writeFileSync(vectorsFile, readFileSync(vectorsSource));
console.log(`Copied ${vectorsSource} to ${relative(projectRoot, vectorsFile)}`);
