import { describe, expect, it, vi } from 'vitest';
import { Lazy } from '../lazy';
import { Chunks } from './chunks';
import { EMPTY_KEYS } from '../debug/key-inputs';
import { readToken } from '../token/read';
import { inspectToken } from './inspect-token';
import { key } from '../__fixtures__';
import { parseCompact } from '../jws/parse';
import { signCompact } from '../jws/sign';
import { importKeyText } from '../keys/import';
import { inspectParsed } from '../debug/inspect';
import { jweVector } from '../jwe/__fixtures__';
import { vectorKeyText } from '../jwe/__tests__/tokens';
import { jweKey } from '../jwe/__fixtures__';
import { encodePanes } from './encode-panes';

/** A loader whose module arrives in a task of its own, as Chromium's import() answers. */
function taskLoader<M>(module: M) {
  return vi.fn(() => new Promise<M>((resolve) => setTimeout(() => resolve(module), 0)));
}

describe('Lazy', () => {
  it('loads once, and has a loaded module at hand without waiting for a task', async () => {
    const load = taskLoader({ name: 'jwe' });
    const lazy = new Lazy(load);
    expect(await lazy.get()).toEqual({ name: 'jwe' });
    let taskRan = false;
    setTimeout(() => (taskRan = true), 0);
    expect(await lazy.get()).toEqual({ name: 'jwe' });
    expect(taskRan).toBe(false);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('Chunks', () => {
  it("a JWE is inspected with the holder's chunk, loaded once for every JWE after", async () => {
    const chunks = new Chunks();
    const get = vi.spyOn(chunks.jwe, 'get');
    const vector = jweVector('RFC7516-A.3');
    const token = readToken(vector.compact!);
    if (token.kind !== 'jwe') throw new Error(`read as ${token.kind}`);
    const keys = { ...EMPTY_KEYS, decryptionKey: vectorKeyText(vector) };
    const first = await inspectToken(token, keys, chunks);
    await inspectToken(token, keys, chunks);
    expect(get).toHaveBeenCalledTimes(2);
    expect(first.extra?.kind === 'jwe' && first.extra.decryption.status).toBe('decrypted');
  });

  it("a public key is read with the holder's key chunk, on every verification", async () => {
    const pair = key('ed25519');
    const signKey = (await importKeyText(pair.pkcs8, { alg: 'EdDSA', usage: 'sign' })).cryptoKey;
    const { token } = await signCompact({
      header: '{"alg":"EdDSA"}',
      payload: '{}',
      alg: 'EdDSA',
      key: signKey,
    });
    const chunks = new Chunks();
    const get = vi.spyOn(chunks.keyImport, 'get');
    const keys = { ...EMPTY_KEYS, publicKey: pair.spki };
    for (let round = 0; round < 2; round++) {
      const inspection = await inspectParsed(parseCompact(token), keys, undefined, chunks);
      expect(inspection.verdict.status).toBe('verified');
    }
    expect(get).toHaveBeenCalledTimes(2);
  });

  it("a nested JWT's inner signing reads its key with the holder's key chunk", async () => {
    const pair = key('ed25519');
    const chunks = new Chunks();
    const get = vi.spyOn(chunks.keyImport, 'get');
    const made = await encodePanes(
      {
        kind: 'encode',
        header: '{"alg":"RSA-OAEP-256","enc":"A256GCM"}',
        payload: '{"sub":"dana"}',
        nested: 'EdDSA',
        keys: { ...EMPTY_KEYS, privateKey: pair.pkcs8, encryptionKey: jweKey('rsa2048').spki },
      },
      chunks,
    );
    expect(made.ok).toBe(true);
    // The inner signing key, read with the holder's chunk (not a fresh one of its own).
    expect(get).toHaveBeenCalled();
  });
});
