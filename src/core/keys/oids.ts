import type { Curve } from '../algorithms';

/** Algorithm identifiers found in SPKI and PKCS#8 (RFC 5480, RFC 8410, RFC 3279, FIPS 204). */
export const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsassaPss: '1.2.840.113549.1.1.10',
  ecPublicKey: '1.2.840.10045.2.1',
  ed25519: '1.3.101.112',
  ed448: '1.3.101.113',
  x25519: '1.3.101.110',
  x448: '1.3.101.111',
  dsa: '1.2.840.10040.4.1',
  mlDsa44: '2.16.840.1.101.3.4.3.17',
  mlDsa65: '2.16.840.1.101.3.4.3.18',
  mlDsa87: '2.16.840.1.101.3.4.3.19',
} as const;

/** Named curves (RFC 5480 §2.1.1.1, SEC 2). Those WebCrypto lacks are here to be named. */
export const CURVE_OIDS: ReadonlyMap<string, string> = new Map([
  ['1.2.840.10045.3.1.7', 'P-256'],
  ['1.3.132.0.34', 'P-384'],
  ['1.3.132.0.35', 'P-521'],
  ['1.3.132.0.10', 'secp256k1'],
  ['1.3.36.3.3.2.8.1.1.7', 'brainpoolP256r1'],
  ['1.3.36.3.3.2.8.1.1.11', 'brainpoolP384r1'],
  ['1.3.36.3.3.2.8.1.1.13', 'brainpoolP512r1'],
  ['1.2.840.10045.3.1.1', 'P-192'],
  ['1.3.132.0.33', 'P-224'],
]);

export const CURVE_OID_BY_NAME: ReadonlyMap<string, string> = new Map(
  [...CURVE_OIDS].map(([oid, name]) => [name, oid]),
);

export function isWebCryptoCurve(name: string): name is Curve {
  return name === 'P-256' || name === 'P-384' || name === 'P-521' || name === 'Ed25519';
}
