import { encodeBase64url } from '../encoding/base64url';
import { utf8Encode } from '../encoding/utf8';

/** RFC 7638 §3.2 required members per key type; AKP from draft-ietf-cose-dilithium. */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  RSA: ['e', 'kty', 'n'],
  EC: ['crv', 'kty', 'x', 'y'],
  OKP: ['crv', 'kty', 'x'],
  oct: ['k', 'kty'],
  AKP: ['alg', 'kty', 'pub'],
};

/** The canonical JSON of RFC 7638 §3: required members only, sorted, no white space. */
export function thumbprintInput(jwk: Readonly<Record<string, unknown>>): string | undefined {
  const members = typeof jwk.kty === 'string' ? REQUIRED[jwk.kty] : undefined;
  if (!members || members.some((name) => typeof jwk[name] !== 'string')) return undefined;
  return `{${members.map((name) => `${JSON.stringify(name)}:${JSON.stringify(jwk[name])}`).join(',')}}`;
}

/** The JWK's SHA-256 thumbprint, base64url (RFC 7638 §3.1), or undefined if members are missing. */
export async function jwkThumbprint(
  jwk: Readonly<Record<string, unknown>>,
): Promise<string | undefined> {
  const input = thumbprintInput(jwk);
  if (input === undefined) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', utf8Encode(input) as BufferSource);
  return encodeBase64url(new Uint8Array(digest));
}
