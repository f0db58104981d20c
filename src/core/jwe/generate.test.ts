/** Generate key for each JWE alg: the texts it gives encrypt in our engine and decrypt in jose. */
import { compactDecrypt, importPKCS8 } from 'jose';
import { describe, expect, it } from 'vitest';
import { JWE_ALGS } from './algorithms';
import { encryptJwe } from './encrypt';
import { generateJweKey } from './generate';
import { readDecryptionKey } from './key';
import { keyManagementAlgorithm, contentEncryptionAlgorithm } from './algorithms';
import { text, utf8 } from './__tests__/tokens';

const ENC = 'A128CBC-HS256';

describe('generateJweKey', () => {
  for (const alg of JWE_ALGS.filter((name) => name !== 'RSA1_5')) {
    const curves =
      keyManagementAlgorithm(alg)!.keyKind === 'ECDH'
        ? (['P-256', 'P-384', 'P-521', 'X25519'] as const)
        : ([undefined] as const);
    for (const curve of curves) {
      it(`${alg}${curve ? ` on ${curve}` : ''}: the pair encrypts here and decrypts in jose`, async () => {
        const generated = await generateJweKey(alg, { enc: ENC, ...(curve ? { curve } : {}) });
        if (!generated.ok) throw new Error(JSON.stringify(generated));
        const made = await encryptJwe({
          protectedHeader: JSON.stringify({ alg, enc: ENC }),
          plaintext: utf8('generated'),
          key: generated.encryptionKey,
        });
        if (made.status !== 'encrypted') throw new Error(JSON.stringify(made));
        const entry = keyManagementAlgorithm(alg)!;
        const joseKey =
          entry.keyKind === 'oct'
            ? new Uint8Array(
                Buffer.from((JSON.parse(generated.decryptionKey) as { k: string }).k, 'base64url'),
              )
            : entry.keyKind === 'password'
              ? utf8(generated.decryptionKey)
              : await importPKCS8(generated.decryptionKey, alg);
        const { plaintext } = await compactDecrypt(made.token, joseKey, {
          keyManagementAlgorithms: [alg],
        });
        expect(text(plaintext)).toBe('generated');
        const read = await readDecryptionKey(generated.decryptionKey, {
          alg: entry,
          enc: contentEncryptionAlgorithm(ENC)!,
        });
        expect(read.ok).toBe(true);
      });
    }
  }

  it('sizes: dir takes the enc CEK size, A*KW their own; RSA 2048; a fresh key each time', async () => {
    const dir = await generateJweKey('dir', { enc: 'A256CBC-HS512' });
    expect(dir).toMatchObject({ ok: true, kind: 'secret', bits: 512 });
    expect(await generateJweKey('A192GCMKW')).toMatchObject({ ok: true, bits: 192 });
    expect(await generateJweKey('RSA-OAEP-256')).toMatchObject({
      ok: true,
      kind: 'pair',
      bits: 2048,
    });
    expect(await generateJweKey('PBES2-HS512+A256KW')).toMatchObject({
      ok: true,
      kind: 'password',
      bits: 144,
    });
    const again = await generateJweKey('dir', { enc: 'A256CBC-HS512' });
    expect(dir.ok && again.ok && dir.encryptionKey !== again.encryptionKey).toBe(true);
  });

  it('refuses what it cannot make, by name', async () => {
    expect(await generateJweKey('RSA1_5')).toMatchObject({
      ok: false,
      code: 'JWE_ALG_UNSUPPORTED',
      detail: { name: 'RSA1_5' },
    });
    expect(await generateJweKey('HS256')).toEqual({
      ok: false,
      code: 'JWE_ALG_UNKNOWN',
      detail: { alg: 'HS256' },
    });
    expect(await generateJweKey('dir')).toMatchObject({ ok: false, code: 'JWE_ENC_UNKNOWN' });
  });
});
