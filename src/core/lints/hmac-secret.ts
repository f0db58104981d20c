/**
 * Lints of the secret typed for an HS* token. They run only when the token's `alg` is an HMAC
 * algorithm (RFC 7518 §3.2) and a non-blank secret was given.
 */
import { jwsAlgorithm, type Hash } from '../algorithms';
import { JwtDebuggerError } from '../errors';
import { secretBytes, type SecretEncoding } from '../keys/secret';
import { isKnownSecret } from './known-secret-match';
import { publicKeyTextFormat } from './public-key-text';
import type { Check, Finding } from './types';

/** Hash output sizes in bytes (FIPS 180-4): RFC 7518 §3.2's minimum key size per HS* alg. */
const HASH_BYTES: Readonly<Record<Hash, number>> = {
  'SHA-256': 32,
  'SHA-384': 48,
  'SHA-512': 64,
};

/** The key bytes, or undefined when the text is not valid in its encoding. */
function keyBytes(text: string, encoding: SecretEncoding): Uint8Array | undefined {
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
