import { describe, expect, it } from 'vitest';
import { children, DerError, encodeTlv, oidBytes, oidText, readWhole, TAG } from './der';

describe('DER', () => {
  it('object identifiers round-trip (RFC 5480, RFC 8410, FIPS 204 arcs)', () => {
    for (const oid of [
      '1.2.840.10045.2.1',
      '1.3.132.0.35',
      '1.3.101.112',
      '2.16.840.1.101.3.4.3.17',
      '1.2.840.113549.1.1.1',
    ]) {
      expect(oidText(readWhole(oidBytes(oid)).value)).toBe(oid);
    }
  });

  it('long lengths are written and read', () => {
    const content = new Uint8Array(300).fill(7);
    const tlv = readWhole(encodeTlv(TAG.OCTET_STRING, content));
    expect(tlv.value).toEqual(content);
  });

  it('reads nested elements and refuses truncated or trailing data', () => {
    const sequence = encodeTlv(
      TAG.SEQUENCE,
      encodeTlv(TAG.INTEGER, Uint8Array.of(1)),
      encodeTlv(TAG.NULL),
    );
    expect(children(readWhole(sequence)).map((child) => child.tag)).toEqual([
      TAG.INTEGER,
      TAG.NULL,
    ]);
    expect(() => readWhole(sequence.subarray(0, sequence.length - 1))).toThrow(DerError);
    expect(() => readWhole(Uint8Array.of(...sequence, 0))).toThrow(DerError);
  });
});
