import { importSecret, SECRET_ENCODINGS, type SecretEncoding } from '../keys/secret';
import type { ParsedToken } from '../jws/parse';
import { verifyCompact } from '../jws/verify';
import { JwtDebuggerError } from '../errors';

/**
 * When an HMAC signature does not verify, the secret may simply be read in the wrong encoding
 * (a base64 secret typed as UTF-8 is the usual case). Returns the first other encoding under
 * which it verifies.
 */
export async function workingSecretEncoding(
  parsed: ParsedToken,
  secret: string,
  current: SecretEncoding,
): Promise<SecretEncoding | undefined> {
  if (parsed.alg === undefined) return undefined;
  for (const encoding of SECRET_ENCODINGS) {
    if (encoding === current) continue;
    try {
      const key = await importSecret(secret, encoding, parsed.alg);
      if ((await verifyCompact(parsed, key.cryptoKey)).status === 'verified') return encoding;
    } catch (error) {
      // Not valid in this encoding: try the next.
      if (!(error instanceof JwtDebuggerError)) throw error;
    }
  }
  return undefined;
}
