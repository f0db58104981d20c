import { describe, expect, it } from 'vitest';
import { keyDetailsCodesEn, keyDetailsCodesZh, keyDetailsEn, keyDetailsZh } from './key-details';
import { x509En, x509Zh } from './x509';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** What is left of a Chinese text once names, values and quoted terms are taken out. */
const prose = (text: string) => text.replace(/\{[^}]*\}|\[[^\]]*\]|"[^"]*"|[\w.:/#+-]+/g, '');

describe.each([
  ['x509 findings', x509En, x509Zh, true],
  ['key details findings', keyDetailsCodesEn, keyDetailsCodesZh, true],
  ['key details words', keyDetailsEn, keyDetailsZh, false],
] as const)('%s', (_, en, zh, sentences) => {
  it('have a Chinese text for every key, with the same placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(placeholders((zh as Record<string, string>)[key]!), key).toEqual(placeholders(text));
    }
  });

  it('write Chinese in Chinese: CJK text, full-width punctuation', () => {
    for (const [key, text] of Object.entries(zh as Record<string, string>)) {
      // Names alone (SHA-1, PEM …) may stay as they are; anything with words is Chinese.
      if (/[^\s\p{P}]/u.test(prose(text))) expect(text, key).toMatch(/[\u4e00-\u9fff]/);
      expect(prose(text), key).not.toMatch(/[,;!?()]/);
      if (sentences) expect(text, key).toMatch(/[。）]$/);
    }
  });
});
