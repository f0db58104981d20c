/**
 * The `Decryption key` and `Encryption key` texts, read for the header's alg: a private key
 * (PEM PKCS#8, PKCS#1, SEC1, private JWK, JWK Set by `kid`) or a public one (SPKI, X.509, public
 * JWK; a private key gives its public half) for RSA-OAEP* and ECDH-ES*; an `oct` JWK or
 * base64url key bytes for dir, A*KW and A*GCMKW; the password's UTF-8 octets for PBES2-*.
 * Keys are imported with the JWE algorithm's own WebCrypto parameters. Nothing throws.
 */
import { decodeBase64url } from '../encoding/base64url';
import { utf8Encode } from '../encoding/utf8';
import { JwtDebuggerError } from '../errors';
import { readKeyText, type KeyFormat, type KeyMaterial } from '../keys/read';
import { ecdhCurve, type EcdhCurve, type EcdhCurveInfo } from './algorithms';
import { errorReason } from './bytes';
import type { JweDetail, JweKeyCode } from './codes';
import {
  chooseFromJwks,
  jwkAllows,
  jwkForImport,
  type Jwk,
  type KeyContext,
  type KeyRole,
} from './key-jwk';
import { rsaImportParams } from './rsa-oaep';
import { curveCapability, isCapabilitySupported } from './support';

export type { KeyContext, KeyRole } from './key-jwk';

/** What the page can say about the key it used. */
export interface JweKeyFacts {
  readonly format: KeyFormat | 'base64url' | 'password';
  readonly kind: 'secret' | 'password' | 'public' | 'private';
  readonly kty?: 'oct' | 'RSA' | 'EC' | 'OKP';
  /** Symmetric key, password or RSA modulus size in bits. */
  readonly bits?: number;
  readonly curve?: EcdhCurve;
  readonly kid?: string;
  /** Which key of a JWK Set was used (0-based), and how many it has. */
  readonly jwksIndex?: number;
  readonly jwksCount?: number;
}

export type JweKey =
  | { readonly kind: 'oct'; readonly bytes: Uint8Array; readonly facts: JweKeyFacts }
  | { readonly kind: 'password'; readonly bytes: Uint8Array; readonly facts: JweKeyFacts }
  | {
      readonly kind: 'RSA';
      readonly privateKey?: CryptoKey;
      readonly publicKey?: CryptoKey;
      readonly facts: JweKeyFacts;
    }
  | {
      readonly kind: 'ECDH';
      readonly curve: EcdhCurveInfo;
      readonly privateKey?: CryptoKey;
      readonly publicKey?: CryptoKey;
      readonly facts: JweKeyFacts;
    };

export type JweKeyFailureCode = JweKeyCode | 'JWE_CURVE_UNSUPPORTED';

export type JweKeyResult =
  | { readonly ok: true; readonly key: JweKey }
  | { readonly ok: false; readonly code: JweKeyFailureCode; readonly detail: JweDetail };

type Failure = Extract<JweKeyResult, { ok: false }>;

function fail(code: JweKeyFailureCode, detail: JweDetail = {}): Failure {
  return { ok: false, code, detail };
}

type Material = Exclude<KeyMaterial, { format: 'jwks' }>;
type Chosen = {
  readonly material: Material;
  readonly jwksIndex?: number;
  readonly jwksCount?: number;
};

/** readKeyText, its KeyError as data; a JWK Set narrowed to one key. */
function readMaterial(text: string, context: KeyContext, role: KeyRole): Chosen | Failure {
  let material: KeyMaterial;
  try {
    material = readKeyText(text);
  } catch (error) {
    if (error instanceof JwtDebuggerError)
      return fail('JWE_KEY_UNREADABLE', { keyCode: error.code, ...error.detail });
    throw error;
  }
  if (material.format !== 'jwks') return { material };
  const choice = chooseFromJwks(material.keys, context, role);
  if (!choice.ok) return fail(choice.code, choice.detail);
  try {
    const single = readKeyText(JSON.stringify(choice.jwk));
    return { material: single as Material, jwksIndex: choice.index, jwksCount: choice.keyCount };
  } catch (error) {
    if (error instanceof JwtDebuggerError)
      return fail('JWE_KEY_UNREADABLE', { keyCode: error.code, ...error.detail });
    throw error;
  }
}

function isFailure(value: object): value is Failure {
  return 'ok' in value && value.ok === false;
}

/** The key size the alg needs, in bits: the enc's CEK for dir, the wrap size otherwise. */
function symmetricBits(context: KeyContext): number | undefined {
  return context.alg.family === 'dir'
    ? context.enc
      ? context.enc.cekBytes * 8
      : undefined
    : context.alg.kwBits;
}

function readSymmetric(text: string, context: KeyContext, role: KeyRole): JweKeyResult {
  let bytes: Uint8Array;
  let facts: JweKeyFacts;
  if (text.startsWith('{') || text.includes('-----BEGIN ')) {
    const chosen = readMaterial(text, context, role);
    if (isFailure(chosen)) return chosen;
    const { material } = chosen;
    if (material.format !== 'jwk' || material.kind !== 'secret') {
      return fail('JWE_KEY_WRONG_TYPE', {
        expected: 'oct',
        found: material.shape.kty ?? material.shape.curve ?? 'unknown',
      });
    }
    const problem = jwkAllows(material.jwk, context, role);
    if (problem) return fail(problem.code, problem.detail);
    const k = typeof material.jwk.k === 'string' ? decodeBase64url(material.jwk.k) : undefined;
    if (!k?.ok) return fail('JWE_KEY_NOT_BASE64URL', { member: 'k' });
    bytes = k.bytes;
    facts = {
      format: chosen.jwksIndex === undefined ? 'jwk' : 'jwks',
      kind: 'secret',
      kty: 'oct',
      ...kidOf(material.jwk),
      ...jwksFacts(chosen),
    };
  } else {
    // Padding is harmless here: people copy base64url with `=` from many tools.
    const decoded = decodeBase64url(text.replace(/=+$/, ''));
    if (!decoded.ok) {
      const { problem } = decoded;
      return fail('JWE_KEY_NOT_BASE64URL', {
        problem: problem.code,
        offset: problem.offset,
        ...('char' in problem ? { char: problem.char } : {}),
      });
    }
    bytes = decoded.bytes;
    facts = { format: 'base64url', kind: 'secret', kty: 'oct' };
  }
  if (bytes.length === 0) return fail('JWE_KEY_EMPTY');
  const expected = symmetricBits(context);
  if (expected !== undefined && bytes.length * 8 !== expected) {
    return fail('JWE_KEY_WRONG_SIZE', { expected, found: bytes.length * 8, alg: context.alg.alg });
  }
  return { ok: true, key: { kind: 'oct', bytes, facts: { ...facts, bits: bytes.length * 8 } } };
}

function kidOf(jwk: Jwk): { kid?: string } {
  return typeof jwk.kid === 'string' ? { kid: jwk.kid } : {};
}

function jwksFacts(chosen: Chosen): Partial<JweKeyFacts> {
  return chosen.jwksIndex === undefined
    ? {}
    : { jwksIndex: chosen.jwksIndex, jwksCount: chosen.jwksCount! };
}

/** Type, curve and size against the alg, in that order (style.md: fail in a fixed order). */
function checkShape(material: Material, context: KeyContext): Failure | EcdhCurveInfo | undefined {
  const { shape } = material;
  const found = shape.kty ?? shape.curve ?? 'unknown';
  if (context.alg.keyKind === 'RSA') {
    if (shape.kty !== 'RSA') return fail('JWE_KEY_WRONG_TYPE', { expected: 'RSA', found });
    // RFC 7518 §4.2, §4.3: a key of size 2048 bits or larger MUST be used.
    if (shape.modulusBits !== undefined && shape.modulusBits < 2048) {
      return fail('JWE_KEY_RSA_TOO_SMALL', { bits: shape.modulusBits, minimum: 2048 });
    }
    return undefined;
  }
  if (shape.kty !== 'EC' && shape.kty !== 'OKP' && shape.curve === undefined) {
    return fail('JWE_KEY_WRONG_TYPE', { expected: 'EC or OKP', found });
  }
  const curve = ecdhCurve(shape.curve);
  if (!curve) return fail('JWE_KEY_WRONG_CURVE', { found: shape.curve ?? 'unknown' });
  if (context.epkCurve !== undefined && curve.crv !== context.epkCurve) {
    return fail('JWE_KEY_CURVE_MISMATCH', { expected: context.epkCurve, found: curve.crv });
  }
  return curve;
}

async function importAs(
  material: Material,
  params: Algorithm | RsaHashedImportParams | EcKeyImportParams,
  which: 'private' | 'public',
  usages: KeyUsage[],
  extractable: boolean,
): Promise<CryptoKey> {
  if (material.format === 'jwk') {
    return crypto.subtle.importKey(
      'jwk',
      jwkForImport(material.jwk, which === 'public'),
      params,
      extractable,
      usages,
    );
  }
  const data = material.kind === 'private' ? material.pkcs8 : material.spki;
  return crypto.subtle.importKey(
    material.kind === 'private' ? 'pkcs8' : 'spki',
    data as Uint8Array<ArrayBuffer>,
    params,
    extractable,
    usages,
  );
}

async function readAsymmetric(
  text: string,
  context: KeyContext,
  role: KeyRole,
): Promise<JweKeyResult> {
  const chosen = readMaterial(text, context, role);
  if (isFailure(chosen)) return chosen;
  const { material } = chosen;
  const shaped = checkShape(material, context);
  if (shaped && 'ok' in shaped) return shaped;
  const curve = shaped;
  if (material.format === 'jwk') {
    const problem = jwkAllows(material.jwk, context, role);
    if (problem) return fail(problem.code, problem.detail);
  }
  if (role === 'decrypt' && material.kind !== 'private') return fail('JWE_KEY_PUBLIC_ONLY');
  if (curve && !(await isCapabilitySupported(curveCapability(curve.crv)))) {
    return fail('JWE_CURVE_UNSUPPORTED', {
      name: curve.crv,
      capability: curveCapability(curve.crv),
    });
  }
  const params = curve ? curve.importParams : rsaImportParams(context.alg);
  const privateUsages: KeyUsage[] = curve ? ['deriveBits'] : ['decrypt'];
  const publicUsages: KeyUsage[] = curve ? [] : ['encrypt'];
  const facts: JweKeyFacts = {
    format: chosen.jwksIndex === undefined ? material.format : 'jwks',
    kind: material.kind === 'private' ? 'private' : 'public',
    kty: curve ? curve.kty : 'RSA',
    ...(curve ? { curve: curve.crv } : {}),
    ...(material.shape.modulusBits !== undefined ? { bits: material.shape.modulusBits } : {}),
    ...(material.format === 'jwk' ? kidOf(material.jwk) : {}),
    ...jwksFacts(chosen),
  };
  try {
    let privateKey: CryptoKey | undefined;
    let publicKey: CryptoKey | undefined;
    if (material.kind === 'private') {
      privateKey = await importAs(material, params, 'private', privateUsages, role === 'encrypt');
      if (role === 'encrypt') {
        // The public half of a private key: its JWK without the private members.
        const jwk = await crypto.subtle.exportKey('jwk', privateKey);
        publicKey = await crypto.subtle.importKey(
          'jwk',
          jwkForImport(jwk as Jwk, true),
          params,
          true,
          publicUsages,
        );
      }
    } else {
      publicKey = await importAs(material, params, 'public', publicUsages, true);
    }
    const keys = { ...(privateKey ? { privateKey } : {}), ...(publicKey ? { publicKey } : {}) };
    return {
      ok: true,
      key: curve ? { kind: 'ECDH', curve, ...keys, facts } : { kind: 'RSA', ...keys, facts },
    };
  } catch (error) {
    return fail('JWE_KEY_IMPORT_FAILED', { reason: errorReason(error) });
  }
}

function readPassword(text: string): JweKeyResult {
  // RFC 7518 §4.8: the password's octets; not trimmed, white space may be part of it.
  if (text === '') return fail('JWE_PASSWORD_EMPTY');
  const bytes = utf8Encode(text);
  return {
    ok: true,
    key: {
      kind: 'password',
      bytes,
      facts: { format: 'password', kind: 'password', bits: bytes.length * 8 },
    },
  };
}

function readKey(
  text: string,
  context: KeyContext,
  role: KeyRole,
): Promise<JweKeyResult> | JweKeyResult {
  const kind = context.alg.keyKind;
  if (kind === 'password') return readPassword(text);
  const trimmed = text.trim();
  if (trimmed === '') return fail('JWE_KEY_EMPTY');
  if (kind === 'oct') return readSymmetric(trimmed, context, role);
  return readAsymmetric(trimmed, context, role);
}

/** The key that decrypts: a private key, a symmetric key or a password, for `context.alg`. */
export async function readDecryptionKey(text: string, context: KeyContext): Promise<JweKeyResult> {
  return readKey(text, context, 'decrypt');
}

/** The recipient's key that encrypts: a public key (or a private key's public half), a symmetric key or a password. */
export async function readEncryptionKey(text: string, context: KeyContext): Promise<JweKeyResult> {
  return readKey(text, context, 'encrypt');
}
