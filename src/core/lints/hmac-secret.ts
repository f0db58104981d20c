/**
 * Lints of the secret typed for an HS* token. They run only when the token's `alg` is an HMAC
 * algorithm (RFC 7518 §3.2) and a non-blank secret was given.
 */
import { jwsAlgorithm, type Hash } from '../algorithms';
import { JwtDebuggerError } from '../errors';
import { decodeBase64url } from '../encoding/base64url';
import { isJsonObject } from '../json/is-object';
import { parseJson } from '../json/parse';
import { secretBytes, type SecretEncoding } from '../keys/secret';
import { secretJwkKind } from '../keys/secret-jwk-kind';
import { isKnownSecret } from './known-secret-match';
import { publicKeyTextFormat } from './public-key-text';
import type { Check, Finding } from './types';

/** Hash output sizes in bytes (FIPS 180-4): RFC 7518 §3.2's minimum key size per HS* alg. */
const HASH_BYTES: Readonly<Record<Hash, number>> = {
  'SHA-256': 32,
  'SHA-384': 48,
  'SHA-512': 64,
};

/** An `oct` JWK's `k` (RFC 7518 §6.4.1): the key the Secret box holds then. */
function jwkKeyBytes(text: string): Uint8Array | undefined {
  const parsed = parseJson(text.trim());
  if (!parsed.ok || !isJsonObject(parsed.value) || typeof parsed.value.k !== 'string') {
    return undefined;
  }
  const decoded = decodeBase64url(parsed.value.k);
  return decoded.ok ? decoded.bytes : undefined;
}

/**
 * The key bytes, or undefined when the text is not valid in its encoding. An `oct` JWK is its
 * `k`; a JWK Set has no one length to judge.
 */
function keyBytes(text: string, encoding: SecretEncoding): Uint8Array | undefined {
  const jwk = secretJwkKind(text);
  if (jwk !== undefined) return jwk === 'jwk' ? jwkKeyBytes(text) : undefined;
  try {
    return secretBytes(text, encoding);
  } catch (error) {
    // KEY_SECRET_BAD_ENCODING: the key import reports it; there is no key length to judge.
    if (error instanceof JwtDebuggerError) return undefined;
    throw error;
  }
}

export const checkHmacSecret: Check = ({ parsed, secret }) => {
  const entry = jwsAlgorithm(parsed.alg);
  if (entry?.family !== 'hmac' || entry.hash === undefined) return [];
  if (secret === undefined || secret.text.trim() === '') return [];
  const findings: Finding[] = [];

  const format = publicKeyTextFormat(secret.text);
  if (format !== undefined) {
    findings.push({ rule: 'hmac-secret-looks-like-public-key', detail: { format } });
  }
  const match = isKnownSecret(secret.text);
  if (match !== undefined) findings.push({ rule: 'hmac-secret-well-known', detail: { match } });

  const bytes = keyBytes(secret.text, secret.encoding);
  const minimum = HASH_BYTES[entry.hash];
  if (bytes !== undefined && bytes.length < minimum) {
    findings.push({
      rule: 'hmac-secret-short',
      detail: { bytes: bytes.length, minimum, alg: entry.alg, encoding: secret.encoding },
    });
  }
  return findings;
};
