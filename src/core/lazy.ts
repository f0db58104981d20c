/**
 * A chunk loaded when first needed and kept by whoever holds this (view/chunks.ts: one holder
 * per page). Awaiting `import()` waits for a task even when the chunk is loaded: in a page that
 * task comes after the frame the event paints, so work started from an event (a verification,
 * a decryption) would go on a frame later. With the module at hand it goes on at once.
 */
export class Lazy<M> {
  private module: M | undefined;
  constructor(private readonly load: () => Promise<M>) {}

  /** The module, once loaded: a render can use it in the render that first wants it. */
  get current(): M | undefined {
    return this.module;
  }

  /** The module: without a wait once it is loaded. A load that failed is tried again. */
  async get(): Promise<M> {
    return (this.module ??= await this.load());
  }
}

/**
 * Loads every `Lazy` that the holders have as their own members (view/chunks.ts, the kinds'
 * panels and words), one after another; a load that fails is left for its first use to try
 * again. For a page that has its files at hand already: the next first use of any of them
 * then needs no load.
 */
export async function loadEvery(...holders: readonly object[]): Promise<void> {
  for (const holder of holders) {
    for (const member of Object.values(holder)) {
      if (member instanceof Lazy) await member.get().catch(() => undefined);
    }
  }
}
