import { encodeBase64 } from '../encoding/base64url';
import { isJsonObject } from '../json/is-object';
import { certificatesFromX5c } from '../x509/sources';
import { keyFinding, type KeyFinding } from './details-codes';
import { importKeyText, type ImportedKey } from './import';
import { jwkKind, type Jwk } from './jwk';
import { toPem } from './pem';
import type { KeyErrorCode } from './errors';
import { KeyError } from '../errors';

/** Where a token's header carries a key of its own: `jwk` (RFC 7515 §4.1.3) or `x5c` (§4.1.6). */
export type EmbeddedKeySource = 'jwk' | 'x5c';

/** The sources present in a header, `jwk` first. */
export function embeddedKeySources(header: unknown): EmbeddedKeySource[] {
  if (!isJsonObject(header)) return [];
  return (['jwk', 'x5c'] as const).filter((source) => header[source] !== undefined);
}

/**
 * The header's key as text a key box reads: the `jwk` as JSON, or the `x5c` chain as PEM
 * certificates (the first one's key is the key). Undefined when the header has none.
 */
export function embeddedKeyText(header: unknown, source: EmbeddedKeySource): string | undefined {
  if (!isJsonObject(header)) return undefined;
  if (source === 'jwk') {
    return isJsonObject(header.jwk) ? JSON.stringify(header.jwk, null, 2) : undefined;
  }
  const { ders } = certificatesFromX5c(header.x5c, 'header');
  if (ders.length === 0) return undefined;
  return ders.map((der) => toPem('CERTIFICATE', encodeBase64(der))).join('');
}

/** Findings for a key taken from the header: it proves nothing until trusted. */
export function embeddedKeyFindings(header: unknown, source: EmbeddedKeySource): KeyFinding[] {
  const findings = [keyFinding('KEY_FROM_TOKEN', 'key', 'warning', { source })];
  const jwk = isJsonObject(header) ? header.jwk : undefined;
  if (source === 'jwk' && isJsonObject(jwk) && jwkKind(jwk as Jwk) !== 'public') {
    findings.push(keyFinding('KEY_FROM_TOKEN_PRIVATE', 'header', 'error'));
  }
  return findings;
}

export type EmbeddedKeyImport =
  | { readonly ok: true; readonly key: ImportedKey; readonly findings: readonly KeyFinding[] }
  | {
      readonly ok: false;
      readonly code: KeyErrorCode | 'KEY_NOT_IN_HEADER';
      readonly detail: Readonly<Record<string, string | number | boolean>>;
    };

/**
 * Imports the key a token carries, to verify the token with, for when the user asks for
 * exactly that (jwt.io trusts it silently; we never do it unasked). The result always has
 * KEY_FROM_TOKEN: such a signature shows only that whoever made the token had that key.
 */
export async function importEmbeddedKey(
  header: unknown,
  options: { readonly alg: string; readonly source: EmbeddedKeySource },
): Promise<EmbeddedKeyImport> {
  const text = embeddedKeyText(header, options.source);
  if (text === undefined) {
    return { ok: false, code: 'KEY_NOT_IN_HEADER', detail: { source: options.source } };
  }
  try {
    const key = await importKeyText(text, { alg: options.alg, usage: 'verify' });
    return { ok: true, key, findings: embeddedKeyFindings(header, options.source) };
  } catch (error) {
    if (error instanceof KeyError) {
      return { ok: false, code: error.code as KeyErrorCode, detail: error.detail };
    }
    throw error;
  }
}
