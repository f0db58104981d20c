// Generates src/core/__fixtures__/ml-dsa.json: ML-DSA public keys as Chromium's WebCrypto
// exports them, both as SPKI (RFC 9881) and as the AKP JWK (RFC 9964 §3), so the unit tests
// (in Node 20, which has no ML-DSA) can check our SPKI <-> JWK conversion against an
// independent implementation. It also imports RFC 9964's example key, the ML-DSA-44 key of
// the all-zeros seed (§3 Figure 1, Appendix A.1), into Chromium and records the public key
// Chromium derives from it: the tests check its RFC 7638 thumbprint against the example's
// `kid`, which RFC 9964 prints.
//
// Run from anywhere: `node scripts/make-ml-dsa-fixtures.mjs` (Chromium at $CHROMIUM_PATH,
// else /usr/bin/chromium). Every run makes new keys; commit the script and its output together.

import assert from 'node:assert/strict';
import console from 'node:console';
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(projectRoot, 'src', 'core', '__fixtures__', 'ml-dsa.json');
/** RFC 9964 §3 Figure 1: the example's kid, and the start and end of its (truncated) pub. */
const RFC_9964_EXAMPLE = {
  kid: 'T4xl70S7MT6Zeq6r9V9fPJGVn76wfnXJ21-gyo0Gu6o',
  pubStart: 'unH59k4Ru',
  pubEnd: 'DZgbTP07e7gEWzw4MFRrndjbDQ',
};
/** The seed-only PKCS#8 of RFC 9881 §6: OneAsymmetricKey with [0] IMPLICIT the 32-byte seed. */
const ZERO_SEED_PKCS8 = [
  ...[0x30, 0x34, 0x02, 0x01, 0x00, 0x30, 0x0b, 0x06, 0x09],
  ...[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, 0x11], // 2.16.840.1.101.3.4.3.17
  ...[0x04, 0x22, 0x80, 0x20],
  ...new Array(32).fill(0),
];

const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end('<!doctype html><meta charset="utf-8"><title>make-ml-dsa-fixtures</title>');
});
await new Promise((done, fail) => {
  server.once('error', fail);
  server.listen(0, '127.0.0.1', done);
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const keys = {};
  for (const alg of ['ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87']) {
    const made = await page.evaluate(async (name) => {
      const { subtle } = globalThis.crypto;
      let pair;
      try {
        pair = await subtle.generateKey({ name }, true, ['sign', 'verify']);
      } catch (error) {
        return { unsupported: String(error) };
      }
      const spki = new Uint8Array(await subtle.exportKey('spki', pair.publicKey));
      const jwk = await subtle.exportKey('jwk', pair.publicKey);
      return { spki: globalThis.btoa(String.fromCharCode(...spki)), jwk };
    }, alg);
    if (made.unsupported) {
      console.warn(`Skipping ${alg}: ${made.unsupported}`);
      continue;
    }
    assert.equal(made.jwk.kty, 'AKP');
    assert.equal(made.jwk.alg, alg);
    keys[alg] = { spki: made.spki, jwk: { kty: made.jwk.kty, alg, pub: made.jwk.pub } };
  }
  const fromSeed = await page.evaluate(async (pkcs8) => {
    const { subtle } = globalThis.crypto;
    const name = 'ML-DSA-44';
    const key = await subtle.importKey('pkcs8', new Uint8Array(pkcs8), { name }, true, ['sign']);
    const { kty, alg, pub } = await subtle.exportKey('jwk', key);
    const publicKey = await subtle.importKey('jwk', { kty, alg, pub }, { name }, true, ['verify']);
    const spki = new Uint8Array(await subtle.exportKey('spki', publicKey));
    return { jwk: { kty, alg, pub }, spki: globalThis.btoa(String.fromCharCode(...spki)) };
  }, ZERO_SEED_PKCS8);
  assert.ok(fromSeed.jwk.pub.startsWith(RFC_9964_EXAMPLE.pubStart), 'not the RFC 9964 pub');
  assert.ok(fromSeed.jwk.pub.endsWith(RFC_9964_EXAMPLE.pubEnd), 'not the RFC 9964 pub');
  const result = {
    description:
      `Made by scripts/make-ml-dsa-fixtures.mjs with Chromium ${browser.version()} on ` +
      `${new Date().toISOString().slice(0, 10)}. Throwaway keys.`,
    keys,
    rfc9964: {
      source: 'RFC 9964 §3 Figure 1 and Appendix A.1: the ML-DSA-44 key of the all-zeros seed',
      kid: RFC_9964_EXAMPLE.kid,
      jwk: fromSeed.jwk,
      spki: fromSeed.spki,
    },
  };
  writeFileSync(output, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Wrote ${output} (${Object.keys(keys).join(', ')})`);
} finally {
  await browser.close();
  server.close();
}
