import { decodeBase64 } from '../encoding/base64url';
import { DerError } from './der';
import { keyError } from './errors';
import { isJwkObject, jwkKind, shapeOfJwk, type Jwk } from './jwk';
import { parseJson } from '../json/parse';
import type { KeyNote } from './notes';
import { parsePem } from './pem';
import { guessPemLabel, shapeOfPkcs1, shapeOfPkcs8, shapeOfSpki, type KeyShape } from './shape';
import { pkcs8FromPkcs1, pkcs8FromSec1, sec1Curve, spkiFromPkcs1 } from './wrap';
import { spkiFromCertificate } from './x509';

export type KeyFormat =
  'spki' | 'pkcs1-public' | 'x509' | 'pkcs8' | 'pkcs1-private' | 'sec1' | 'jwk' | 'jwks' | 'secret';

/** Key text, read and recognised but not yet imported; `notes` say what was repaired. */
export type KeyMaterial = (
  | {
      readonly format: 'spki' | 'pkcs1-public' | 'x509';
      readonly kind: 'public';
      readonly spki: Uint8Array;
      readonly shape: KeyShape;
      readonly blockCount: number;
    }
  | {
      readonly format: 'pkcs8' | 'pkcs1-private' | 'sec1';
      readonly kind: 'private';
      readonly pkcs8: Uint8Array;
      readonly shape: KeyShape;
    }
  | {
      readonly format: 'jwk';
      readonly kind: 'public' | 'private' | 'secret';
      readonly jwk: Jwk;
      readonly shape: KeyShape;
    }
  | { readonly format: 'jwks'; readonly keys: readonly unknown[] }
) & { readonly notes?: readonly KeyNote[] };

/** One reader per PEM label (RFC 7468 §5-§13, RFC 8017, RFC 5915). */
const PEM_READERS: Readonly<Record<string, (der: Uint8Array, blockCount: number) => KeyMaterial>> =
  {
    'PUBLIC KEY': (der, blockCount) => ({
      format: 'spki',
      kind: 'public',
      spki: der,
      shape: shapeOfSpki(der),
      blockCount,
    }),
    'RSA PUBLIC KEY': (der, blockCount) => {
      const shape = shapeOfPkcs1(der, false);
      return {
        format: 'pkcs1-public',
        kind: 'public',
        spki: spkiFromPkcs1(der),
        shape,
        blockCount,
      };
    },
    CERTIFICATE: (der, blockCount) => {
      const spki = spkiFromCertificate(der);
      return { format: 'x509', kind: 'public', spki, shape: shapeOfSpki(spki), blockCount };
    },
    'PRIVATE KEY': (der) => ({
      format: 'pkcs8',
      kind: 'private',
      pkcs8: der,
      shape: shapeOfPkcs8(der),
    }),
    'RSA PRIVATE KEY': (der) => {
      const shape = shapeOfPkcs1(der, true);
      return { format: 'pkcs1-private', kind: 'private', pkcs8: pkcs8FromPkcs1(der), shape };
    },
    'EC PRIVATE KEY': (der) => {
      const curve = sec1Curve(der);
      return {
        format: 'sec1',
        kind: 'private',
        pkcs8: pkcs8FromSec1(der, curve),
        shape: { kty: 'EC', curve },
      };
    },
  };

function readPem(text: string): KeyMaterial {
  const { label, der, blockCount, notes } = parsePem(text);
  if (label === 'ENCRYPTED PRIVATE KEY') {
    throw keyError('KEY_ENCRYPTED', 'the private key is encrypted with a passphrase', { label });
  }
  const reader = PEM_READERS[label];
  if (!reader)
    throw keyError('KEY_UNSUPPORTED_PEM_LABEL', `PEM label "${label}" is not a key we read`, {
      label,
    });
  try {
    const material = reader(der, blockCount);
    return notes.length > 0 ? { ...material, notes } : material;
  } catch (error) {
    if (error instanceof DerError) {
      throw keyError(
        'KEY_BAD_DER',
        `the ${label} is not valid DER: ${error.message}`,
        { label, offset: error.offset },
        error,
      );
    }
    throw error;
  }
}

function readJson(text: string): KeyMaterial {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { error } = parsed;
    throw keyError(
      'KEY_BAD_JWK',
      `the key text is not valid JSON (line ${error.line}, column ${error.column})`,
      {
        reason: 'bad-json',
        line: error.line,
        column: error.column,
        offset: error.offset,
        ...(error.expected !== undefined ? { expected: error.expected } : {}),
      },
    );
  }
  const value = parsed.value;
  if (!isJwkObject(value))
    throw keyError('KEY_BAD_JWK', 'the JSON is not an object', { reason: 'not-object' });
  if (value.keys !== undefined) {
    if (!Array.isArray(value.keys))
      throw keyError('KEY_BAD_JWK', '"keys" is not an array', { reason: 'keys-not-array' });
    if (value.keys.length === 0)
      throw keyError('KEY_BAD_JWK', 'the JWK Set is empty', { reason: 'empty-set' });
    return { format: 'jwks', keys: value.keys };
  }
  return { format: 'jwk', kind: jwkKind(value), jwk: value, shape: shapeOfJwk(value) };
}

/** A bare base64 blob long enough to be a key (the smallest, Ed25519 SPKI, is 44 characters). */
const BARE_BASE64 = /^[A-Za-z0-9+/=\s]{40,}$/;

/**
 * Reads key text as people paste it, choosing the format by its first characters: a PEM label,
 * `{` for JSON, and bare base64 is recognised and reported with the label it lacks.
 */
export function readKeyText(text: string): KeyMaterial {
  const trimmed = text.trim();
  if (trimmed === '') throw keyError('KEY_EMPTY', 'no key given');
  if (trimmed.includes('-----BEGIN ')) return readPem(trimmed);
  // The text as given, so a JSON error's line and column are those of the box.
  if (trimmed.startsWith('{')) return readJson(text);
  if (/^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-)/.test(trimmed)) {
    throw keyError('KEY_UNKNOWN_FORMAT', 'an OpenSSH public key: convert it to PEM first', {
      reason: 'openssh',
    });
  }
  if (BARE_BASE64.test(trimmed)) {
    const decoded = decodeBase64(trimmed);
    const label = decoded.ok ? guessPemLabel(decoded.bytes) : undefined;
    if (label) {
      throw keyError(
        'KEY_PEM_ARMOR_MISSING',
        `base64 key material without its -----BEGIN ${label}----- line`,
        { label },
      );
    }
  }
  throw keyError('KEY_UNKNOWN_FORMAT', 'not a PEM key, certificate, JWK or JWK Set', {
    reason: 'unrecognised',
  });
}
