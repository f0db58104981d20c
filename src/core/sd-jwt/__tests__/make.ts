/** Hand-made SD-JWTs for the tests: any payload and disclosures, signed with a P-256 key. */
import { encodeBase64url } from '../../encoding/base64url';
import { utf8Encode } from '../../encoding/utf8';
import { signCompact } from '../../jws/sign';
import { digestOf, type SubtleHash } from '../digest';

export async function es256Pair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
}

/** The public JWK of a key pair, with only the members RFC 7517 needs. */
export async function publicJwk(pair: CryptoKeyPair): Promise<Record<string, unknown>> {
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { kty, crv, x, y };
}

/** A disclosure of exactly this JSON text. */
export function disclosureOf(json: string): string {
  return encodeBase64url(utf8Encode(json));
}

export async function digest(disclosure: string, hash: SubtleHash = 'SHA-256'): Promise<string> {
  return digestOf(disclosure, hash);
}

/** `<JWS>~` for this payload, signed ES256 with `key`, ready for disclosures to be appended. */
export async function issuerJws(
  payload: unknown,
  key: CryptoKey,
  header: Record<string, unknown> = { alg: 'ES256', typ: 'example+sd-jwt' },
): Promise<string> {
  const signed = await signCompact({
    header: JSON.stringify(header),
    payload: JSON.stringify(payload),
    alg: 'ES256',
    key,
  });
  return signed.token;
}

/** `<JWS>~d1~d2~…~`. */
export function sdJwtOf(jws: string, disclosures: readonly string[]): string {
  return `${jws}~${disclosures.map((d) => `${d}~`).join('')}`;
}
