import { describe, expect, it } from 'vitest';
import { jsonPrettyEn, jsonPrettyZh } from './json-pretty';
import { jweEn, jweLintEn, jweLintZh, jweZh } from './jwe';
import { jwsJsonEn, jwsJsonZh } from './jws-json';
import { sdJwtEn, sdJwtZh } from './sd-jwt';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['sd-jwt', sdJwtEn, sdJwtZh],
  ['jws-json', jwsJsonEn, jwsJsonZh],
  ['jwe', jweEn, jweZh],
  ['jwe lints', jweLintEn, jweLintZh],
  ['json pretty', jsonPrettyEn, jsonPrettyZh],
] as const)('%s messages', (_, en, zh) => {
  it('have a Chinese text for every code with the same placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [code, text] of Object.entries(en)) {
      expect(placeholders((zh as Record<string, string>)[code]!), code).toEqual(placeholders(text));
    }
  });

  it('write Chinese in Chinese: CJK text, full-width punctuation, no ASCII sentence marks', () => {
    for (const [code, text] of Object.entries(zh)) {
      expect(text, code).toMatch(/[\u4e00-\u9fff]/);
      expect(text.replace(/\{[^}]*\}|\[[^\]]*\]|"[^"]*"|[\w.:/#+-]+/g, ''), code).not.toMatch(
        /[,;!?()]/,
      );
      expect(text, code).toMatch(/[。）]$/);
    }
  });
});
