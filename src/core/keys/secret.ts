import { jwsAlgorithm } from '../algorithms';
import { decodeBase64, decodeBase64url, type DecodeResult } from '../encoding/base64url';
import { hexToBytes } from '../encoding/hex';
import { utf8Encode } from '../encoding/utf8';
import { keyError } from './errors';
import { neededKeyName } from './key-names';
import type { ImportedKey, KeyUsage } from './imported';

export type SecretEncoding = 'utf8' | 'base64url' | 'base64' | 'hex';
export const SECRET_ENCODINGS: readonly SecretEncoding[] = ['utf8', 'base64url', 'base64', 'hex'];

function fromDecode(result: DecodeResult, encoding: SecretEncoding): Uint8Array {
  if (result.ok) return result.bytes;
  const { problem } = result;
  throw keyError(
    'KEY_SECRET_BAD_ENCODING',
    `the secret is not valid ${encoding} (${problem.code})`,
    {
      encoding,
      problem: problem.code,
      offset: problem.offset,
      ...('char' in problem ? { char: problem.char } : {}),
    },
  );
}

/** The key bytes a secret's text stands for in an encoding; throws KEY_SECRET_BAD_ENCODING. */
export function secretBytes(text: string, encoding: SecretEncoding): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return utf8Encode(text);
    case 'base64url':
      // Padding is harmless in a secret: people copy base64url with `=` from many tools.
      // Unused bits set in the last character change no byte: a typed secret is taken as meant.
      return fromDecode(
        decodeBase64url(text.trim().replace(/=+$/, ''), { allowNonCanonical: true }),
        encoding,
      );
    case 'base64':
      return fromDecode(decodeBase64(text.trim()), encoding);
    case 'hex': {
      const bytes = hexToBytes(text.trim());
      if (!bytes) {
        const offset = text.search(/[^0-9a-fA-F\s:]/);
        throw keyError('KEY_SECRET_BAD_ENCODING', 'the secret is not valid hex', {
          encoding,
          problem: offset >= 0 ? 'HEX_INVALID_CHAR' : 'HEX_ODD_LENGTH',
          ...(offset >= 0 ? { offset, char: text[offset]! } : {}),
        });
      }
      return bytes;
    }
  }
}

export interface SecretOptions {
  /** The token header's `kid`, to pick a key from a JWK Set. */
  readonly kid?: string;
  /** Checked against a JWK's `key_ops`; `verify` unless told. */
  readonly usage?: KeyUsage;
}

/**
 * An HMAC key from the secret's text, for the HS* algorithms (RFC 7518 §3.2). An `oct` JWK or a
 * JWK Set of them is read as the key (its `k`), picked by `kid` and checked like any JWK (its
 * `alg`, `use` and `key_ops`), with the note `SECRET_FROM_JWK`; the encoding does not apply.
 */
export async function importSecret(
  text: string,
  encoding: SecretEncoding,
  alg: string,
  options: SecretOptions = {},
): Promise<ImportedKey> {
  const entry = jwsAlgorithm(alg);
  if (entry?.family !== 'hmac') {
    throw keyError('KEY_WRONG_TYPE', `${alg} does not use a shared secret`, {
      alg,
      expected: entry === undefined ? 'none' : neededKeyName(entry),
      found: 'oct',
    });
  }
  if (text === '') throw keyError('KEY_EMPTY', 'no secret given');
  if (text.trimStart().startsWith('{')) {
    // An oct JWK or a JWK Set: read with the other key formats, loaded when first pasted.
    const fromJwk = await (await import('./secret-jwk')).importSecretJwk(text, alg, options);
    if (fromJwk) return fromJwk;
  }
  const bytes = secretBytes(text, encoding);
  if (bytes.length === 0)
    throw keyError('KEY_EMPTY', 'the secret decodes to no bytes', { encoding });
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    bytes as BufferSource,
    entry.importParams,
    false,
    ['sign', 'verify'],
  );
  return {
    format: 'secret',
    cryptoKey,
    facts: { kind: 'secret', kty: 'oct', secretLength: bytes.length },
    notes: [],
  };
}
