/**
 * Node time to read and process a typical SD-JWT+KB of 20 disclosures (RFC 9901 §7.1 and
 * §7.3): parse, digests, the disclosed payload, the issuer signature and the key binding.
 *   npx tsx bench/sd-jwt.ts
 */
import { parseCompact } from '../src/core/jws/parse';
import { verifyCompact } from '../src/core/jws/verify';
import { issueSdJwt } from '../src/core/sd-jwt/issue';
import { verifyKeyBinding } from '../src/core/sd-jwt/key-binding';
import { parseSdJwt } from '../src/core/sd-jwt/parse';
import { addKeyBinding } from '../src/core/sd-jwt/present';
import { processSdJwt } from '../src/core/sd-jwt/process';

const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
  'sign',
  'verify',
]);
const holder = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
  'sign',
  'verify',
]);
const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', holder.publicKey);

// A PID-like credential: 14 top-level claims, an address of 4 and a list of 2 (20 disclosures).
const payload: Record<string, unknown> = {
  iss: 'https://issuer.example',
  vct: 'urn:eudi:pid:1',
  cnf: { jwk: { kty, crv, x, y } },
};
for (let i = 0; i < 14; i++) payload[`claim_${i}`] = `value number ${i} of a typical credential`;
payload.address = {
  street_address: 'Heidestraße 17',
  locality: 'Köln',
  postal_code: '51147',
  country: 'DE',
};
payload.nationalities = ['DE', 'FR'];
const disclosable = [
  ...Array.from({ length: 14 }, (_, i) => [`claim_${i}`]),
  ...['street_address', 'locality', 'postal_code', 'country'].map((k) => ['address', k]),
  ['nationalities', 0],
  ['nationalities', 1],
];
const issued = await issueSdJwt({
  header: { alg: 'ES256', typ: 'dc+sd-jwt' },
  payload,
  disclosable,
  decoys: 5,
  key: pair.privateKey,
});
if (!issued.ok) throw new Error('issue failed');
const { token } = await addKeyBinding({
  sdJwt: issued.sdJwt,
  issuerPayload: issued.signedPayload,
  holderKey: holder.privateKey,
  alg: 'ES256',
  aud: 'v',
  nonce: 'n',
});

async function once(): Promise<void> {
  const parsed = parseSdJwt(token);
  const [processed, signature, kb] = await Promise.all([
    processSdJwt(parsed),
    verifyCompact(parsed.jws, pair.publicKey),
    verifyKeyBinding(parsed),
  ]);
  if (processed.rejected || signature.status !== 'verified' || kb.status !== 'verified')
    throw new Error('not verified');
}

async function measure(label: string, run: () => Promise<void>, rounds = 2000): Promise<void> {
  for (let i = 0; i < 200; i++) await run();
  const start = performance.now();
  for (let i = 0; i < rounds; i++) await run();
  const each = (performance.now() - start) / rounds;
  console.log(`${label}: ${(each * 1000).toFixed(0)} µs per token (${rounds} rounds)`);
}

console.log(
  `token: ${token.length} characters, ${parseSdJwt(token).disclosures.length} disclosures, KB-JWT`,
);
await measure('parse + process (digests, disclosed payload)', async () => {
  await processSdJwt(parseSdJwt(token));
});
await measure('parse + process + issuer signature + key binding', once);
await measure('issuer JWS alone: parseCompact + verifyCompact', async () => {
  await verifyCompact(parseCompact(issued.jws), pair.publicKey);
});
