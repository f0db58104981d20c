import { jwsAlgorithm } from './algorithms';

/**
 * Feature detection: some runtimes lack an algorithm (ML-DSA arrived in Chromium 156; Node 20
 * has none). A runtime supports an alg when it can generate a key for it. Cached per alg.
 */
const cache = new Map<string, Promise<boolean>>();

export function isAlgorithmSupported(alg: string): Promise<boolean> {
  const entry = jwsAlgorithm(alg);
  if (!entry || entry.family === 'none') return Promise.resolve(false);
  let known = cache.get(alg);
  if (!known) {
    known = probe(entry.family, entry.importParams);
    cache.set(alg, known);
  }
  return known;
}

async function probe(family: string, params: Algorithm): Promise<boolean> {
  // Only the algorithms that are not universal need a probe.
  if (family !== 'ml-dsa' && family !== 'eddsa') return true;
  try {
    await crypto.subtle.generateKey(params, false, ['sign', 'verify']);
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'NotSupportedError') return false;
    // Some runtimes throw a TypeError or SyntaxError for an unknown algorithm name.
    if (error instanceof TypeError || (error instanceof Error && error.name === 'SyntaxError')) {
      return false;
    }
    throw error;
  }
}
