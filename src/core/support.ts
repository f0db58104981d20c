import { jwsAlgorithm } from './algorithms';

/**
 * Feature detection: some runtimes lack an algorithm (ML-DSA arrived in Chromium 156; Node 20
 * has none). A runtime supports an alg when it can generate a key for it. Cached per alg.
 */
const cache = new Map<string, Promise<boolean>>();
/** Probes that have settled, so a caller can skip the await (a tick per verification). */
const settled = new Map<string, boolean>();

/** Only these families are missing from some runtimes; every other alg needs no probe. */
function needsProbe(family: string): boolean {
  return family === 'ml-dsa' || family === 'eddsa';
}

export function isAlgorithmSupported(alg: string): Promise<boolean> {
  const entry = jwsAlgorithm(alg);
  if (!entry || entry.family === 'none') return Promise.resolve(false);
  let known = cache.get(alg);
  if (!known) {
    known = probe(entry.family, entry.importParams);
    cache.set(alg, known);
    // A probe that throws stays unsettled here; its error reaches whoever awaits `known`.
    known.then(
      (supported) => settled.set(alg, supported),
      () => settled.delete(alg),
    );
  }
  return known;
}

/**
 * What isAlgorithmSupported(alg) resolves to, when that is known without waiting: for an alg
 * that needs no probe, or whose probe has settled. `undefined` means: await the promise.
 */
export function algorithmSupportKnown(alg: string): boolean | undefined {
  const entry = jwsAlgorithm(alg);
  if (!entry || entry.family === 'none') return false;
  return needsProbe(entry.family) ? settled.get(alg) : true;
}

async function probe(family: string, params: Algorithm): Promise<boolean> {
  if (!needsProbe(family)) return true;
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
