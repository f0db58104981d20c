/**
 * The keys, payloads and tokens every implementation shares: keys come from the test fixtures
 * and are imported once with crypto.subtle, so key import is never part of a timed loop.
 */
import { keys } from '../src/core/__fixtures__/index';
import { SECRET_FOR_ALG } from '../src/core/__fixtures__/algs';

export const ALGS = ['HS256', 'RS256', 'PS256', 'ES256', 'EdDSA'] as const;
export type BenchAlg = (typeof ALGS)[number];

interface AlgSetup {
  /** The fixture in keys.json, or undefined for the HMAC secret. */
  readonly fixture: string | undefined;
  readonly importParams: RsaHashedImportParams | EcKeyImportParams | HmacImportParams | Algorithm;
  /** RFC 7518 §3 (RFC 8037 §3.1 for EdDSA): the crypto.subtle sign and verify parameters. */
  readonly signParams: Algorithm | RsaPssParams | EcdsaParams;
}

/** Written out here, not taken from src/core/algorithms.ts, so the baseline is independent. */
export const SETUP: Readonly<Record<BenchAlg, AlgSetup>> = {
  HS256: {
    fixture: undefined,
    importParams: { name: 'HMAC', hash: 'SHA-256' },
    signParams: { name: 'HMAC' },
  },
  RS256: {
    fixture: 'rsa2048',
    importParams: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    signParams: { name: 'RSASSA-PKCS1-v1_5' },
  },
  PS256: {
    fixture: 'rsa2048',
    importParams: { name: 'RSA-PSS', hash: 'SHA-256' },
    signParams: { name: 'RSA-PSS', saltLength: 32 },
  },
  ES256: {
    fixture: 'p256',
    importParams: { name: 'ECDSA', namedCurve: 'P-256' },
    signParams: { name: 'ECDSA', hash: 'SHA-256' },
  },
  EdDSA: {
    fixture: 'ed25519',
    importParams: { name: 'Ed25519' },
    signParams: { name: 'Ed25519' },
  },
};

export interface KeyPair {
  readonly signKey: CryptoKey;
  readonly verifyKey: CryptoKey;
}

export async function importKeyPair(alg: BenchAlg): Promise<KeyPair> {
  const { fixture, importParams } = SETUP[alg];
  if (fixture === undefined) {
    const secret = new TextEncoder().encode(SECRET_FOR_ALG[alg]);
    const key = await crypto.subtle.importKey('raw', secret, importParams, false, [
      'sign',
      'verify',
    ]);
    return { signKey: key, verifyKey: key };
  }
  const entry = keys[fixture];
  if (!entry?.privateJwk || !entry.publicJwk) throw new Error(`no JWK pair for ${fixture}`);
  const [signKey, verifyKey] = await Promise.all([
    crypto.subtle.importKey('jwk', entry.privateJwk as JsonWebKey, importParams, false, ['sign']),
    crypto.subtle.importKey('jwk', entry.publicJwk as JsonWebKey, importParams, false, ['verify']),
  ]);
  return { signKey, verifyKey };
}

export const SIZES = ['300B', '100KB', '1MB'] as const;
export type BenchSize = (typeof SIZES)[number];

/** The claims of a typical access token; with an HS256 header and signature, ~300 bytes. */
const TYPICAL = {
  sub: '1234567890',
  name: 'John Doe',
  admin: true,
  iat: 1516239022,
  exp: 1516242622,
  iss: 'https://auth.example.com/',
  aud: 'api://default',
  scope: 'openid profile',
};

/** Payload JSON text of exactly this many bytes; 300B is the typical claims alone. */
const PAYLOAD_BYTES: Readonly<Record<BenchSize, number | undefined>> = {
  '300B': undefined,
  '100KB': 100 * 1024,
  '1MB': 1024 * 1024,
};

/** The typical claims plus one long ASCII string claim, `data`, padding to the size. */
export function payloadText(size: BenchSize): string {
  const bytes = PAYLOAD_BYTES[size];
  if (bytes === undefined) return JSON.stringify(TYPICAL);
  const empty = JSON.stringify({ ...TYPICAL, data: '' }).length;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ';
  const data = alphabet.repeat(Math.ceil(bytes / alphabet.length)).slice(0, bytes - empty);
  const text = JSON.stringify({ ...TYPICAL, data });
  if (text.length !== bytes) throw new Error(`payload is ${text.length} bytes, not ${bytes}`);
  return text;
}

export function headerText(alg: BenchAlg): string {
  return JSON.stringify({ alg, typ: 'JWT' });
}
