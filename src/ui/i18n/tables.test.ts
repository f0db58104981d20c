import { describe, expect, it } from 'vitest';
import { en } from './en';
import { enLater } from './en-later';
import type { FeatureMessages } from './index';
import { learnMessages } from './messages/learn';
import { zh } from './zh';
import { zhLater } from './zh-later';

/** Messages that are names in both languages (algorithm, encoding, format names) or punctuation. */
const NAMES =
  /^(how\.(base64|base64url)\.title|how\.key\.(secret|privateKey)|example\.(rs|ps|es)\d{3}|key\.encoding\.(utf8|base64url|base64)|format\.jwks?|facts\.(akp|okp)|time\.utc|lint\.kid\.kind\.sql|lint\.from\.(iat|nbf)|keyerr\.kid|punct\.\w+)$/;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const tables: readonly [string, FeatureMessages<string>][] = [
  ['page', { en, zh }],
  ['later', { en: enLater, zh: zhLater }],
  ['learn', learnMessages],
];

describe.each(tables)('the %s messages', (_name, table) => {
  const keys = Object.keys(table.en);

  it('Chinese has every English key and no other', () => {
    expect(Object.keys(table.zh).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s: the same placeholders in both languages', (key) => {
    expect(placeholders(table.zh[key]!)).toEqual(placeholders(table.en[key]!));
  });

  it('no English left in the Chinese interface beyond names', () => {
    const english = keys.filter(
      (key) => !NAMES.test(key) && !/[\u4e00-\u9fff]/.test(table.zh[key]!),
    );
    expect(english).toEqual([]);
  });
});
