/**
 * jose (panva/jose 6, an independent implementation on the same WebCrypto) as the oracle, both
 * ways, for every alg × enc pair Node's WebCrypto can do: what jose encrypts decrypts here to
 * the same plaintext, and what we encrypt decrypts in jose.
 */
import {
  CompactEncrypt,
  compactDecrypt,
  importPKCS8,
  importSPKI,
  type CryptoKey as JoseKey,
} from 'jose';
import { describe, expect, it } from 'vitest';
import { decryptJwe } from './decrypt';
import { encryptJwe } from './encrypt';
import { parseJwe } from './parse';
import { jweKey } from './__fixtures__';
import { pairCases, type PairCase } from './__tests__/cases';
import { text, utf8 } from './__tests__/tokens';

const PLAINTEXT = '{"sub":"1234567890","name":"Jane Doe","note":"Grüße, 世界 🌍"}';

async function joseKey(entry: PairCase, use: 'encrypt' | 'decrypt'): Promise<JoseKey | Uint8Array> {
  if (entry.secret) return entry.secret;
  const key = jweKey(entry.keyName!);
  return use === 'encrypt' ? importSPKI(key.spki, entry.alg) : importPKCS8(key.pkcs8, entry.alg);
}

const joseOptions = (entry: PairCase) => ({
  keyManagementAlgorithms: [entry.alg],
  contentEncryptionAlgorithms: [entry.enc],
});

describe('jose → us: tokens jose encrypts decrypt here', () => {
  for (const entry of pairCases()) {
    it(entry.label, async () => {
      const token = await new CompactEncrypt(utf8(PLAINTEXT))
        .setProtectedHeader({ alg: entry.alg, enc: entry.enc, kid: 'jose' })
        .encrypt(await joseKey(entry, 'encrypt'));
      const result = await decryptJwe(parseJwe(token), entry.decryptionKey);
      if (result.status !== 'decrypted') throw new Error(JSON.stringify(result));
      expect(text(result.plaintext)).toBe(PLAINTEXT);
      expect(result).toMatchObject({ alg: entry.alg, enc: entry.enc });
    });
  }
});

describe('us → jose: tokens we encrypt decrypt in jose', () => {
  for (const entry of pairCases()) {
    it(entry.label, async () => {
      const header = JSON.stringify({ alg: entry.alg, enc: entry.enc, typ: 'JWT' });
      const result = await encryptJwe({
        protectedHeader: header,
        plaintext: utf8(PLAINTEXT),
        key: entry.encryptionKey,
      });
      if (result.status !== 'encrypted') throw new Error(JSON.stringify(result));
      const { plaintext, protectedHeader } = await compactDecrypt(
        result.token,
        await joseKey(entry, 'decrypt'),
        joseOptions(entry),
      );
      expect(text(plaintext)).toBe(PLAINTEXT);
      expect(protectedHeader).toMatchObject({ alg: entry.alg, enc: entry.enc, typ: 'JWT' });
    });
  }
});

describe('zip "DEF" both ways with jose', () => {
  const entry = pairCases().find(
    (candidate) => candidate.alg === 'A256KW' && candidate.enc === 'A256GCM',
  )!;
  const long = PLAINTEXT.repeat(50);
  it('jose compresses, we inflate', async () => {
    const token = await new CompactEncrypt(utf8(long))
      .setProtectedHeader({ alg: entry.alg, enc: entry.enc, zip: 'DEF' })
      .encrypt(await joseKey(entry, 'encrypt'));
    const result = await decryptJwe(parseJwe(token), entry.decryptionKey);
    expect(result.status === 'decrypted' && text(result.plaintext)).toBe(long);
  });
  it('we compress, jose inflates', async () => {
    const header = JSON.stringify({ alg: entry.alg, enc: entry.enc, zip: 'DEF' });
    const result = await encryptJwe({
      protectedHeader: header,
      plaintext: utf8(long),
      key: entry.encryptionKey,
    });
    if (result.status !== 'encrypted') throw new Error(JSON.stringify(result));
    expect(result.values.compressed!.length).toBeLessThan(long.length / 10);
    const { plaintext } = await compactDecrypt(
      result.token,
      await joseKey(entry, 'decrypt'),
      joseOptions(entry),
    );
    expect(text(plaintext)).toBe(long);
  });
});
