/**
 * The JWE message tables beyond what messages.test.ts checks for every feature: the step titles
 * in both languages, and the phrases ui-contract.md fixes for `Decryption status`.
 */
import { describe, expect, it } from 'vitest';
import { jweEn, jweStepEn, jweStepZh } from './jwe';

describe('JWE messages', () => {
  it('every step of "How it\'s made" has a Chinese title', () => {
    expect(Object.keys(jweStepZh).sort()).toEqual(Object.keys(jweStepEn).sort());
    for (const [id, title] of Object.entries(jweStepZh))
      expect(title, id).toMatch(/\p{Script=Han}/u);
  });
  it('what the browser cannot do says "not supported by this browser" and names it', () => {
    for (const code of [
      'JWE_ALG_UNSUPPORTED',
      'JWE_ENC_UNSUPPORTED',
      'JWE_CURVE_UNSUPPORTED',
    ] as const) {
      expect(jweEn[code]).toContain('not supported by this browser');
      expect(jweEn[code]).toContain('{name}');
    }
  });
  it('no failure message uses the status phrases "Decrypted" or "Decryption failed"', () => {
    for (const text of Object.values(jweEn))
      expect(text).not.toMatch(/Decrypted|Decryption failed/);
  });
});
