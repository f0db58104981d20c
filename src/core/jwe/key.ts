/**
 * The `Decryption key` and `Encryption key` texts, read for the header's alg: a private key
 * (PEM PKCS#8, PKCS#1, SEC1, private JWK, JWK Set by `kid`) or a public one (SPKI, X.509, public
 * JWK; a private key gives its public half) for RSA-OAEP* and ECDH-ES*; an `oct` JWK or
 * base64url key bytes for dir, A*KW and A*GCMKW; the password's UTF-8 octets for PBES2-*.
 * Keys are imported with the JWE algorithm's own WebCrypto parameters. Nothing throws.
 */
import { utf8Encode } from '../encoding/utf8';
import type { KeyContext, KeyRole } from './key-jwk';
import { readAsymmetric } from './key-asymmetric';
import { fail, type JweKeyResult } from './key-material';
import { readSymmetric } from './key-symmetric';

export type { KeyContext, KeyRole } from './key-jwk';
export type { JweKey, JweKeyFacts, JweKeyFailureCode, JweKeyResult } from './key-material';

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
