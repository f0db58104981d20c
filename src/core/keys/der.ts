/**
 * Just enough DER (ITU-T X.690) to find our way around SPKI, PKCS#8, PKCS#1, SEC1 and X.509,
 * and to wrap PKCS#1 and SEC1 keys into the containers WebCrypto imports.
 */

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  SEQUENCE: 0x30,
  SET: 0x31,
  CONTEXT_0: 0xa0,
  CONTEXT_1: 0xa1,
} as const;

export class DerError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'DerError';
  }
}

export interface Tlv {
  readonly tag: number;
  /** Offset of the tag byte. */
  readonly start: number;
  /** Offset one past the last content byte. */
  readonly end: number;
  readonly value: Uint8Array;
  /** The whole element, tag to end. */
  readonly raw: Uint8Array;
}

export function readTlv(bytes: Uint8Array, offset = 0): Tlv {
  if (offset + 2 > bytes.length) throw new DerError('truncated element', offset);
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte tags are not used in keys', offset);
  let length = bytes[offset + 1]!;
  let cursor = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new DerError('unsupported length encoding', offset + 1);
    if (cursor + count > bytes.length) throw new DerError('truncated length', offset + 1);
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[cursor++]!;
  }
  const end = cursor + length;
  if (end > bytes.length) throw new DerError('element runs past the end of the data', offset);
  return {
    tag,
    start: offset,
    end,
    value: bytes.subarray(cursor, end),
    raw: bytes.subarray(offset, end),
  };
}

/** The element that fills `bytes` exactly; trailing bytes are an error. */
export function readWhole(bytes: Uint8Array): Tlv {
  const tlv = readTlv(bytes, 0);
  if (tlv.end !== bytes.length) throw new DerError('unexpected data after the element', tlv.end);
  return tlv;
}

/** The elements inside a constructed element (SEQUENCE, context tag). */
export function children(parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  const base = parent.value;
  let offset = 0;
  while (offset < base.length) {
    const child = readTlv(base, offset);
    out.push(child);
    offset = child.end;
  }
  return out;
}

export function expectTag(tlv: Tlv | undefined, tag: number, what: string): Tlv {
  if (!tlv || tlv.tag !== tag) throw new DerError(`expected ${what}`, tlv?.start ?? 0);
  return tlv;
}

/** Dotted text of an OBJECT IDENTIFIER's content bytes. */
export function oidText(value: Uint8Array): string {
  if (value.length === 0) throw new DerError('empty object identifier', 0);
  const first = value[0]!;
  const arcs: number[] = [];
  let arc = 0;
  for (let i = 1; i < value.length; i++) {
    arc = arc * 128 + (value[i]! & 0x7f);
    if (!(value[i]! & 0x80)) {
      arcs.push(arc);
      arc = 0;
    }
  }
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...arcs].join('.');
}

export function oidBytes(dotted: string): Uint8Array {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const out = [a * 40 + b];
  for (const arc of rest) {
    const septets = [arc & 0x7f];
    for (let n = Math.floor(arc / 128); n > 0; n = Math.floor(n / 128))
      septets.unshift((n & 0x7f) | 0x80);
    out.push(...septets);
  }
  return encodeTlv(TAG.OID, new Uint8Array(out));
}

function lengthBytes(length: number): number[] {
  if (length < 0x80) return [length];
  const out: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) out.unshift(n & 0xff);
  return [0x80 | out.length, ...out];
}

export function encodeTlv(tag: number, ...contents: Uint8Array[]): Uint8Array {
  const length = contents.reduce((sum, part) => sum + part.length, 0);
  const header = [tag, ...lengthBytes(length)];
  const out = new Uint8Array(header.length + length);
  out.set(header, 0);
  let offset = header.length;
  for (const part of contents) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** An unsigned big-endian integer's magnitude, leading zero bytes dropped. */
export function unsignedInteger(value: Uint8Array): Uint8Array {
  let start = 0;
  while (start < value.length - 1 && value[start] === 0) start++;
  return value.subarray(start);
}

export function bitLength(magnitude: Uint8Array): number {
  const trimmed = unsignedInteger(magnitude);
  const top = trimmed[0] ?? 0;
  return top === 0 ? 0 : (trimmed.length - 1) * 8 + (32 - Math.clz32(top));
}
