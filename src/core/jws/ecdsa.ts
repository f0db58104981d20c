import {
  children,
  DerError,
  encodeTlv,
  expectTag,
  readWhole,
  TAG,
  unsignedInteger,
} from '../keys/der';

/**
 * JWS ECDSA signatures are R || S, each padded to the curve's size (RFC 7518 §3.4). Many
 * libraries (OpenSSL, Java, .NET by default) produce the ASN.1 DER form instead:
 * SEQUENCE { INTEGER r, INTEGER s } (RFC 3279 §2.2.3). Convert it, so the page can say so.
 */
export function ecdsaDerToRaw(der: Uint8Array, size: number): Uint8Array | undefined {
  try {
    const [r, s, extra] = children(expectTag(readWhole(der), TAG.SEQUENCE, 'Ecdsa-Sig-Value'));
    if (extra) return undefined;
    const raw = new Uint8Array(size * 2);
    for (const [index, integer] of [r, s].entries()) {
      const magnitude = unsignedInteger(expectTag(integer, TAG.INTEGER, 'INTEGER').value);
      if (magnitude.length > size) return undefined;
      raw.set(magnitude, index * size + size - magnitude.length);
    }
    return raw;
  } catch (error) {
    if (error instanceof DerError) return undefined;
    throw error;
  }
}

function derInteger(magnitude: Uint8Array): Uint8Array {
  const trimmed = unsignedInteger(magnitude);
  // A leading 1 bit would read as negative: DER prefixes a zero byte.
  const value = trimmed[0]! & 0x80 ? Uint8Array.of(0, ...trimmed) : trimmed;
  return encodeTlv(TAG.INTEGER, value);
}

/** R || S to DER, for tests and for showing both forms. */
export function ecdsaRawToDer(raw: Uint8Array): Uint8Array {
  const size = raw.length / 2;
  return encodeTlv(TAG.SEQUENCE, derInteger(raw.subarray(0, size)), derInteger(raw.subarray(size)));
}
