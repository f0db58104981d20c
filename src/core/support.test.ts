import { describe, expect, it } from 'vitest';
import { JWS_ALGORITHMS } from './algorithms';
import { algorithmSupportKnown, isAlgorithmSupported } from './support';

describe('algorithmSupportKnown', () => {
  it('knows at once for algs every runtime has, for none and for unknown algs', () => {
    for (const alg of ['HS256', 'RS384', 'PS512', 'ES256'])
      expect(algorithmSupportKnown(alg)).toBe(true);
    expect(algorithmSupportKnown('none')).toBe(false);
    expect(algorithmSupportKnown('HS1')).toBe(false);
  });

  it('knows a probed alg only once its probe has settled, and then as the probe says', async () => {
    expect(algorithmSupportKnown('ML-DSA-65')).toBeUndefined();
    const probed = await isAlgorithmSupported('ML-DSA-65');
    expect(algorithmSupportKnown('ML-DSA-65')).toBe(probed);
  });

  it('agrees with isAlgorithmSupported for every alg, once settled', async () => {
    for (const alg of JWS_ALGORITHMS) {
      const supported = await isAlgorithmSupported(alg);
      expect(algorithmSupportKnown(alg)).toBe(supported);
    }
  });
});
