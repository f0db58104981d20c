import { describe, expect, it } from 'vitest';
import { Lazy, loadEvery } from './lazy';

describe('loadEvery', () => {
  it('loads every Lazy the holders have, keeps going past one that fails, and leaves the rest alone', async () => {
    let loads = 0;
    class Holder {
      readonly a = new Lazy(async () => ({ name: 'a', load: ++loads }));
      readonly broken = new Lazy<{ name: string }>(() => Promise.reject(new Error('offline')));
      readonly b = new Lazy(async () => ({ name: 'b', load: ++loads }));
      readonly other = { get: () => Promise.reject(new Error('not a Lazy: never called')) };
    }
    class Derived extends Holder {
      readonly c = new Lazy(async () => ({ name: 'c', load: ++loads }));
    }
    const first = new Derived();
    const second = new Holder();
    await loadEvery(first, second);
    expect(first.a.current?.name).toBe('a');
    expect(first.b.current?.name).toBe('b');
    expect(first.c.current?.name).toBe('c');
    expect(second.a.current?.name).toBe('a');
    expect(first.broken.current).toBeUndefined();
    expect(loads).toBe(5);
    // Loaded once: a first use finds it and loads nothing more.
    await first.a.get();
    expect(loads).toBe(5);
  });
});
