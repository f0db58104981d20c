// Generates src/ui/examples/examples.json: one example token per algorithm, with its key(s),
// for the page's "Examples" menu. The page lazy-loads the JSON; it is never fetched at run time.
//
//   HMAC, RSA, RSA-PSS, ECDSA, EdDSA/Ed25519, none  jose + node:crypto (Node 20)
//   ML-DSA-44/65/87                                  Chromium's WebCrypto, driven by Playwright,
//                                                    from a tiny page on 127.0.0.1 (crypto.subtle
//                                                    needs a secure context; about:blank is not)
//
// Every token is verified before the file is written (jose for everything but ML-DSA, which
// Chromium verifies from the PEM we wrote); any failure throws and nothing is written.
//
// The browser-side code (inside page.evaluate) reaches WebCrypto through globalThis, since
// ESLint knows no browser globals in .mjs files.
//
// Run once from anywhere: `node scripts/make-examples.mjs`. The Chromium binary is
// $CHROMIUM_PATH, else /usr/bin/chromium. Every run makes new keys (and uuids), so the output
// changes completely; commit the script and its output together.

import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import console from 'node:console';
import { createHmac, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import {
  SignJWT,
  calculateJwkThumbprint,
  compactVerify,
  decodeProtectedHeader,
  errors,
  exportJWK,
  exportPKCS8,
  exportSPKI,
  generateKeyPair,
  importPKCS8,
  importSPKI,
  jwtVerify,
} from 'jose';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(projectRoot, 'src', 'ui', 'examples', 'examples.json');
const generator = 'scripts/make-examples.mjs';

/** Fixed times, so only the keys (and uuids) change between runs. */
const IAT = 1764320000; // 2025-11-28T08:53:20Z
const TEN_YEARS = 10 * 365.25 * 24 * 60 * 60; // 315 576 000 s
const EXP = IAT + TEN_YEARS; // 2035-11-28: far enough ahead that the examples don't go stale
const EXPIRED_IAT = 1577836800; // 2020-01-01T00:00:00Z
const EXPIRED_EXP = 1580515200; // 2020-02-01T00:00:00Z

const typicalPayload = () => ({
  sub: '1234567890',
  name: 'John Doe',
  admin: true,
  iat: IAT,
  exp: EXP,
});

const SEED_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzb21lIjoicGF5bG9hZCJ9.4twFt5NiznN84AWoo1d7KO1T_yoc0Z6XOpOVswacPZg';

// --- helpers ---------------------------------------------------------------------------------

const utf8 = (text) => new Uint8Array(Buffer.from(text, 'utf8'));
const b64url = (bytes) => Buffer.from(bytes).toString('base64url');
const b64urlJson = (value) => b64url(utf8(JSON.stringify(value)));

/** PEM exactly as jose's exportSPKI/exportPKCS8 format it: 64-column base64, no final newline. */
function pem(bytes, label) {
  const lines =
    Buffer.from(bytes)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

function pemBytes(text, label) {
  const body = text
    .replace(`-----BEGIN ${label}-----`, '')
    .replace(`-----END ${label}-----`, '')
    .replace(/\s/g, '');
  return new Uint8Array(Buffer.from(body, 'base64'));
}

/** Signs `payload` with `header` using jose; `key` is a CryptoKey or HMAC secret bytes. */
async function sign(header, payload, key) {
  return new SignJWT(payload).setProtectedHeader(header).sign(key);
}

/** A fresh extractable key pair for `alg` (and `crv`), with its PEMs and RFC 7638 thumbprint. */
async function keyPair(alg, options = {}) {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true, ...options });
  return {
    publicKey: await exportSPKI(publicKey),
    privateKey: await exportPKCS8(privateKey),
    kid: await calculateJwkThumbprint(await exportJWK(publicKey), 'sha256'),
  };
}

const examples = [];

// --- HMAC ------------------------------------------------------------------------------------

{
  const header = { alg: 'HS256', typ: 'JWT' };
  const payload = { some: 'payload' };
  const token = await sign(header, payload, utf8('secret'));
  assert.equal(token, SEED_TOKEN, 'hs256-seed is not the well-known token');
  // The same token, independently of jose.
  const input = `${b64urlJson(header)}.${b64urlJson(payload)}`;
  const mac = createHmac('sha256', 'secret').update(input).digest('base64url');
  assert.equal(`${input}.${mac}`, SEED_TOKEN, 'node:crypto disagrees about hs256-seed');
  examples.push({
    id: 'hs256-seed',
    alg: 'HS256',
    label: 'HS256 — the classic example',
    token,
    secret: 'secret',
    secretEncoding: 'utf8',
  });
}

const hmacSecrets = {
  HS256: 'a-string-secret-at-least-256-bits-long',
  HS384: 'a-string-secret-at-least-384-bits-long-for-HS384-tokens',
  HS512: 'a-string-secret-at-least-512-bits-long-for-HS512-tokens-so-make-it-long',
};

for (const [alg, secret] of Object.entries(hmacSecrets)) {
  const bits = Number(alg.slice(2));
  assert.ok(utf8(secret).length >= bits / 8, `${alg} secret is shorter than ${bits} bits`);
  examples.push({
    id: alg.toLowerCase(),
    alg,
    label: `${alg} — HMAC with SHA-${bits}`,
    token: await sign({ alg, typ: 'JWT' }, typicalPayload(), utf8(secret)),
    secret,
    secretEncoding: 'utf8',
  });
}

// --- RSA, RSA-PSS, ECDSA, EdDSA --------------------------------------------------------------

/** Makes one example signed with `keys` (PEMs from keyPair). */
async function asymmetric(id, alg, label, keys, payload = typicalPayload()) {
  const privateKey = await importPKCS8(keys.privateKey, alg);
  const token = await sign({ alg, typ: 'JWT', kid: keys.kid }, payload, privateKey);
  return { id, alg, label, token, publicKey: keys.publicKey, privateKey: keys.privateKey };
}

// One key pair per family: RS* share one RSA key, PS* another.
const rsaKeys = await keyPair('RS256', { modulusLength: 2048 });
for (const bits of [256, 384, 512]) {
  const alg = `RS${bits}`;
  const label = `${alg} — RSA PKCS#1 v1.5 with SHA-${bits}`;
  examples.push(await asymmetric(alg.toLowerCase(), alg, label, rsaKeys));
}
const pssKeys = await keyPair('PS256', { modulusLength: 2048 });
for (const bits of [256, 384, 512]) {
  const alg = `PS${bits}`;
  const label = `${alg} — RSA-PSS with SHA-${bits}`;
  examples.push(await asymmetric(alg.toLowerCase(), alg, label, pssKeys));
}

const es256Keys = await keyPair('ES256');
for (const [alg, curve, keys] of [
  ['ES256', 'P-256', es256Keys],
  ['ES384', 'P-384', await keyPair('ES384')],
  ['ES512', 'P-521', await keyPair('ES512')],
]) {
  const label = `${alg} — ECDSA ${curve} with SHA-${alg.slice(2)}`;
  examples.push(await asymmetric(alg.toLowerCase(), alg, label, keys));
}

const ed25519Keys = await keyPair('Ed25519');
examples.push(await asymmetric('eddsa', 'EdDSA', 'EdDSA — Ed25519 signature', ed25519Keys));
examples.push(
  await asymmetric('ed25519', 'Ed25519', 'Ed25519 — fully-specified EdDSA', ed25519Keys),
);

// --- ML-DSA, in Chromium ---------------------------------------------------------------------

const ML_DSA = ['ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87'];
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let chromiumVersion;
const mlDsaExamples = [];
const mlDsaSkipped = [];

const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end('<!doctype html><meta charset="utf-8"><title>make-examples</title>');
});
await new Promise((done, fail) => {
  server.once('error', fail);
  server.listen(0, '127.0.0.1', done);
});
let browser;
try {
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  chromiumVersion = browser.version();
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  assert.ok(
    await page.evaluate(() => globalThis.isSecureContext && Boolean(globalThis.crypto?.subtle)),
    'the local page is not a secure context: no crypto.subtle',
  );

  for (const alg of ML_DSA) {
    const header = { alg, typ: 'JWT' };
    // 1. Chromium makes the key and exports it; Node does the formatting.
    const made = await page.evaluate(async (name) => {
      let pair;
      try {
        pair = await globalThis.crypto.subtle.generateKey({ name }, true, ['sign', 'verify']);
      } catch (error) {
        return { unsupported: String(error) };
      }
      const bytes = async (format, key) =>
        Array.from(new Uint8Array(await globalThis.crypto.subtle.exportKey(format, key)));
      const jwk = await globalThis.crypto.subtle.exportKey('jwk', pair.publicKey);
      return {
        spki: await bytes('spki', pair.publicKey),
        pkcs8: await bytes('pkcs8', pair.privateKey),
        jwk: { kty: jwk.kty, alg: jwk.alg, pub: jwk.pub },
      };
    }, alg);
    if (made.unsupported) {
      console.warn(`Skipping ${alg}: Chromium ${chromiumVersion} says ${made.unsupported}`);
      mlDsaSkipped.push(alg);
      continue;
    }
    assert.equal(made.jwk.kty, 'AKP', `${alg}: unexpected JWK kty ${made.jwk.kty}`);
    assert.equal(made.jwk.alg, alg, `${alg}: unexpected JWK alg ${made.jwk.alg}`);
    const publicKey = pem(made.spki, 'PUBLIC KEY');
    const privateKey = pem(made.pkcs8, 'PRIVATE KEY');
    header.kid = await calculateJwkThumbprint(made.jwk, 'sha256');
    const signingInput = `${b64urlJson(header)}.${b64urlJson(typicalPayload())}`;

    // 2. Chromium signs with the key imported back from our PKCS#8 PEM.
    const signature = await page.evaluate(
      async ({ name, pkcs8, input }) => {
        const key = await globalThis.crypto.subtle.importKey(
          'pkcs8',
          new Uint8Array(pkcs8),
          { name },
          false,
          ['sign'],
        );
        const data = new globalThis.TextEncoder().encode(input);
        return Array.from(new Uint8Array(await globalThis.crypto.subtle.sign({ name }, key, data)));
      },
      { name: alg, pkcs8: Array.from(pemBytes(privateKey, 'PRIVATE KEY')), input: signingInput },
    );
    const token = `${signingInput}.${b64url(signature)}`;
    mlDsaExamples.push({
      id: alg.toLowerCase(),
      alg,
      label: `${alg} — post-quantum signature (FIPS 204)`,
      token,
      publicKey,
      privateKey,
    });
  }

  // 3. Chromium verifies each token with the key imported from our SPKI PEM, and checks that
  //    the PKCS#8 private key belongs to it (same public key, via the private JWK's "pub").
  for (const example of mlDsaExamples) {
    const [encodedHeader, encodedPayload, encodedSignature] = example.token.split('.');
    const result = await page.evaluate(
      async ({ name, spki, pkcs8, input, signature }) => {
        const publicKey = await globalThis.crypto.subtle.importKey(
          'spki',
          new Uint8Array(spki),
          { name },
          true,
          ['verify'],
        );
        const privateKey = await globalThis.crypto.subtle.importKey(
          'pkcs8',
          new Uint8Array(pkcs8),
          { name },
          true,
          ['sign'],
        );
        const data = new globalThis.TextEncoder().encode(input);
        const valid = await globalThis.crypto.subtle.verify(
          { name },
          publicKey,
          new Uint8Array(signature),
          data,
        );
        const tampered = await globalThis.crypto.subtle.verify(
          { name },
          publicKey,
          new Uint8Array(signature),
          new globalThis.TextEncoder().encode(`${input}x`),
        );
        const pub = (await globalThis.crypto.subtle.exportKey('jwk', publicKey)).pub;
        const privPub = (await globalThis.crypto.subtle.exportKey('jwk', privateKey)).pub;
        return { valid, tampered, samePair: pub === privPub };
      },
      {
        name: example.alg,
        spki: Array.from(pemBytes(example.publicKey, 'PUBLIC KEY')),
        pkcs8: Array.from(pemBytes(example.privateKey, 'PRIVATE KEY')),
        input: `${encodedHeader}.${encodedPayload}`,
        signature: Array.from(Buffer.from(encodedSignature, 'base64url')),
      },
    );
    assert.ok(result.valid, `${example.id}: Chromium does not verify the token`);
    assert.ok(!result.tampered, `${example.id}: Chromium verifies a tampered token`);
    assert.ok(result.samePair, `${example.id}: private key does not match the public key`);
    assert.equal(decodeProtectedHeader(example.token).alg, example.alg);
  }
} finally {
  await browser?.close();
  await new Promise((done) => server.close(done));
}
for (const alg of ['ML-DSA-44', 'ML-DSA-65']) {
  assert.ok(
    mlDsaExamples.some((example) => example.alg === alg),
    `${alg} is required but Chromium ${chromiumVersion} did not make it`,
  );
}
examples.push(...mlDsaExamples);

// --- none, Flask, expired --------------------------------------------------------------------

examples.push({
  id: 'none',
  alg: 'none',
  label: 'none — unsigned token',
  token: `${b64urlJson({ alg: 'none', typ: 'JWT' })}.${b64urlJson(typicalPayload())}.`,
});

{
  // Shaped like flask-jwt-extended's create_access_token(identity="42") with CSRF protection on.
  // (Its default lifetime is 15 minutes; this one gets ten years so it doesn't go stale.)
  const secret = 'flask-example-secret-change-me-please!';
  assert.ok(utf8(secret).length >= 32, 'flask-access secret is shorter than 256 bits');
  const payload = {
    fresh: false,
    iat: IAT,
    jti: randomUUID(),
    type: 'access',
    sub: '42',
    nbf: IAT,
    csrf: randomUUID(),
    exp: EXP,
  };
  examples.push({
    id: 'flask-access',
    alg: 'HS256',
    label: 'Flask-JWT-Extended access token',
    token: await sign({ alg: 'HS256', typ: 'JWT' }, payload, utf8(secret)),
    secret,
    secretEncoding: 'utf8',
  });
}

examples.push(
  await asymmetric('expired', 'ES256', 'ES256 — expired in 2020', es256Keys, {
    ...typicalPayload(),
    iat: EXPIRED_IAT,
    exp: EXPIRED_EXP,
  }),
);

// --- verify everything else with jose, then write ---------------------------------------------

const ids = new Set();
for (const example of examples) {
  assert.ok(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(example.id), `${example.id} is not kebab-case`);
  assert.ok(!ids.has(example.id), `duplicate id ${example.id}`);
  ids.add(example.id);
  const header = decodeProtectedHeader(example.token);
  assert.equal(header.alg, example.alg, `${example.id}: header alg is ${header.alg}`);
  if (example.alg === 'none') {
    assert.ok(example.token.endsWith('.'), 'none: token must end with "."');
    continue;
  }
  if (example.alg.startsWith('ML-DSA-')) continue; // verified in Chromium above

  let key;
  if (example.secret !== undefined) {
    assert.equal(example.secretEncoding, 'utf8');
    key = utf8(example.secret);
  } else {
    key = await importSPKI(example.publicKey, example.alg);
    const thumbprint = await calculateJwkThumbprint(await exportJWK(key), 'sha256');
    assert.equal(header.kid, thumbprint, `${example.id}: kid is not the key's thumbprint`);
  }
  const { payload } = await compactVerify(example.token, key, { algorithms: [example.alg] });
  assert.ok(payload.length > 0, `${example.id}: empty payload`);
  // Claims too: everything is current except "expired", which must be reported as expired.
  if (example.id === 'expired') {
    await assert.rejects(jwtVerify(example.token, key), errors.JWTExpired);
  } else if (example.id !== 'hs256-seed') {
    await jwtVerify(example.token, key, { algorithms: [example.alg] });
  }
}

const output = {
  generated: new Date().toISOString(),
  generator,
  examples,
};
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(output, null, 2)}\n`);
console.log(
  `Wrote ${examples.length} examples to ${relative(process.cwd(), outFile)}` +
    ` (ML-DSA by Chromium ${chromiumVersion}` +
    (mlDsaSkipped.length > 0 ? `; skipped ${mlDsaSkipped.join(', ')}` : '') +
    ').',
);
