import { useEffect, useState } from 'react';
import { isAlgorithmSupported } from '../../core/support';

/** Whether this browser's WebCrypto has the alg; assumed yes until the probe answers. */
export function useSupported(alg: string | undefined): boolean {
  const [answer, setAnswer] = useState<{ alg: string; supported: boolean } | undefined>();
  useEffect(() => {
    if (alg === undefined) return;
    let live = true;
    isAlgorithmSupported(alg).then((supported) => {
      if (live) setAnswer({ alg, supported });
    });
    return () => {
      live = false;
    };
  }, [alg]);
  // `none` needs no WebCrypto at all; unknown answers count as yes until the probe says no.
  if (alg === undefined || alg === 'none' || answer?.alg !== alg) return true;
  return answer.supported;
}
