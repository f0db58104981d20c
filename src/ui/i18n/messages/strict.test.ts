import { describe, expect, it } from 'vitest';
import { JWS_ALGORITHMS, jwsAlgorithm } from '../../../core/algorithms';
import type { KeyReport } from '../../../core/debug/key-inputs';
import { keyTypeName, neededKeyName } from '../../../core/keys/import';
import { PASS_OVER_REASONS } from '../../../core/keys/jwk-select';
import { importKeyText, KeyError } from '../../../core/keys/import';
import { keyErrorMessage } from '../../lib/messages';
import { en } from '../en';
import { enLater } from '../en-later';
import { translator } from '../index';
import { zh } from '../zh';
import { zhLater } from '../zh-later';
import { strictEn } from './strict';
import { strictNotesMessages } from './strict-notes';
import { strictZh } from './strict.zh';

/**
 * Issue 14's wording: "an RSA key", OKP and AKP keys named by what they are, no internal id
 * on the screen, JSON errors in a JWK with line and column; and every new code in both languages.
 */
const t = translator({ messages: en, later: enLater });
const isMessageKey = (key: string) => t.has(key);
const all = { ...en, ...enLater };
const allZh = { ...zh, ...zhLater };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

async function keyReport(text: string, alg: string): Promise<Extract<KeyReport, { ok: false }>> {
  try {
    await importKeyText(text, { alg, usage: 'verify' });
  } catch (error) {
    if (!(error instanceof KeyError)) throw error;
    return {
      ok: false,
      slot: 'publicKey',
      code: error.code,
      message: error.message,
      detail: error.detail,
    };
  }
  throw new Error('the key imported');
}

describe('issue 14 messages', () => {
  it.each([
    ['the page tables', strictEn, strictZh],
    ['the notes', strictNotesMessages.en, strictNotesMessages.zh],
  ] as const)('%s: every code has English and Chinese, and they differ', (_, english, chinese) => {
    const zhOf = chinese as Readonly<Record<string, string>>;
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(english)) {
      const zhText = zhOf[key]!;
      expect(text.trim(), key).not.toBe('');
      if (/[a-z]{3}/.test(text.replace(/\{\w+\}/g, ''))) expect(zhText, key).not.toBe(text);
      // Chinese text, with Chinese punctuation: no English sentence left in it.
      if (zhText !== text) expect(zhText, key).toMatch(/[\u4e00-\u9fff]/);
      expect(zhText, key).not.toMatch(/\b(the|is|and|this|not|with)\b/);
      expect(zhText, key).not.toMatch(/[\u4e00-\u9fff][,:;]/);
      expect(placeholders(zhText), key).toEqual(placeholders(text));
    }
  });

  it('the page tables have them as ordinary message keys, in both languages', () => {
    for (const key of Object.keys(strictEn)) {
      expect(isMessageKey(key)).toBe(true);
      expect(allZh[key as keyof typeof allZh]).toBe(strictZh[key as keyof typeof strictZh]);
    }
  });

  it('each JWK Set pass-over reason has words, so none reaches the screen as an id', () => {
    for (const reason of PASS_OVER_REASONS)
      expect(isMessageKey(`jwks.reason.${reason}`)).toBe(true);
  });

  it('"an RSA key", "an EC key", "an Ed25519 key", "an ML-DSA-65 key": never "a RSA" or "a OKP"', () => {
    for (const alg of JWS_ALGORITHMS.filter((name) => name !== 'none')) {
      const entry = jwsAlgorithm(alg)!;
      for (const found of ['RSA', 'EC', 'Ed25519', 'Ed448', 'X25519', 'ML-DSA-44', 'oct']) {
        const text = t('keyerr.KEY_WRONG_TYPE', { alg, expected: neededKeyName(entry), found });
        expect(text).toMatch(/^\S+ needs an \S+ key; this is an \S+ key\.$/);
      }
    }
    expect(keyTypeName({ kty: 'OKP', curve: 'X25519' })).toBe('X25519');
    expect(keyTypeName({ kty: 'AKP', parameterSet: 'ML-DSA-87' })).toBe('ML-DSA-87');
    for (const [key, text] of Object.entries(all)) {
      expect(text, key).not.toMatch(/\ba (RSA|EC|OKP|AKP|Ed\d|ML-DSA|X\d|\{expected\}|\{found\})/);
    }
  });

  it('no message puts an internal format id on the screen', () => {
    expect(all['lint.hmac-secret-looks-like-public-key']).not.toContain('{format}');
    expect(allZh['lint.hmac-secret-looks-like-public-key']).not.toContain('{format}');
    expect(t('facts.okp', { curve: 'Ed25519' })).toBe('Ed25519');
  });

  it('a JWK with a JSON error: the message gives line and column, in both languages', async () => {
    const report = await keyReport('{\n  "kty": "EC"\n  "crv": "P-256"\n}', 'ES256');
    expect(keyErrorMessage(t, report)).toBe('not a usable JWK: invalid JSON at line 3, column 3.');
    expect(keyErrorMessage(translator({ messages: zh, later: zhLater }), report)).toBe(
      '不是可用的 JWK：第 3 行第 3 列的 JSON 无效。',
    );
  });

  it('a key of the wrong type, in words', async () => {
    const ed25519 =
      '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----';
    const report = await keyReport(ed25519, 'RS256');
    expect(keyErrorMessage(t, report)).toBe('RS256 needs an RSA key; this is an Ed25519 key.');
  });
});
