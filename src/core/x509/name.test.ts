import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hexToBytes } from '../encoding/hex';
import { encodeTlv, oidBytes, readWhole, TAG } from '../keys/der';
import { nameToString } from './name';

const utf8 = (text: string) => new TextEncoder().encode(text);
const attribute = (oid: string, tag: number, value: Uint8Array) =>
  encodeTlv(TAG.SET, encodeTlv(TAG.SEQUENCE, oidBytes(oid), encodeTlv(tag, value)));
const name = (...rdns: Uint8Array[]) => readWhole(encodeTlv(TAG.SEQUENCE, ...rdns));
const CN = '2.5.4.3';

/**
 * Python cryptography builds each name from its attributes and gives its DER and its
 * Name.rfc4514_string(): the oracle for names of any value.
 */
function cryptographyNames(names: readonly (readonly [string, string][])[]) {
  const program = `
import json, sys
from cryptography import x509
from cryptography.x509.oid import ObjectIdentifier
out = []
for attributes in json.load(sys.stdin):
    name = x509.Name([x509.NameAttribute(ObjectIdentifier(oid), value) for oid, value in attributes])
    out.append({"der": name.public_bytes().hex(), "text": name.rfc4514_string()})
print(json.dumps(out))
`;
  const output = execFileSync('/usr/bin/python3', ['-c', program], {
    input: JSON.stringify(names),
    encoding: 'utf8',
  });
  return JSON.parse(output) as { der: string; text: string }[];
}

describe('RFC 4514: a Name as a string', () => {
  it('§2.1: the RDNs last to first; §2.3: short names, or the OID', () => {
    const text = nameToString(
      name(
        attribute('2.5.4.6', 0x13, utf8('NZ')),
        attribute('2.5.4.10', 0x0c, utf8('Example')),
        attribute(CN, 0x0c, utf8('host')),
      ),
    );
    expect(text).toBe('CN=host,O=Example,C=NZ');
  });

  it('§2.4: escapes , + " \\ < > ; anywhere, # and a space first, a space last', () => {
    const text = nameToString(name(attribute(CN, 0x0c, utf8('# a,b+c"d\\e<f>g;h '))));
    expect(text).toBe('CN=\\# a\\,b\\+c\\"d\\\\e\\<f\\>g\\;h\\ ');
    expect(nameToString(name(attribute(CN, 0x0c, utf8(' '))))).toBe('CN=\\ ');
    expect(nameToString(name(attribute(CN, 0x0c, utf8('a\\ '))))).toBe('CN=a\\\\\\ ');
  });

  it('§2.4: an unknown type, or a value that is not a string, as # and the hex of its DER', () => {
    const unknown = nameToString(name(attribute('1.3.6.1.4.1.32473.1', 0x0c, utf8('x'))));
    expect(unknown).toBe('1.3.6.1.4.1.32473.1=#0C0178');
    const octets = nameToString(name(attribute(CN, TAG.OCTET_STRING, Uint8Array.of(1, 2))));
    expect(octets).toBe('CN=#04020102');
  });

  it('reads BMPString (UTF-16) and UniversalString (UTF-32) as text', () => {
    const bmp = Uint8Array.of(0, 0x5a, 0, 0x6f, 0, 0xeb);
    const universal = Uint8Array.of(0, 0, 0x6d, 0x4b, 0, 1, 0xf6, 0x00);
    expect(nameToString(name(attribute(CN, 0x1e, bmp)))).toBe('CN=Zoë');
    expect(nameToString(name(attribute(CN, 0x1c, universal)))).toBe('CN=测😀');
  });

  it('matches cryptography.x509.Name.rfc4514_string() for names of any value', () => {
    // Single-valued RDNs of RFC 4514's own types, values of any Unicode text but NUL.
    const types = ['2.5.4.3', '2.5.4.10', '2.5.4.11', '2.5.4.7', '2.5.4.8', '2.5.4.9'];
    const value = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
      .filter((text) => !text.includes('\0'));
    const attributes = fc.array(fc.tuple(fc.constantFrom(...types), value), {
      minLength: 1,
      maxLength: 4,
    });
    const samples = fc.sample(attributes, { numRuns: 300, seed: 4514 });
    const extra: [string, string][][] = [
      [[CN, ' leading and trailing ']],
      [[CN, '#hash']],
      [[CN, '=;"+,<>\\']],
    ];
    const all = [...samples, ...extra];
    const expected = cryptographyNames(all);
    for (const [index, { der, text }] of expected.entries()) {
      expect([index, nameToString(readWhole(hexToBytes(der)!))]).toEqual([index, text]);
    }
  });
});
