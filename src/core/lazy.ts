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
