/**
 * Nesting (RFC 7519 §5.2, §11.2): a JWE whose plaintext is a compact JWS is a nested JWT, signed
 * then encrypted, with `cty: "JWT"` in the JWE header. The opposite order, a JWS whose payload is
 * a JWE, is one of the JWS's security checks (lints/encrypted-payload.ts), which imports
 * `compactKind` from here: small on purpose, this file is in the checks' chunk (vite.config.ts).
 */
import { decodeBase64url } from '../encoding/base64url';
import { utf8DecodeStrict } from '../encoding/utf8';
import { isJsonObject } from '../json/is-object';
import type { JweNestedCode } from './codes';

const COMPACT = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){2}$|^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){4}$/;

/** What a compact token's header says it is: a JWS (`alg`, no `enc`) or a JWE (`enc`). */
export function compactKind(text: string): 'jws' | 'jwe' | undefined {
  if (!COMPACT.test(text)) return undefined;
  const segments = text.split('.');
  const decoded = decodeBase64url(segments[0]!);
  if (!decoded.ok) return undefined;
  const headerText = utf8DecodeStrict(decoded.bytes);
  let header: unknown;
  try {
    header = headerText === undefined ? undefined : JSON.parse(headerText);
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
  if (!isJsonObject(header) || typeof header.alg !== 'string') return undefined;
  if (segments.length === 5) return typeof header.enc === 'string' ? 'jwe' : undefined;
  return header.enc === undefined ? 'jws' : undefined;
}

export type NestedToken =
  | {
      readonly kind: 'jws' | 'jwe';
      /** The inner compact token, as the plaintext holds it. */
      readonly token: string;
      /** Whether the outer header says `cty: "JWT"`, as RFC 7519 §5.2 requires for nesting. */
      readonly ctyJwt: boolean;
      readonly code: Extract<JweNestedCode, 'JWE_NESTED_JWS'> | undefined;
    }
  | {
      readonly kind: 'none';
      readonly ctyJwt: boolean;
      /** `cty: "JWT"` promised a nested token that the plaintext is not. */
      readonly code: Extract<JweNestedCode, 'JWE_CTY_JWT_NOT_NESTED'> | undefined;
    };

/** `cty` values meaning "JWT" (RFC 7515 §4.1.10: case-insensitive, `application/` optional). */
export function isCtyJwt(cty: unknown): boolean {
  return typeof cty === 'string' && /^(application\/)?jwt$/i.test(cty);
}

/** Whether the decrypted plaintext is itself a compact JWS (or JWE): the nested token. */
export function nestedToken(
  plaintext: Uint8Array,
  header: { readonly cty?: string | undefined },
): NestedToken {
  const ctyJwt = isCtyJwt(header.cty);
  const text = utf8DecodeStrict(plaintext);
  const kind = text === undefined ? undefined : compactKind(text);
  if (kind === undefined || text === undefined) {
    return { kind: 'none', ctyJwt, code: ctyJwt ? 'JWE_CTY_JWT_NOT_NESTED' : undefined };
  }
  return { kind, token: text, ctyJwt, code: kind === 'jws' ? 'JWE_NESTED_JWS' : undefined };
}
