import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Encode, utf8EncodeJoined } from './utf8';

describe('utf8EncodeJoined', () => {
  it('is the UTF-8 of the joined texts: ASCII, any Unicode, lone surrogates, empty texts', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', '\ud800', '\udfff', '.') }),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (texts) => {
        expect(utf8EncodeJoined(texts)).toEqual(utf8Encode(texts.join('')));
      }),
      { numRuns: 2000 },
    );
  });

  it('a JWS signing input: two segments and a dot', () => {
    expect(utf8EncodeJoined(['eyJhbGciOiJIUzI1NiJ9', '.', 'e30'])).toEqual(
      utf8Encode('eyJhbGciOiJIUzI1NiJ9.e30'),
    );
    // An unencoded payload (RFC 7797) that is not ASCII, after ASCII that fits.
    expect(utf8EncodeJoined(['eyJiNjQiOmZhbHNlfQ', '.', 'grüße'])).toEqual(
      utf8Encode('eyJiNjQiOmZhbHNlfQ.grüße'),
    );
  });
});
