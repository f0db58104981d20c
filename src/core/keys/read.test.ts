import { describe, expect, it } from 'vitest';
import { KeyError } from '../errors';
import { importKeyText } from './import';

async function keyErrorOf(text: string, options: Parameters<typeof importKeyText>[1]) {
  try {
    await importKeyText(text, options);
  } catch (error) {
    if (error instanceof KeyError) return error;
    throw error;
  }
  throw new Error('the key imported');
}

describe('importKeyText: a JSON error in a pasted JWK gives line and column', () => {
  it('points at the place, counted in the text as pasted (leading lines included)', async () => {
    const text = '\n{\n  "kty": "EC",\n  "crv": "P-256"\n  "x": "AQ"\n}';
    const error = await keyErrorOf(text, { alg: 'ES256', usage: 'verify' });
    // Node's JSON.parse fails at the same offset: the "x" after a missing comma.
    const offset = text.indexOf('"x"');
    expect(() => JSON.parse(text)).toThrow(new RegExp(`position ${offset}\\b`));
    expect(error).toMatchObject({
      code: 'KEY_BAD_JWK',
      detail: { reason: 'bad-json', line: 5, column: 3, offset, expected: ',-or-}' },
    });
  });
});
