/**
 * EC JWK members of the wrong length. RFC 7518 §6.2.1.2-§6.2.2.1: `x`, `y` and `d` MUST be the
 * full coordinate size of the curve (66 bytes for P-521), leading zero bytes kept. Some
 * libraries write the integer's minimal bytes instead (PyJWT before 2.8 did, for ~half of all
 * P-521 keys): WebCrypto then refuses the key. The value is the same number, so it is padded
 * back, and the page says which member was short and that its producer dropped a zero.
 */
import { decodeBase64url, encodeBase64url } from '../encoding/base64url';
import type { Jwk } from './jwk';
import type { KeyNote } from './notes';

/** Field size in bytes per curve (SEC 1 §2.3.5: ceil(log2(p) / 8)). */
const COORDINATE_BYTES: Readonly<Record<string, number>> = {
  'P-256': 32,
  'P-384': 48,
  'P-521': 66,
  secp256k1: 32,
};

const MEMBERS = ['x', 'y', 'd'] as const;

/**
 * The JWK with short `x`, `y` or `d` left-padded with zero bytes to the curve's size, and a
 * note for each member padded. Anything else (another kty, an unknown curve, a member that is
 * not base64url or is too long) is left as it is for the import to judge.
 */
export function padEcCoordinates(jwk: Jwk): { readonly jwk: Jwk; readonly notes: KeyNote[] } {
  const size =
    jwk.kty === 'EC' && typeof jwk.crv === 'string' ? COORDINATE_BYTES[jwk.crv] : undefined;
  if (size === undefined) return { jwk, notes: [] };
  const notes: KeyNote[] = [];
  let padded: Record<string, unknown> | undefined;
  for (const member of MEMBERS) {
    const value = jwk[member];
    if (typeof value !== 'string') continue;
    const decoded = decodeBase64url(value);
    if (!decoded.ok || decoded.bytes.length === 0 || decoded.bytes.length >= size) continue;
    const full = new Uint8Array(size);
    full.set(decoded.bytes, size - decoded.bytes.length);
    padded ??= { ...jwk };
    padded[member] = encodeBase64url(full);
    notes.push({
      code: 'JWK_COORDINATE_PADDED',
      severity: 'info',
      detail: { member, length: decoded.bytes.length, expected: size, curve: String(jwk.crv) },
    });
  }
  return { jwk: padded ?? jwk, notes };
}
