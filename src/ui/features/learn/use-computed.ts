import { useEffect, useState } from 'react';

/**
 * An asynchronous value of the view's data (a digest: WebCrypto is asynchronous), shown only
 * for the `key` it was computed for: a value that arrives for other data is never shown.
 */
export function useComputed<T>(
  key: string,
  compute: () => Promise<T> | undefined,
): { readonly value: T | undefined; readonly failed: boolean } {
  const [state, setState] = useState<{ key: string; value?: T; failed: boolean }>();
  useEffect(() => {
    let live = true;
    const running = compute();
    running?.then(
      (value) => {
        if (live) setState({ key, value, failed: false });
      },
      (error: unknown) => {
        console.error('jwt-debugger: a learning-view value could not be computed', error);
        if (live) setState({ key, failed: true });
      },
    );
    return () => {
      live = false;
    };
    // `key` names everything `compute` reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state?.key === key
    ? { value: state.value, failed: state.failed }
    : { value: undefined, failed: false };
}
