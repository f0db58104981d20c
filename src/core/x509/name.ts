import { utf8DecodeStrict } from '../encoding/utf8';
import { bytesToHex } from '../encoding/hex';
import { children, DerError, expectTag, oidText, TAG, type Tlv } from '../keys/der';

/**
 * Short names for attribute types: RFC 4514 §3's table, then descriptors registered for LDAP
 * (RFC 4519 §2, RFC 2985 for emailAddress), as RFC 4514 §2.3 asks. Any other type is written
 * as its dotted OID.
 */
const SHORT_NAMES: ReadonlyMap<string, string> = new Map([
  ['2.5.4.3', 'CN'],
  ['2.5.4.7', 'L'],
  ['2.5.4.8', 'ST'],
  ['2.5.4.10', 'O'],
  ['2.5.4.11', 'OU'],
  ['2.5.4.6', 'C'],
  ['2.5.4.9', 'STREET'],
  ['0.9.2342.19200300.100.1.25', 'DC'],
  ['0.9.2342.19200300.100.1.1', 'UID'],
  ['2.5.4.5', 'serialNumber'],
  ['2.5.4.4', 'SN'],
  ['2.5.4.42', 'GN'],
  ['2.5.4.12', 'title'],
  ['2.5.4.43', 'initials'],
  ['2.5.4.44', 'generationQualifier'],
  ['2.5.4.46', 'dnQualifier'],
  ['2.5.4.17', 'postalCode'],
  ['2.5.4.15', 'businessCategory'],
  ['2.5.4.97', 'organizationIdentifier'],
  ['1.2.840.113549.1.9.1', 'emailAddress'],
]);

/** Directory string types (X.520) and how their bytes become text. */
const STRING_TAGS: Readonly<Record<number, (bytes: Uint8Array) => string>> = {
  0x0c: utf8, // UTF8String
  0x13: latin1, // PrintableString
  0x12: latin1, // NumericString
  0x16: latin1, // IA5String
  0x1a: latin1, // VisibleString
  0x14: latin1, // TeletexString: in practice Latin-1, as OpenSSL reads it
  0x1e: (bytes) => codeUnits(bytes, 2), // BMPString: UTF-16BE
  0x1c: (bytes) => codeUnits(bytes, 4), // UniversalString: UTF-32BE
};

function utf8(bytes: Uint8Array): string {
  const text = utf8DecodeStrict(bytes);
  if (text === undefined) throw new DerError('a UTF8String that is not UTF-8', 0);
  return text;
}

function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

function codeUnits(bytes: Uint8Array, width: 2 | 4): string {
  if (bytes.length % width !== 0) throw new DerError('string length is not a whole character', 0);
  const points: number[] = [];
  for (let i = 0; i < bytes.length; i += width) {
    let point = 0;
    for (let j = 0; j < width; j++) point = point * 256 + bytes[i + j]!;
    points.push(point);
  }
  return width === 2 ? String.fromCharCode(...points) : String.fromCodePoint(...points);
}

/** RFC 4514 §2.4: the characters escaped anywhere, and where a space or '#' must be. */
function escapeValue(value: string): string {
  const chars = [...value];
  return chars
    .map((char, index) => {
      if (char === '\0') return '\\00';
      if ('"+,;<>\\'.includes(char)) return `\\${char}`;
      if (index === 0 && (char === '#' || char === ' ')) return `\\${char}`;
      if (index === chars.length - 1 && char === ' ') return '\\ ';
      return char;
    })
    .join('');
}

function attributeText(attribute: Tlv): string {
  const [typeTlv, value] = children(expectTag(attribute, TAG.SEQUENCE, 'AttributeTypeAndValue'));
  const oid = oidText(expectTag(typeTlv, TAG.OID, 'attribute type').value);
  if (!value) throw new DerError('attribute without a value', attribute.start);
  const name = SHORT_NAMES.get(oid);
  const decode = STRING_TAGS[value.tag];
  // RFC 4514 §2.4: a type written as an OID, or a value that is not a string, is '#' and the
  // hex of its BER encoding.
  if (!name || !decode) return `${name ?? oid}=#${bytesToHex(value.raw).toUpperCase()}`;
  return `${name}=${escapeValue(decode(value.value))}`;
}

/**
 * A Name (RFC 5280 §4.1.2.4) as an RFC 4514 string: the RDNs last to first, separated by ',';
 * the attributes of a multi-valued RDN joined by '+', in their DER order.
 */
export function nameToString(name: Tlv): string {
  return children(expectTag(name, TAG.SEQUENCE, 'Name'))
    .map((rdn) => children(expectTag(rdn, TAG.SET, 'RelativeDistinguishedName')).map(attributeText))
    .reverse()
    .map((attributes) => attributes.join('+'))
    .join(',');
}
