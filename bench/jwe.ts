/**
 * `npx tsx bench/jwe.ts`: how long a typical JWE (about 300 bytes) takes to decrypt in Node,
 * for RSA-OAEP-256/A256GCM and dir/A256GCM: parse + read the key text + decrypt (what the page
 * does on a paste), decrypt with a key read before (what it does on a re-render), and jose's
 * compactDecrypt with an imported key for comparison. Prints the median of 200 runs per row.
 */
import { compactDecrypt, importPKCS8 } from 'jose';
import { contentEncryptionAlgorithm, keyManagementAlgorithm } from '../src/core/jwe/algorithms';
import { decryptJwe } from '../src/core/jwe/decrypt';
import { encryptJwe } from '../src/core/jwe/encrypt';
import { readDecryptionKey } from '../src/core/jwe/key';
import { parseJwe } from '../src/core/jwe/parse';
import { jweKey, secrets } from '../src/core/jwe/__fixtures__';

const RUNS = 200;
const PAYLOAD = JSON.stringify({
  sub: '1234567890',
  name: 'Jane Doe',
  iss: 'https://issuer.example',
  aud: 'api',
  iat: 1516239022,
  exp: 1516242622,
  scope: 'read write',
});

async function median(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 20; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

for (const [alg, encryptionKey, decryptionKey] of [
  ['RSA-OAEP-256', jweKey('rsa2048').spki, jweKey('rsa2048').pkcs8],
  ['dir', secrets.oct256!, secrets.oct256!],
] as const) {
  const made = await encryptJwe({
    protectedHeader: JSON.stringify({ alg, enc: 'A256GCM' }),
    plaintext: new TextEncoder().encode(PAYLOAD),
    key: encryptionKey,
  });
  if (made.status !== 'encrypted') throw new Error(JSON.stringify(made));
  const token = made.token;
  const context = {
    alg: keyManagementAlgorithm(alg)!,
    enc: contentEncryptionAlgorithm('A256GCM')!,
  };
  const read = await readDecryptionKey(decryptionKey, context);
  if (!read.ok) throw new Error(read.code);
  const joseKey =
    alg === 'dir'
      ? new Uint8Array(Buffer.from(secrets.oct256!, 'base64url'))
      : await importPKCS8(decryptionKey, alg);
  const rows = {
    'parse + key text + decrypt': await median(() => decryptJwe(parseJwe(token), decryptionKey)),
    'parse + decrypt (key read before)': await median(() => decryptJwe(parseJwe(token), read.key)),
    'jose compactDecrypt (key imported before)': await median(() => compactDecrypt(token, joseKey)),
  };
  console.log(`${alg}/A256GCM, ${token.length}-character token, median of ${RUNS} (ms):`);
  for (const [row, ms] of Object.entries(rows)) console.log(`  ${row.padEnd(44)} ${ms.toFixed(3)}`);
}
