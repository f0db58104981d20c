import { useCallback, useEffect, useState } from 'react';

export interface Deferred<T> {
  /** The module, once it has arrived. */
  readonly module: T | undefined;
  /** It could not be loaded (offline, a new deploy): say so, offer `retry`. */
  readonly failed: boolean;
  readonly retry: () => void;
}

/**
 * A module the first screen can do without, loaded after the first paint, or when `wanted`
 * (the size budget in docs/performance.md counts only what loads at start).
 */
export function useDeferredModule<T>(load: () => Promise<T>, wanted = true): Deferred<T> {
  const [state, setState] = useState<{ module?: T; failed: boolean }>({ failed: false });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted) return undefined;
    let live = true;
    load().then(
      (loaded) => {
        if (live) setState({ module: loaded, failed: false });
      },
      (error: unknown) => {
        console.error('jwt-debugger: cannot load a part of the page', error);
        if (live) setState({ failed: true });
      },
    );
    return () => {
      live = false;
    };
    // The loader is a constant import() expression: load once per attempt, once wanted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt, wanted]);
  // The same function from render to render, so that a memoised panel given it stays as it is.
  const retry = useCallback(() => {
    setState({ failed: false });
    setAttempt((n) => n + 1);
  }, []);
  return { module: state.module, failed: state.failed, retry };
}
