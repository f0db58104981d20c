import { useEffect, useState } from 'react';

/**
 * A module the first screen can do without, loaded after the first paint (the size budget in
 * docs/performance.md counts only what loads at start). Undefined until it arrives.
 */
export function useDeferredModule<T>(load: () => Promise<T>): T | undefined {
  const [module, setModule] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => {
        if (live) setModule(() => loaded);
      },
      (error: unknown) => console.error('jwt-debugger: cannot load a part of the page', error),
    );
    return () => {
      live = false;
    };
    // The loader is a constant import() expression: load once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return module;
}
