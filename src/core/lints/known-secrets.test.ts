import { describe, expect, it } from 'vitest';
import { isKnownSecret } from './known-secret-match';
import { KNOWN_SECRETS } from './known-secrets';

describe('the well-known secrets list (RFC 8725 §3.5)', () => {
  it('holds the tutorial and framework defaults people paste most', () => {
    for (const secret of [
      'secret',
      'super-secret',
      'your-256-bit-secret',
      'your-384-bit-secret',
      'your-512-bit-secret',
      'changeme',
      'change-me',
      'password',
      'jwt-secret',
      'secretkey',
      'my-secret',
      'shhhhh',
      'keyboard cat',
    ]) {
      expect(KNOWN_SECRETS.has(secret), secret).toBe(true);
    }
  });

  it('is a subset of a wordlist of some size, with no empty or padded entries', () => {
    expect(KNOWN_SECRETS.size).toBeGreaterThan(1000);
    expect(KNOWN_SECRETS.size).toBeLessThan(2500);
    const odd = [...KNOWN_SECRETS].filter((secret) => secret === '' || secret.trim() !== secret);
    expect(odd).toEqual([]);
  });

  it('matches as typed, without surrounding white space, and in any case', () => {
    expect(isKnownSecret('your-256-bit-secret')).toBe('exact');
    expect(isKnownSecret('  keyboard cat\n')).toBe('exact');
    expect(isKnownSecret('Your-256-Bit-Secret')).toBe('case-insensitive');
    expect(isKnownSecret('q3Vt9ZrL0xYp8aBc4DeF7gHi2JkLmN5o')).toBeUndefined();
  });

  it('finds nothing for names of Object.prototype', () => {
    expect(isKnownSecret('__proto__')).toBeUndefined();
    expect(isKnownSecret('constructor')).toBeUndefined();
    expect(isKnownSecret('toString')).toBeUndefined();
  });
});
