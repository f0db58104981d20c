/**
 * The three contenders, each as a verify and a sign operation over prepared inputs. Every
 * operation throws unless it did its job, so a fast failure never counts as a fast success.
 */
import { CompactSign, compactVerify } from 'jose';
import { parseCompact } from '../src/core/jws/parse';
import { signCompact } from '../src/core/jws/sign';
import { verifyCompact } from '../src/core/jws/verify';
import { SETUP, type BenchAlg, type KeyPair } from './fixtures';

export const IMPLEMENTATIONS = ['ours', 'jose', 'webcrypto'] as const;
export type Implementation = (typeof IMPLEMENTATIONS)[number];

export interface CaseInput {
  readonly alg: BenchAlg;
  readonly keys: KeyPair;
  /** The same compact token for every verifier. */
  readonly token: string;
  readonly header: string;
  readonly payload: string;
  /** `payload` as UTF-8, made once: jose's CompactSign takes bytes. */
  readonly payloadBytes: Uint8Array;
}

export type Operation = () => Promise<unknown>;

// --- Bare WebCrypto: the least work by hand, a floor for the other two. ---

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SEXTET = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) SEXTET[ALPHABET.charCodeAt(i)] = i;

/** Unpadded base64url to bytes, trusting the input (no validation). */
function base64urlDecode(text: string): Uint8Array {
  const length = text.length;
  const out = new Uint8Array((length * 3) >> 2);
  let o = 0;
  let i = 0;
  for (; i + 4 <= length; i += 4) {
    const n =
      (SEXTET[text.charCodeAt(i)]! << 18) |
      (SEXTET[text.charCodeAt(i + 1)]! << 12) |
      (SEXTET[text.charCodeAt(i + 2)]! << 6) |
      SEXTET[text.charCodeAt(i + 3)]!;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 0xff;
    out[o++] = n & 0xff;
  }
  if (length - i >= 2) {
    const n =
      (SEXTET[text.charCodeAt(i)]! << 18) |
      (SEXTET[text.charCodeAt(i + 1)]! << 12) |
      (length - i === 3 ? SEXTET[text.charCodeAt(i + 2)]! << 6 : 0);
    out[o++] = n >> 16;
    if (length - i === 3) out[o] = (n >> 8) & 0xff;
  }
  return out;
}

/** Bytes to unpadded base64url through btoa, in chunks that fit String.fromCharCode. */
function base64urlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    // apply, not spread: spreading 32K arguments is several times slower.
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  }
  return btoa(binary).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

async function webcryptoVerify(input: CaseInput): Promise<unknown> {
  const { token, keys, alg } = input;
  const first = token.indexOf('.');
  const second = token.indexOf('.', first + 1);
  // Decode as a debugger must: the header and the claims, as JSON.
  const header = JSON.parse(decoder.decode(base64urlDecode(token.slice(0, first))));
  const payload = JSON.parse(decoder.decode(base64urlDecode(token.slice(first + 1, second))));
  const signature = base64urlDecode(token.slice(second + 1));
  const signingInput = encoder.encode(token.slice(0, second));
  const ok = await crypto.subtle.verify(
    SETUP[alg].signParams,
    keys.verifyKey,
    signature as BufferSource,
    signingInput,
  );
  if (!ok) throw new Error('webcrypto: signature did not verify');
  return [header, payload];
}

async function webcryptoSign(input: CaseInput): Promise<string> {
  const signingInput = `${base64urlEncode(encoder.encode(input.header))}.${base64urlEncode(encoder.encode(input.payload))}`;
  const signature = await crypto.subtle.sign(
    SETUP[input.alg].signParams,
    input.keys.signKey,
    encoder.encode(signingInput),
  );
  return `${signingInput}.${base64urlEncode(new Uint8Array(signature))}`;
}

// --- Ours: src/core/jws. ---

async function oursVerify(input: CaseInput): Promise<unknown> {
  const parsed = parseCompact(input.token);
  const verdict = await verifyCompact(parsed, input.keys.verifyKey);
  if (verdict.status !== 'verified') throw new Error(`ours: ${verdict.reason}`);
  return parsed;
}

async function oursSign(input: CaseInput): Promise<string> {
  const { header, payload, alg, keys } = input;
  return (await signCompact({ header, payload, alg, key: keys.signKey })).token;
}

// --- jose: compactVerify throws unless the signature verifies. ---

async function joseVerify(input: CaseInput): Promise<unknown> {
  return compactVerify(input.token, input.keys.verifyKey);
}

async function joseSign(input: CaseInput): Promise<string> {
  return new CompactSign(input.payloadBytes)
    .setProtectedHeader({ alg: input.alg, typ: 'JWT' })
    .sign(input.keys.signKey);
}

export const VERIFY: Readonly<Record<Implementation, (input: CaseInput) => Promise<unknown>>> = {
  ours: oursVerify,
  jose: joseVerify,
  webcrypto: webcryptoVerify,
};

export const SIGN: Readonly<Record<Implementation, (input: CaseInput) => Promise<string>>> = {
  ours: oursSign,
  jose: joseSign,
  webcrypto: webcryptoSign,
};

/** A token signed by hand with crypto.subtle, shared by all verifiers. */
export function makeToken(input: Omit<CaseInput, 'token'>): Promise<string> {
  return webcryptoSign({ ...input, token: '' });
}
