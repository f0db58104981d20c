import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerParameters, payloadClaims } from './catalogue';
import { classifyClaim, isNamespacedName } from './category';
import { IANA_CLAIM_NAMES } from './iana-registry';

describe('classifyClaim: RFC 7519 §4 categories from the name alone', () => {
  it('names in the IANA JSON Web Token Claims registry are registered', () => {
    for (const name of ['iss', 'sub', 'azp', 'cnf', 'htm', 'roles', '_sd', 'sd_hash', 'status']) {
      expect(classifyClaim(name), name).toEqual({ category: 'registered', namespaced: false });
    }
  });

  it('namespaced names (a URL, or a name with ":") are private, not public', () => {
    for (const name of [
      'https://example.com/roles',
      'https://namespace.exampleco.com',
      'cognito:groups',
      'custom:tenant',
      'urn:example:claim',
      'example.com/claims/team',
    ]) {
      expect(classifyClaim(name), name).toEqual({ category: 'private', namespaced: true });
    }
  });

  it('provider and library names are private until IANA registers them', () => {
    for (const name of ['tid', 'oid', 'permissions', 'realm_access', 'fresh', 'vct']) {
      expect(classifyClaim(name), name).toEqual({ category: 'private', namespaced: false });
    }
  });

  it('matches case-sensitively (RFC 7519 §4)', () => {
    expect(classifyClaim('ISS').category).toBe('private');
    expect(classifyClaim('Sub').category).toBe('private');
  });

  it('Header Parameters: the catalogue’s rows and the registered ones without a row', () => {
    for (const { name } of headerParameters) {
      expect(classifyClaim(name, 'header').category, name).toBe('registered');
    }
    for (const name of ['iss', 'sub', 'aud', 'ppt', 'svt']) {
      expect(classifyClaim(name, 'header').category, name).toBe('registered');
    }
    expect(classifyClaim('foo', 'header').category).toBe('private');
    expect(classifyClaim('exp', 'header').category).toBe('private');
  });

  it('a namespaced name is never registered, and no registered name is namespaced', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(':', '/'), fc.string(), (head, mark, tail) => {
        expect(classifyClaim(`${head}${mark}${tail}`)).toEqual({
          category: 'private',
          namespaced: true,
        });
      }),
    );
    for (const name of IANA_CLAIM_NAMES) expect(isNamespacedName(name), name).toBe(false);
  });

  it('every catalogue row from a registering specification is in the IANA registry', () => {
    // Not registered: SD-JWT VC (a draft) and the Flask libraries' own names.
    const unregistered = [
      'vct',
      'vct#integrity',
      'fresh',
      'type',
      'csrf',
      'user_claims',
      'identity',
    ];
    const missing = payloadClaims
      .map(({ name }) => name)
      .filter((name) => !IANA_CLAIM_NAMES.has(name));
    expect(missing.sort()).toEqual([...unregistered].sort());
  });
});
