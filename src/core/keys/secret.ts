import { jwsAlgorithm } from '../algorithms';
import { decodeBase64, decodeBase64url, type DecodeResult } from '../encoding/base64url';
import { hexToBytes } from '../encoding/hex';
import { utf8Encode } from '../encoding/utf8';
import { keyError } from './errors';
import type { ImportedKey } from './import';

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

/** An HMAC key from the secret's text, for the HS* algorithms (RFC 7518 §3.2). */
export async function importSecret(
  text: string,
  encoding: SecretEncoding,
  alg: string,
): Promise<ImportedKey> {
  const entry = jwsAlgorithm(alg);
  if (entry?.family !== 'hmac') {
    throw keyError('KEY_WRONG_TYPE', `${alg} does not use a shared secret`, {
      alg,
      expected: entry?.kty ?? 'none',
      found: 'oct',
    });
  }
  if (text === '') throw keyError('KEY_EMPTY', 'no secret given');
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
  };
}
