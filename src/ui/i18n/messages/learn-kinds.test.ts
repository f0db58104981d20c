import { describe, expect, it } from 'vitest';
import { jweUiEn, jweUiZh } from './jwe-ui';
import { learnKindsEn, learnKindsZh } from './learn-kinds';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const CJK = '\\u3400-\\u9fff';

describe.each([
  ['learning views of a JWE and an SD-JWT', learnKindsEn, learnKindsZh],
  ['JWE panels', jweUiEn, jweUiZh],
] as const)('%s', (_, en, zh) => {
  it('have a Chinese text for every key with the same placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(placeholders((zh as Record<string, string>)[key]!), key).toEqual(placeholders(text));
    }
  });

  it('write Chinese in Chinese: CJK text, full-width punctuation after it, sentences end in 。', () => {
    for (const [key, text] of Object.entries(zh)) {
      expect(text, key).toMatch(new RegExp(`[${CJK}]`));
      expect(text, key).not.toMatch(new RegExp(`[${CJK}][,.;:!?()]`));
      // A sentence (the English ends in a full stop) ends in a full-width one.
      if ((en as Record<string, string>)[key]!.endsWith('.')) expect(text, key).toMatch(/[。）]$/);
    }
  });
});
