import { describe, expect, it } from 'vitest';
import { headerParameters, payloadClaims, type ClaimInfo } from '../../../core/claims/catalogue';
import { claimTextsEn } from './en';
import type { ClaimTexts } from './types';
import { claimTextsZh } from './zh';

const GENERIC_KEYS = ['private', 'public'] as const;

const keyOf = (info: ClaimInfo): string => `${info.where}:${info.name}`;

const catalogueKeys = [...payloadClaims, ...headerParameters].map(keyOf);
const requiredKeys = [...catalogueKeys, ...GENERIC_KEYS];

const tables: readonly [string, ClaimTexts][] = [
  ['en', claimTextsEn],
  ['zh', claimTextsZh],
];

describe('claim texts', () => {
  it('the catalogue is not empty and the keys are distinct', () => {
    expect(payloadClaims.length).toBeGreaterThan(0);
    expect(headerParameters.length).toBeGreaterThan(0);
    expect(new Set(requiredKeys).size).toBe(requiredKeys.length);
  });

  describe.each(tables)('%s', (_language, table) => {
    it.each(requiredKeys)('has a title and a description for %s', (key) => {
      expect(Object.hasOwn(table, key)).toBe(true);
      const text = table[key];
      expect(text?.title.trim()).not.toBe('');
      expect(text?.description.trim()).not.toBe('');
    });

    it('has no HTML and no stray whitespace', () => {
      for (const [key, { title, description }] of Object.entries(table)) {
        for (const value of [title, description]) {
          expect(value, key).not.toMatch(/<\/?[a-z][^>]*>/i);
          expect(value, key).toBe(value.trim());
        }
      }
    });
  });

  it('the two tables have exactly the same keys, and no others', () => {
    const en = Object.keys(claimTextsEn).sort();
    const zh = Object.keys(claimTextsZh).sort();
    expect(zh).toEqual(en);
    expect(en).toEqual([...requiredKeys].sort());
  });

  it('no Chinese text is the same as its English text', () => {
    for (const [key, en] of Object.entries(claimTextsEn)) {
      const zh = claimTextsZh[key];
      expect(zh?.title, key).not.toBe(en.title);
      expect(zh?.description, key).not.toBe(en.description);
    }
  });

  it('English descriptions stay short (at most about 250 characters)', () => {
    for (const [key, { description }] of Object.entries(claimTextsEn)) {
      expect(description.length, key).toBeLessThanOrEqual(280);
    }
  });
});
