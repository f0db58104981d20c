/**
 * The tokens and keys pasted by `npm run bench:browser`, made in Node by independent code:
 * node:crypto for JWS and keys, jose for JWE, @sd-jwt/core for SD-JWT. Every token carries a
 * `jti` unique to one paste (its marker, first in the payload so that a previewed payload
 * still shows it), so each paste really changes the page and the bench knows which is shown.
 */
import {
  createHmac,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  sign as rsaSign,
} from 'node:crypto';
import { promisify } from 'node:util';
import { SDJwtInstance } from '@sd-jwt/core';
import { digest, generateSalt } from '@sd-jwt/crypto-nodejs';
import { CompactEncrypt, importJWK } from 'jose';
import { keys } from '../../src/core/__fixtures__/index';

/** jwt.io's default secret, as in the bench before; any secret of 32 bytes or more would do. */
export const SECRET = 'a-string-secret-at-least-256-bits-long';

const b64url = (data: string | Uint8Array) => Buffer.from(data).toString('base64url');

/** The claims of a typical access token (bench/fixtures.ts, with a marker and an audience). */
const TYPICAL = {
  sub: '1234567890',
  name: 'John Doe',
  admin: true,
  iat: 1516239022,
  exp: 4102444800,
  iss: 'https://auth.example.com/',
  aud: 'api://default',
  scope: 'openid profile',
};

export const marker = (row: string, rep: number) => `bench-${row}-${String(rep).padStart(6, '0')}`;

/** Payload JSON of exactly `bytes` bytes (ASCII), or the typical claims alone. */
export function payloadOf(jti: string, bytes?: number): string {
  const claims = { jti, ...TYPICAL };
  if (bytes === undefined) return JSON.stringify(claims);
  const empty = JSON.stringify({ ...claims, data: '' }).length;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ';
  const data = alphabet.repeat(Math.ceil(bytes / alphabet.length)).slice(0, bytes - empty);
  return JSON.stringify({ ...claims, data });
}

export function hs256(payload: string, secret = SECRET): string {
  const input = `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

/** The stored RSA-2048 key's public half as PEM (SPKI), as a person pastes it. */
export const RSA_PUBLIC_PEM = createPublicKey({
  key: keys.rsa2048!.publicJwk as never,
  format: 'jwk',
})
  .export({ type: 'spki', format: 'pem' })
  .toString();

/** A typical RS256 token signed by node:crypto with the stored RSA-2048 key. */
export function rs256(payload: string): string {
  const input = `${b64url('{"alg":"RS256","typ":"JWT"}')}.${b64url(payload)}`;
  const key = createPrivateKey({ key: keys.rsa2048!.privateJwk as never, format: 'jwk' });
  return `${input}.${rsaSign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

/** A JWK Set of `size` RSA-2048 public keys (kid key-0 …), and the private keys. */
export async function rsaKeySet(size: number) {
  const made = await Promise.all(
    Array.from({ length: size }, () => promisify(generateKeyPair)('rsa', { modulusLength: 2048 })),
  );
  return made.map(({ publicKey, privateKey }, i) => ({
    kid: `key-${i}`,
    privateKey,
    jwk: { ...publicKey.export({ format: 'jwk' }), kid: `key-${i}`, alg: 'RS256', use: 'sig' },
  }));
}

export type KeySet = Awaited<ReturnType<typeof rsaKeySet>>;

/**
 * The RS256 token of paste `rep`, signed by one key of the set, and the set's text with that
 * key last (a search through all of it); the order differs per paste, so does the text.
 */
export function rs256WithSet(set: KeySet, jti: string, rep: number) {
  const signer = set[rep % set.length]!;
  const header = { alg: 'RS256', typ: 'JWT', kid: signer.kid };
  const input = `${b64url(JSON.stringify(header))}.${b64url(payloadOf(jti))}`;
  const signature = rsaSign('sha256', Buffer.from(input), signer.privateKey).toString('base64url');
  const others = set.filter((entry) => entry !== signer);
  const rotated = [...others.slice(rep % others.length), ...others.slice(0, rep % others.length)];
  return {
    token: `${input}.${signature}`,
    jwks: JSON.stringify({ keys: [...rotated, signer].map((entry) => entry.jwk) }, null, 2),
  };
}

export type JweKind = 'dir' | 'RSA-OAEP-256';

/** A typical JWE made by jose, and the text pasted in `Decryption key` to decrypt it. */
export async function jwe(kind: JweKind, jti: string): Promise<{ token: string; key: string }> {
  const plaintext = new TextEncoder().encode(payloadOf(jti));
  if (kind === 'dir') {
    const k = b64url(new Uint8Array(32).map((_, i) => (i * 37 + 11) & 0xff));
    const token = await new CompactEncrypt(plaintext)
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .encrypt(await importJWK({ kty: 'oct', k }, 'A256GCM'));
    return { token, key: JSON.stringify({ kty: 'oct', k }) };
  }
  const fixture = keys.rsa2048!;
  const token = await new CompactEncrypt(plaintext)
    .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })
    .encrypt(await importJWK({ ...fixture.publicJwk, alg: 'RSA-OAEP-256' }, 'RSA-OAEP-256'));
  const pem = createPrivateKey({ key: fixture.privateJwk as never, format: 'jwk' })
    .export({ type: 'pkcs8', format: 'pem' })
    .toString();
  return { token, key: pem };
}

/**
 * An SD-JWT with 20 disclosures, issued by @sd-jwt/core with HS256 and SECRET: a PID-like
 * credential (bench/sd-jwt.ts) of 14 top-level claims, an address of 4 and 2 nationalities.
 */
export async function sdJwt(jti: string): Promise<string> {
  const issuer = new SDJwtInstance({
    signer: async (input: string) => createHmac('sha256', SECRET).update(input).digest('base64url'),
    signAlg: 'HS256',
    hasher: digest,
    hashAlg: 'sha-256',
    saltGenerator: generateSalt,
  });
  const claims: Record<string, unknown> = {
    jti,
    iss: 'https://issuer.example',
    vct: 'urn:eudi:pid:1',
  };
  for (let i = 0; i < 14; i++) claims[`claim_${i}`] = `value number ${i} of a typical credential`;
  claims.address = {
    street_address: 'Heidestraße 17',
    locality: 'Köln',
    postal_code: '51147',
    country: 'DE',
  };
  claims.nationalities = ['DE', 'FR'];
  const frame = {
    _sd: Array.from({ length: 14 }, (_, i) => `claim_${i}`),
    address: { _sd: ['street_address', 'locality', 'postal_code', 'country'] },
    nationalities: { _sd: [0, 1] },
  };
  return issuer.issue(claims, frame as never, { header: { typ: 'dc+sd-jwt' } });
}
