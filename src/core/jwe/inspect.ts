/**
 * A compact JWE as the page inspects it: read in full (parseJwe), decrypted with the
 * `Decryption key` box, its plaintext shown as text and, when it is a compact JWS (a nested
 * JWT, RFC 7519 §5.2), that JWS verified with the Secret or Public key boxes as any JWS.
 */
import { inspectParsed, type Inspection } from '../debug/inspect';
import { KeyChunks, type KeyInputs } from '../debug/key-inputs';
import { utf8DecodeStrict } from '../encoding/utf8';
import { parseCompact, type ParsedToken } from '../jws/parse';
import { decryptJwe, type DecryptResult } from './decrypt';
import { lintJwe, type JweLint } from './lints';
import { nestedToken, type NestedToken } from './nested';
import { parseJwe, type ParsedJwe } from './parse';

export interface JweInspection {
  readonly kind: 'jwe';
  readonly parsed: ParsedJwe;
  readonly decryption: DecryptResult;
  /** The plaintext as UTF-8 text, once decrypted (undefined: not text). */
  readonly plaintext?: string;
  readonly nested?: NestedToken;
  /** The nested JWS, read as the token box reads one. */
  readonly inner?: ParsedToken;
  readonly lints: readonly JweLint[];
}

export async function inspectJwe(
  text: string,
  keys: KeyInputs,
  chunks = new KeyChunks(),
): Promise<{ inspection?: Inspection; extra: JweInspection }> {
  const parsed = parseJwe(text);
  const decryption = await decryptJwe(parsed, keys.decryptionKey);
  if (decryption.status !== 'decrypted') {
    const lints = lintJwe({ parsed, keyText: keys.decryptionKey });
    return { extra: { kind: 'jwe', parsed, decryption, lints } };
  }
  const plaintext = utf8DecodeStrict(decryption.plaintext);
  const nested = nestedToken(decryption.plaintext, parsed.params);
  const lints = lintJwe({ parsed, keyText: keys.decryptionKey, nested });
  const extra = {
    kind: 'jwe' as const,
    parsed,
    decryption,
    ...(plaintext !== undefined ? { plaintext } : {}),
    nested,
    lints,
  };
  if (nested.kind !== 'jws') return { extra };
  const inner = parseCompact(nested.token);
  return {
    inspection: await inspectParsed(inner, keys, undefined, chunks),
    extra: { ...extra, inner },
  };
}
