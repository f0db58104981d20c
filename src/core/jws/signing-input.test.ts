import { describe, expect, it } from 'vitest';
import { seed } from '../__fixtures__';
import { importSecret } from '../keys/secret';
import { parseCompact } from './parse';
import { knownSigningInput } from './signing-input';
import { verifyCompact } from './verify';

const signingInput = new TextEncoder().encode(seed.token.slice(0, seed.token.lastIndexOf('.')));

describe('the signing input parseCompact keeps', () => {
  it('RFC 7515 §5.2 step 8: is the ASCII of header.payload, for the token parsed last only', () => {
    const first = parseCompact(`Bearer ${seed.token}`);
    expect(knownSigningInput(first)).toEqual(signingInput);
    const second = parseCompact(seed.token);
    expect(knownSigningInput(first)).toBeUndefined();
    expect(knownSigningInput(second)).toEqual(signingInput);
    parseCompact('');
    expect(knownSigningInput(second)).toBeUndefined();
  });

  it('is kept for no token that is not ASCII or not three parts', () => {
    const [h, p, s] = seed.token.split('.');
    for (const text of [`${h}.${p}`, `${h}.${p}.${s}.x.y`, `${h}.${p}é.${s}`]) {
      expect(knownSigningInput(parseCompact(text))).toBeUndefined();
    }
  });

  it('a token verified after another was parsed still verifies, its input encoded again', async () => {
    const key = (await importSecret('secret', 'utf8', 'HS256')).cryptoKey;
    const first = parseCompact(seed.token);
    const pending = verifyCompact(first, key);
    parseCompact('not.a.token');
    const later = parseCompact(seed.token);
    parseCompact('another');
    for (const verdict of [await pending, await verifyCompact(later, key)]) {
      expect(verdict.status).toBe('verified');
      expect(verdict.signingInput).toEqual(signingInput);
    }
  });
});
