import { describe, expect, it, vi } from 'vitest';
import { Chunks, Lazy } from './chunks';
import { EMPTY_KEYS } from '../debug/key-inputs';
import { readToken } from '../token/read';
import { inspectToken } from './inspect-token';
import { jweVector } from '../jwe/__fixtures__';
import { vectorKeyText } from '../jwe/__tests__/tokens';

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
});
