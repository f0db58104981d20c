/**
 * The chunks the jobs load when first needed, each imported once per holder (useDebugger keeps
 * one per page; a test that passes none gets a fresh one). Awaiting `import()` waits for a task
 * even when the chunk is loaded: a key pasted for a JWE then started its decryption after the
 * frame that paste painted, and the plaintext came a frame later. With the module at hand the
 * job runs on from the event that started it (docs/performance.md).
 */
export class Lazy<M> {
  private module: M | undefined;
  constructor(private readonly load: () => Promise<M>) {}

  /** The module: without a wait once it is loaded. */
  async get(): Promise<M> {
    return (this.module ??= await this.load());
  }
}

export class Chunks {
  readonly jwe = new Lazy(() => import('../jwe/inspect'));
  readonly sdJwt = new Lazy(() => import('../sd-jwt/inspect'));
  readonly jwsJson = new Lazy(() => import('../jws/json-inspect'));
  readonly encodePanes = new Lazy(() => import('./encode-panes'));
  readonly encode = new Lazy(() => import('../debug/encode'));
}
