/**
 * jwcrypto 1.1 (Debian's python3-jwcrypto, run by /usr/bin/python3) as a second independent
 * oracle, both ways, for a pair of each key-management family, X448 included (jose has none).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAsync } from '../snippets/__tests__/interpreters';
import { decryptJwe } from './decrypt';
import { encryptJwe } from './encrypt';
import { parseJwe } from './parse';
import { jweKey, passwords, secrets } from './__fixtures__';
import { text, utf8 } from './__tests__/tokens';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./__tests__/jwcrypto_oracle.py', import.meta.url));
const PLAINTEXT = 'Sign, then encrypt: «nested» 🔐';

interface Case {
  readonly alg: string;
  readonly enc: string;
  /** Key text for our side (encrypt, decrypt) and the key for jwcrypto. */
  readonly ours: { readonly encrypt: string; readonly decrypt: string };
  readonly theirs: Readonly<Record<string, unknown>>;
}

function pem(name: string): Case['ours'] {
  return { encrypt: jweKey(name).spki, decrypt: jweKey(name).pkcs8 };
}

const CASES: readonly Case[] = [
  {
    alg: 'RSA-OAEP-256',
    enc: 'A256GCM',
    ours: pem('rsa2048'),
    theirs: { pem: jweKey('rsa2048').pkcs8 },
  },
  {
    alg: 'RSA-OAEP',
    enc: 'A128CBC-HS256',
    ours: pem('rsa2048'),
    theirs: { pem: jweKey('rsa2048').pkcs8 },
  },
  {
    alg: 'ECDH-ES+A256KW',
    enc: 'A128CBC-HS256',
    ours: pem('p384'),
    theirs: { pem: jweKey('p384').pkcs8 },
  },
  {
    alg: 'ECDH-ES',
    enc: 'A256GCM',
    ours: pem('x25519'),
    theirs: { jwk: jweKey('x25519').privateJwk },
  },
  {
    alg: 'ECDH-ES+A128KW',
    enc: 'A256GCM',
    ours: pem('x448'),
    theirs: { jwk: jweKey('x448').privateJwk },
  },
  { alg: 'ECDH-ES', enc: 'A192GCM', ours: pem('p521'), theirs: { pem: jweKey('p521').pkcs8 } },
  {
    alg: 'A128GCMKW',
    enc: 'A192CBC-HS384',
    ours: { encrypt: secrets.oct128!, decrypt: secrets.oct128! },
    theirs: { oct: secrets.oct128! },
  },
  {
    alg: 'A192KW',
    enc: 'A128GCM',
    ours: { encrypt: secrets.oct192!, decrypt: secrets.oct192! },
    theirs: { oct: secrets.oct192! },
  },
  {
    alg: 'dir',
    enc: 'A256CBC-HS512',
    ours: { encrypt: secrets.oct512!, decrypt: secrets.oct512! },
    theirs: { oct: secrets.oct512! },
  },
  {
    alg: 'PBES2-HS384+A192KW',
    enc: 'A256GCM',
    ours: { encrypt: passwords.strong, decrypt: passwords.strong },
    theirs: { password: passwords.strong },
  },
];

async function jwcrypto(request: Record<string, unknown>): Promise<Record<string, string>> {
  const result = await runAsync(PYTHON, [SCRIPT], { input: `${JSON.stringify(request)}\n` });
  if (result.status !== 0) throw new Error(`jwcrypto helper failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, string>;
}

describe('jwcrypto → us', () => {
  for (const entry of CASES) {
    it(`${entry.alg} × ${entry.enc}`, async () => {
      const made = await jwcrypto({
        op: 'encrypt',
        alg: entry.alg,
        enc: entry.enc,
        key: entry.theirs,
        plaintext: PLAINTEXT,
      });
      expect(made.error).toBeUndefined();
      const result = await decryptJwe(parseJwe(made.token!), entry.ours.decrypt);
      expect(result.status === 'decrypted' && text(result.plaintext)).toBe(PLAINTEXT);
    });
  }
});

describe('us → jwcrypto', () => {
  for (const entry of CASES) {
    it(`${entry.alg} × ${entry.enc}`, async () => {
      const header = JSON.stringify({ alg: entry.alg, enc: entry.enc });
      const made = await encryptJwe({
        protectedHeader: header,
        plaintext: utf8(PLAINTEXT),
        key: entry.ours.encrypt,
      });
      if (made.status !== 'encrypted') throw new Error(JSON.stringify(made));
      const opened = await jwcrypto({
        op: 'decrypt',
        alg: entry.alg,
        enc: entry.enc,
        key: entry.theirs,
        token: made.token,
      });
      expect(opened).toEqual({ plaintext: PLAINTEXT });
    });
  }
});
