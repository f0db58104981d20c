/**
 * Every alg × enc pair Node's WebCrypto can do (all but RSA1_5; ECDH-ES on each curve), with the
 * fixture key texts for our side and the key material for an oracle's side.
 */
import {
  JWE_ALGS,
  JWE_ENCS,
  contentEncryptionAlgorithm,
  keyManagementAlgorithm,
} from '../algorithms';
import { jweKey, passwords, secrets } from '../__fixtures__';

export interface PairCase {
  readonly alg: string;
  readonly enc: string;
  readonly curve?: 'P-256' | 'P-384' | 'P-521' | 'X25519';
  /** What goes into `Encryption key` and `Decryption key`. */
  readonly encryptionKey: string;
  readonly decryptionKey: string;
  /** The fixture key pair's name, for asymmetric algs. */
  readonly keyName?: string;
  /** Raw octets for symmetric algs and PBES2 (the password's UTF-8). */
  readonly secret?: Uint8Array;
  readonly label: string;
}

const CURVE_KEYS = { 'P-256': 'p256', 'P-384': 'p384', 'P-521': 'p521', X25519: 'x25519' } as const;

export function secretFor(bits: number): string {
  return secrets[`oct${bits}`]!;
}

export function pairCases(): PairCase[] {
  const cases: PairCase[] = [];
  for (const alg of JWE_ALGS) {
    const entry = keyManagementAlgorithm(alg)!;
    if (entry.family === 'rsa1_5') continue;
    for (const enc of JWE_ENCS) {
      const encEntry = contentEncryptionAlgorithm(enc)!;
      const label = `${alg} × ${enc}`;
      if (entry.keyKind === 'oct') {
        const bits = entry.family === 'dir' ? encEntry.cekBytes * 8 : entry.kwBits!;
        const text = secretFor(bits);
        const secret = new Uint8Array(Buffer.from(text, 'base64url'));
        cases.push({ alg, enc, encryptionKey: text, decryptionKey: text, secret, label });
      } else if (entry.keyKind === 'password') {
        const secret = new TextEncoder().encode(passwords.strong);
        cases.push({
          alg,
          enc,
          encryptionKey: passwords.strong,
          decryptionKey: passwords.strong,
          secret,
          label,
        });
      } else if (entry.keyKind === 'RSA') {
        const key = jweKey('rsa2048');
        cases.push({
          alg,
          enc,
          encryptionKey: key.spki,
          decryptionKey: key.pkcs8,
          keyName: 'rsa2048',
          label,
        });
      } else {
        for (const curve of ['P-256', 'P-384', 'P-521', 'X25519'] as const) {
          const keyName = CURVE_KEYS[curve];
          const key = jweKey(keyName);
          cases.push({
            alg,
            enc,
            curve,
            encryptionKey: key.spki,
            decryptionKey: key.pkcs8,
            keyName,
            label: `${label} (${curve})`,
          });
        }
      }
    }
  }
  return cases;
}
