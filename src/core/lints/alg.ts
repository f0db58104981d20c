import type { Check } from './types';

/**
 * `alg` "none" (RFC 7518 §3.6) in any spelling. Algorithm names are case-sensitive, so "None"
 * is not "none"; but verifiers that compare case-insensitively have accepted "noNE" (RFC 8725
 * §2.1), so every spelling is flagged and the one used is reported.
 */
export const checkAlgNone: Check = ({ parsed }) => {
  const alg = parsed.protectedHeader?.alg;
  if (typeof alg !== 'string' || alg.toLowerCase() !== 'none') return [];
  return [{ rule: 'alg-none', detail: { alg, exact: alg === 'none' } }];
};
