/**
 * The words the page joins (a part's name and its message, a JWK Set's passed-over keys) take
 * the language's punctuation: ASCII in English, full-width in Chinese (issue 12, point 8).
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { en } from '../i18n/en';
import { enLater } from '../i18n/en-later';
import { zh } from '../i18n/zh';
import { zhLater } from '../i18n/zh-later';
import { keyErrorMessage, messageText } from './messages';

const english = translator({ messages: en, later: enLater });
const chinese = translator({ messages: zh, later: zhLater });

const noMatch = {
  ok: false,
  slot: 'publicKey',
  code: 'KEY_NO_MATCH_IN_JWKS',
  message: 'no key in the JWK Set fits',
  detail: {
    alg: 'RS256',
    kid: 'nope',
    reasons: 'rsa-1: kid-differs alg-differs; ec-1: kty-differs',
  },
} as const;

describe('joined words take the language’s punctuation', () => {
  it('a JWK Set’s passed-over keys: ", " "; " " (…)" in English', () => {
    expect(keyErrorMessage(english, noMatch)).toContain(
      'rsa-1 (another kid, another alg); ec-1 (another key type)',
    );
  });

  it('a JWK Set’s passed-over keys: 、；（）in Chinese', () => {
    const text = keyErrorMessage(chinese, noMatch);
    expect(text).toContain('rsa-1（kid 不同、alg 不同）；ec-1（密钥类型不同）');
    expect(text).not.toMatch(/[,;()]/);
  });

  it('a key box’s name and its problem: "Public key: " in English, "公钥：" in Chinese', () => {
    const message = { source: 'key', report: noMatch } as const;
    expect(messageText(english, message)).toMatch(/^Public key: no key in the JWK Set/);
    expect(messageText(chinese, message)).toMatch(/^公钥：JWK Set 中没有/);
  });
});
