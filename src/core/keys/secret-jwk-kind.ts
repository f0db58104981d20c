import { isJsonObject } from '../json/is-object';
import { parseJson } from '../json/parse';

/**
 * Whether the secret's text is an `oct` JWK or a JWK Set (RFC 7517 §4, §5), as people paste
 * them from a key store: `{` first, and JSON with `"kty": "oct"` or `keys`. Text that merely
 * starts with `{` stays a secret of that text.
 */
export function secretJwkKind(text: string): 'jwk' | 'jwks' | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return undefined;
  const parsed = parseJson(trimmed);
  if (!parsed.ok || !isJsonObject(parsed.value)) {
    // Malformed JSON that names a JWK member is a broken JWK: the key reader says where.
    return /"(kty|keys|k)"\s*:/.test(trimmed) ? 'jwk' : undefined;
  }
  if (parsed.value.kty === 'oct') return 'jwk';
  return Array.isArray(parsed.value.keys) ? 'jwks' : undefined;
}
