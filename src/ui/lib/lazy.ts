import { useCallback, useEffect, useState } from 'react';
import { Lazy } from '../../core/lazy';

export interface Deferred<T> {
  /** The module, once it has arrived. */
  readonly module: T | undefined;
  /** It could not be loaded (offline, a new deploy): say so, offer `retry`. */
  readonly failed: boolean;
  readonly retry: () => void;
}

/**
 * The module a `Lazy` holds, loaded when first wanted (`undefined`: not wanted yet). One that
 * is loaded already is there in this render: a panel of a kind seen before is drawn in the
 * render that reads its token, not a task (and a painted frame) later.
 */
export function useLazy<T>(lazy: Lazy<T> | undefined): Deferred<T> {
  const [, setArrived] = useState<T>();
  const [failure, setFailure] = useState<{ readonly of: Lazy<T>; readonly attempt: number }>();
  const [attempt, setAttempt] = useState(0);
  const failed = lazy !== undefined && failure?.of === lazy && failure.attempt === attempt;
  const module = lazy?.current;
  useEffect(() => {
    if (!lazy || lazy.current !== undefined) return undefined;
    let live = true;
    lazy.get().then(
      (loaded) => {
        if (live) setArrived(() => loaded);
      },
      (error: unknown) => {
        console.error('jwt-debugger: cannot load a part of the page', error);
        if (live) setFailure({ of: lazy, attempt });
      },
    );
    return () => {
      live = false;
    };
  }, [lazy, attempt]);
  // The same function from render to render, so that a memoised panel given it stays as it is.
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { module, failed, retry };
}

/**
 * A module the first screen can do without, loaded after the first paint, or when `wanted`
 * (the size budget in docs/performance.md counts only what loads at start).
 */
export function useDeferredModule<T>(load: () => Promise<T>, wanted = true): Deferred<T> {
  // The loader is a constant import() expression: one Lazy for the component's life.
  const [lazy] = useState(() => new Lazy(load));
  return useLazy(wanted ? lazy : undefined);
}
