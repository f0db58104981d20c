/**
 * One term per concept across the page's Chinese (zh.ts, the claim texts, the claims messages and
 * the other features' message tables), and full-width punctuation after Chinese text in the first
 * three. A new text that says 主题 for `sub`, 颁发 for "issue", or ends a Chinese sentence with
 * "," fails here. The terms are zh-glossary.ts's.
 */
import { describe, expect, it } from 'vitest';
import { claimTextsZh } from './claims/zh';
import { claimMessagesZh } from './messages/claims';
import { jsonPrettyZh } from './messages/json-pretty';
import { jwsJsonZh } from './messages/jws-json';
import { jweUiZh } from './messages/jwe-ui';
import { learnMessages } from './messages/learn';
import { learnKindsZh } from './messages/learn-kinds';
import { sdJwtZh } from './messages/sd-jwt';
import { sdJwtIssueZh } from './messages/sd-jwt-issue';
import { sdJwtUiZh } from './messages/sd-jwt-ui';
import { zh } from './zh';
import { GLOSSARY } from './zh-glossary';

/** The terms are the glossary's (zh-glossary.ts); zh-style.test.ts holds every table to them. */
const TERMS = GLOSSARY;

const TEXTS: readonly (readonly [key: string, text: string])[] = [
  ...Object.entries(zh).map(([key, text]) => [`zh.ts ${key}`, text] as const),
  ...Object.entries(claimTextsZh).flatMap(([key, { title, description }]) => [
    [`claims ${key}`, title] as const,
    [`claims ${key}`, description] as const,
  ]),
  ...Object.entries(claimMessagesZh).map(([key, text]) => [`messages ${key}`, text] as const),
];

/** The other features' tables keep the same terms (their own tests check their punctuation). */
const FEATURE_TEXTS: readonly (readonly [key: string, text: string])[] = [
  ...Object.entries(sdJwtZh),
  ...Object.entries(sdJwtUiZh),
  ...Object.entries(sdJwtIssueZh),
  ...Object.entries(jwsJsonZh),
  ...Object.entries(learnMessages.zh),
  ...Object.entries(learnKindsZh),
  ...Object.entries(jweUiZh),
  ...Object.entries(jsonPrettyZh),
].map(([key, text]) => [`feature ${key}`, text] as const);

const CJK = '\\u3400-\\u9fff';

describe('Chinese: one term per concept', () => {
  it.each(TERMS)('$concept is $use everywhere', ({ avoid, except }) => {
    const found = [...TEXTS, ...FEATURE_TEXTS]
      .filter(([key, text]) => avoid.test(text) && !except?.(key.replace(/^zh\.ts /, 'zh.')))
      .map(([key, text]) => `${key}: ${text}`);
    expect(found).toEqual([]);
  });

  it('sub is 主体 in the claim texts', () => {
    expect(claimTextsZh['payload:sub']?.title).toContain('主体');
  });
});

describe('Chinese: full-width punctuation after Chinese text', () => {
  it('no ASCII , . ; : ! ? or parenthesis right after a Chinese character', () => {
    const after = new RegExp(`[${CJK}][,.;:!?()]`);
    const found = TEXTS.filter(([, text]) => after.test(text)).map(([k, t]) => `${k}: ${t}`);
    expect(found).toEqual([]);
  });

  it('no Chinese inside ASCII parentheses', () => {
    const inside = new RegExp(`\\([^()]*[${CJK}][^()]*\\)`);
    const found = TEXTS.filter(([, text]) => inside.test(text)).map(([k, t]) => `${k}: ${t}`);
    expect(found).toEqual([]);
  });

  it('the check finds what it is meant to find', () => {
    const after = new RegExp(`[${CJK}][,.;:!?()]`);
    expect(after.test('令牌,')).toBe(true);
    expect(after.test('令牌，')).toBe(false);
    expect(TERMS[0]?.avoid.test('主题（用户标识）')).toBe(true);
  });
});
