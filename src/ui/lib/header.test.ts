import { describe, expect, it } from 'vitest';
import { algOfHeader, setAlg } from './header';

describe('the Algorithm combobox rewrites the header', () => {
  it("in place, keeping the user's formatting and key order", () => {
    expect(setAlg('{\n  "typ": "JWT",\n  "alg": "HS256"\n}', 'ES256')).toBe(
      '{\n  "typ": "JWT",\n  "alg": "ES256"\n}',
    );
  });
  it('adding alg where the header has none, or starting afresh from broken text', () => {
    expect(setAlg('{"typ":"JWT"}', 'RS256')).toBe('{"alg":"RS256","typ":"JWT"}');
    expect(setAlg('{"alg":', 'PS256')).toBe('{"alg":"PS256","typ":"JWT"}');
    expect(algOfHeader('{"alg":"none"}')).toBe('none');
    expect(algOfHeader('[1]')).toBeUndefined();
  });
});
