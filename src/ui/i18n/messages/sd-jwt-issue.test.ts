import { describe, expect, it } from 'vitest';
import { sdJwtIssueEn, sdJwtIssueZh } from './sd-jwt-issue';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('SD-JWT issuing messages', () => {
  it('have a Chinese text for every key with the same placeholders', () => {
    expect(Object.keys(sdJwtIssueZh).sort()).toEqual(Object.keys(sdJwtIssueEn).sort());
    for (const [key, text] of Object.entries(sdJwtIssueEn))
      expect(placeholders(sdJwtIssueZh[key as keyof typeof sdJwtIssueEn]), key).toEqual(
        placeholders(text),
      );
  });

  it('write Chinese in Chinese: CJK text, full-width punctuation; sentences end in 。', () => {
    for (const [key, text] of Object.entries(sdJwtIssueZh)) {
      expect(text, key).toMatch(/[\u4e00-\u9fff]/);
      expect(text.replace(/\{[^}]*\}|"[^"]*"|[\w.:/#+-]+/g, ''), key).not.toMatch(/[,;!?()]/);
      if (sdJwtIssueEn[key as keyof typeof sdJwtIssueEn].endsWith('.'))
        expect(text, key).toMatch(/。$/);
    }
  });

  it('the checkbox name is the contract\'s, "Selectively disclosable: NAME"', () => {
    expect(sdJwtIssueEn['issue.claim']).toBe('Selectively disclosable: {name}');
    expect(sdJwtIssueEn['issue.signedPayload']).toBe('Signed payload');
  });
});
