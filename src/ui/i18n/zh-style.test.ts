/**
 * Every Chinese table of the page read as one text (issue 12, point 8): full-width punctuation
 * beside Chinese characters, Chinese inside full-width brackets, one term per concept (the
 * glossary, zh-glossary.ts), and no English left beyond names. It reaches every table listed in
 * zh-tables.ts, so a new feature's table is checked once it is listed there.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from './zh-glossary';
import { ZH_TEXTS as TEXTS } from './zh-tables';

/** Han characters and the full-width punctuation around them. */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
/** ASCII punctuation touching a Han character on either side; a `.` that ends a sentence. */
const ASCII_BESIDE_HAN = new RegExp(`[${HAN}][,:;?!()]|[,:;?!()][${HAN}]|[${HAN}]\\.(?![\\w.])`);
/** `(…)` holding Chinese: a Chinese aside takes full-width brackets（…）. */
const HAN_IN_ASCII_PARENS = new RegExp(`\\([^()]*[${HAN}][^()]*\\)`);

/**
 * A `{name}` placeholder is filled in at run time, with Chinese words ({category}, {what}) or
 * with names ({alg}): it is read as a Chinese character, so `{category}:` fails as `数据:` would,
 * and `{alg}：` passes. (The space between Chinese and a name put in is the browser's:
 * `text-autospace` in styles.css, as a placeholder's neighbours cannot know what it will be.)
 */
function asRead(text: string): string {
  return text.replace(/\{\w+\}/g, '字');
}

function offending(test: (text: string) => boolean) {
  return TEXTS.filter(({ text }) => test(asRead(text))).map(
    ({ where, text }) => `${where}: ${text}`,
  );
}

describe('Chinese punctuation beside Chinese text is full-width', () => {
  it('no ASCII , : ; ? ! ( ) or sentence-ending . touching a Chinese character', () => {
    expect(offending((text) => ASCII_BESIDE_HAN.test(text))).toEqual([]);
  });

  it('no Chinese inside ASCII parentheses', () => {
    expect(offending((text) => HAN_IN_ASCII_PARENS.test(text))).toEqual([]);
  });

  it('the checks find what they are meant to find', () => {
    expect(ASCII_BESIDE_HAN.test('令牌,')).toBe(true);
    expect(ASCII_BESIDE_HAN.test('(令牌')).toBe(true);
    expect(ASCII_BESIDE_HAN.test('令牌。')).toBe(false);
    expect(ASCII_BESIDE_HAN.test('见 RFC 7519 §4.1.1。')).toBe(false);
    expect(ASCII_BESIDE_HAN.test('签名.')).toBe(true);
    expect(HAN_IN_ASCII_PARENS.test('alg (算法)')).toBe(true);
    expect(HAN_IN_ASCII_PARENS.test('（RFC 7519）')).toBe(false);
  });
});

/**
 * Chinese texts with no Chinese in them: each one a name (an encoding, a format, a product, a
 * claim, a code identifier) or a placeholder alone. Anything else is English left untranslated.
 */
const NAMES_ONLY = new Set([
  'zh.key.encoding.utf8',
  'zh.key.encoding.base64url',
  'zh.key.encoding.base64',
  'zhLater.format.jwk',
  'zhLater.format.jwks',
  'zhLater.facts.akp',
  'zhLater.facts.okp',
  'zhLater.time.utc',
  'zhLater.lint.kid.kind.sql',
  'zhLater.lint.from.iat',
  'zhLater.lint.from.nbf',
  'claimMessagesZh.provider.google',
  'claimMessagesZh.provider.entra',
  'claimMessagesZh.provider.auth0',
  'claimMessagesZh.provider.okta',
  'claimMessagesZh.provider.keycloak',
  'claimMessagesZh.provider.cognito',
  'claimMessagesZh.provider.firebase',
  'claimMessagesZh.provider.github-actions',
  'claimMessagesZh.provider.kubernetes',
  'claimMessagesZh.provider.flask-jwt-extended',
  'claimMessagesZh.provider.flask-jwt',
  'learnZh.how.base64.title',
  'learnZh.how.base64url.title',
  'learnZh.how.key.secret',
  'learnZh.how.key.privateKey',
  'strictZh.facts.okp',
]);
/** The Examples menu's algorithm names, e.g. "RS256 — RSA PKCS#1 v1.5 + SHA-256". */
const EXAMPLE_NAMES = /^zhLater\.example\.(rs|ps|es)\d{3}$/;
/** Chinese characters or full-width punctuation (a text may be only `，kid "{kid}"`). */
const CHINESE = new RegExp(`[${HAN}\\u3000-\\u303f\\uff00-\\uffef]`);

describe('Chinese: nothing left in English', () => {
  it('a text without a Chinese character is a name listed in NAMES_ONLY', () => {
    const english = TEXTS.filter(
      ({ where, text }) =>
        !CHINESE.test(text) && !NAMES_ONLY.has(where) && !EXAMPLE_NAMES.test(where),
    ).map(({ where, text }) => `${where}: ${text}`);
    expect(english).toEqual([]);
  });

  it('every table is read: the list reaches the tables of each feature', () => {
    const tables = new Set(TEXTS.map(({ where }) => where.slice(0, where.indexOf('.'))));
    expect(tables.size).toBeGreaterThanOrEqual(23);
    expect(TEXTS.length).toBeGreaterThan(1200);
  });
});

describe('Chinese: one term per concept (the glossary in zh-glossary.ts)', () => {
  it.each(GLOSSARY)('$concept is $use everywhere', ({ avoid, except }) => {
    const found = TEXTS.filter(({ text, where }) => avoid.test(text) && !except?.(where)).map(
      ({ where, text }) => `${where}: ${text}`,
    );
    expect(found).toEqual([]);
  });
});
