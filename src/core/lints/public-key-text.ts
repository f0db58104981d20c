/**
 * Does a typed HMAC secret look like an asymmetric public key? That is the algorithm-confusion
 * attack (RFC 8725 §2.1): a token re-signed as HS256 with the verifier's RSA public key as the
 * "secret" verifies wherever a library picks the key type from the token's `alg`. The format
 * is chosen by the PEM label or the first character, as keys/read.ts does.
 */
import { decodeBase64 } from '../encoding/base64url';
import { parseJson } from '../json/parse';
import { isJwkObject, jwkKind } from '../keys/jwk';
import { guessPemLabel } from '../keys/shape';

export type PublicKeyTextFormat =
  'pem-public-key' | 'pem-certificate' | 'jwk' | 'jwk-set' | 'openssh-public-key' | 'bare-base64';

/** PEM labels of public material (RFC 7468 §5, §13; RFC 8017 Appendix A.1.1). */
const PUBLIC_PEM_LABELS: ReadonlyMap<string, PublicKeyTextFormat> = new Map([
  ['PUBLIC KEY', 'pem-public-key'],
  ['RSA PUBLIC KEY', 'pem-public-key'],
  ['CERTIFICATE', 'pem-certificate'],
  ['TRUSTED CERTIFICATE', 'pem-certificate'],
  ['X509 CERTIFICATE', 'pem-certificate'],
]);

/** The DER structures `guessPemLabel` can name that are public. */
const PUBLIC_DER_LABELS: ReadonlySet<string> = new Set([
  'PUBLIC KEY',
  'RSA PUBLIC KEY',
  'CERTIFICATE',
]);

const PEM_BEGIN = /-----BEGIN ([A-Z0-9 ]+)-----/;
const OPENSSH_PUBLIC_KEY = /^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+) AAAA/;
/** keys/read.ts's test for base64 pasted without its PEM lines (Ed25519 SPKI is 44 chars). */
const BARE_BASE64 = /^[A-Za-z0-9+/=\s]{40,}$/;

function isPublicJwk(value: unknown): boolean {
  return isJwkObject(value) && typeof value.kty === 'string' && jwkKind(value) === 'public';
}

function jsonFormat(text: string): PublicKeyTextFormat | undefined {
  const parsed = parseJson(text);
  if (!parsed.ok) return undefined;
  const { value } = parsed;
  if (isPublicJwk(value)) return 'jwk';
  if (isJwkObject(value) && Array.isArray(value.keys) && value.keys.some(isPublicJwk)) {
    return 'jwk-set';
  }
  return undefined;
}

function bareBase64Format(text: string): PublicKeyTextFormat | undefined {
  if (!BARE_BASE64.test(text)) return undefined;
  const decoded = decodeBase64(text);
  if (!decoded.ok) return undefined;
  const label = guessPemLabel(decoded.bytes);
  return label !== undefined && PUBLIC_DER_LABELS.has(label) ? 'bare-base64' : undefined;
}

/** The public-key format `text` is in, or undefined when it is not public key material. */
export function publicKeyTextFormat(text: string): PublicKeyTextFormat | undefined {
  const trimmed = text.trim();
  const begin = PEM_BEGIN.exec(trimmed);
  if (begin) return PUBLIC_PEM_LABELS.get(begin[1]!);
  if (trimmed.startsWith('{')) return jsonFormat(trimmed);
  if (OPENSSH_PUBLIC_KEY.test(trimmed)) return 'openssh-public-key';
  return bareBase64Format(trimmed);
}
