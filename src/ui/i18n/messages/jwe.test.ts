/** The JWE message tables: both languages fill in the same values, and say what the contract asks. */
import { describe, expect, it } from 'vitest';
import { jweEn, jweLintEn, jweLintZh, jweStepEn, jweStepZh, jweZh } from './jwe';

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('JWE messages', () => {
  for (const [name, en, zh] of [
    ['codes', jweEn, jweZh],
    ['lints', jweLintEn, jweLintZh],
    ['steps', jweStepEn, jweStepZh],
  ] as const) {
    it(`${name}: the Chinese text has the same keys and placeholders as the English, and is Chinese`, () => {
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        const chinese = (zh as Record<string, string>)[key]!;
        expect({ key, placeholders: placeholders(chinese) }).toEqual({
          key,
          placeholders: placeholders(text),
        });
        expect({ key, han: /\p{Script=Han}/u.test(chinese) }).toEqual({ key, han: true });
      }
    });
  }
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
