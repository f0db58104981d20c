import { describe, expect, it } from 'vitest';
import { headerParameters, lookupClaim, lookupHeaderParameter, payloadClaims } from './catalogue';
import { TIME_CLAIMS } from './time-claims';

describe('claims catalogue', () => {
  it('RFC 7519 §4.1: the seven registered claims are payload entries citing their section', () => {
    const expected: [string, string, string][] = [
      ['iss', 'string-or-uri', '4.1.1'],
      ['sub', 'string-or-uri', '4.1.2'],
      ['aud', 'string-or-uri-array', '4.1.3'],
      ['exp', 'time', '4.1.4'],
      ['nbf', 'time', '4.1.5'],
      ['iat', 'time', '4.1.6'],
      ['jti', 'string', '4.1.7'],
    ];
    for (const [name, kind, section] of expected) {
      const info = lookupClaim(name);
      expect(info).toMatchObject({ name, where: 'payload', kind });
      expect(info?.source).toEqual({ spec: 'RFC 7519', section });
      expect(info?.families).toContain('registered');
    }
  });

  it('RFC 7519 §5: typ and cty are header parameters, not claims', () => {
    expect(lookupClaim('typ')).toBeUndefined();
    expect(lookupClaim('cty')).toBeUndefined();
    expect(lookupHeaderParameter('typ')).toMatchObject({
      where: 'header',
      kind: 'string',
      source: { spec: 'RFC 7515', section: '4.1.9' },
    });
    expect(lookupHeaderParameter('typ')?.seeAlso).toContainEqual({
      spec: 'RFC 7519',
      section: '5.1',
    });
    expect(lookupHeaderParameter('cty')?.seeAlso).toContainEqual({
      spec: 'RFC 7519',
      section: '5.2',
    });
  });

  it('RFC 7519 §5.3: iss, sub and aud stay payload entries even though a JWE header may carry them', () => {
    for (const name of ['iss', 'sub', 'aud']) {
      expect(lookupClaim(name)?.where).toBe('payload');
      expect(lookupHeaderParameter(name)).toBeUndefined();
    }
  });

  it('RFC 7515 §4.1: every JWS header parameter, with its RFC 7516 twin', () => {
    const names = [
      'alg',
      'jku',
      'jwk',
      'kid',
      'x5u',
      'x5c',
      'x5t',
      'x5t#S256',
      'typ',
      'cty',
      'crit',
    ];
    names.forEach((name, i) => {
      const info = lookupHeaderParameter(name);
      expect(info?.source).toEqual({ spec: 'RFC 7515', section: `4.1.${i + 1}` });
      expect(info?.families).toContain('jose-header');
      expect(info?.seeAlso?.some((s) => s.spec === 'RFC 7516')).toBe(true);
    });
    expect(lookupHeaderParameter('x5c')?.kind).toBe('string-array');
    expect(lookupHeaderParameter('x5t#S256')?.kind).toBe('base64url');
  });

  it('RFC 7516 §4.1 and RFC 7518 §4.6-§4.8: JWE header parameters', () => {
    expect(lookupHeaderParameter('enc')?.source).toEqual({ spec: 'RFC 7516', section: '4.1.2' });
    expect(lookupHeaderParameter('zip')?.source).toEqual({ spec: 'RFC 7516', section: '4.1.3' });
    expect(lookupHeaderParameter('epk')).toMatchObject({
      kind: 'object',
      source: { spec: 'RFC 7518', section: '4.6.1.1' },
    });
    expect(lookupHeaderParameter('tag')?.source).toEqual({ spec: 'RFC 7518', section: '4.7.1.2' });
    expect(lookupHeaderParameter('p2c')).toMatchObject({
      kind: 'number',
      source: { spec: 'RFC 7518', section: '4.8.1.2' },
    });
  });

  it('RFC 7797 §3 and RFC 8555 §6.4-§6.5: b64, url and nonce header parameters', () => {
    expect(lookupHeaderParameter('b64')).toMatchObject({ kind: 'boolean' });
    expect(lookupHeaderParameter('url')).toMatchObject({ kind: 'uri', families: ['acme'] });
    expect(lookupHeaderParameter('nonce')?.source).toEqual({ spec: 'RFC 8555', section: '6.5.2' });
  });

  it('keeps payload and header names apart: nonce is OpenID Connect in one, ACME in the other', () => {
    expect(lookupClaim('nonce')?.source.spec).toBe('OpenID Connect Core 1.0');
    expect(lookupHeaderParameter('nonce')?.source.spec).toBe('RFC 8555');
  });

  it('OpenID Connect Core §2: ID token claims', () => {
    expect(lookupClaim('auth_time')).toMatchObject({
      kind: 'time',
      families: ['oidc', 'oauth-access-token'],
    });
    expect(lookupClaim('amr')?.kind).toBe('string-array');
    expect(lookupClaim('azp')?.source).toEqual({ spec: 'OpenID Connect Core 1.0', section: '2' });
    expect(lookupClaim('at_hash')?.kind).toBe('base64url');
    expect(lookupClaim('c_hash')?.source.section).toBe('3.3.2.11');
    expect(lookupClaim('sid')?.source.spec).toBe('OpenID Connect Front-Channel Logout 1.0');
  });

  it('OpenID Connect Core §5.1: standard claims', () => {
    for (const name of [
      'name',
      'given_name',
      'preferred_username',
      'email',
      'birthdate',
      'locale',
    ]) {
      expect(lookupClaim(name)).toMatchObject({ kind: 'string', families: ['oidc'] });
    }
    expect(lookupClaim('picture')?.kind).toBe('uri');
    expect(lookupClaim('email_verified')?.kind).toBe('boolean');
    expect(lookupClaim('phone_number_verified')?.kind).toBe('boolean');
    expect(lookupClaim('address')?.kind).toBe('object');
    expect(lookupClaim('updated_at')?.kind).toBe('time');
  });

  it('RFC 9068: access-token claims, including the SCIM attributes of §2.2.3.1', () => {
    expect(lookupClaim('client_id')?.families).toEqual(['token-exchange', 'oauth-access-token']);
    expect(lookupClaim('scope')?.seeAlso).toContainEqual({ spec: 'RFC 9068', section: '2.2.3' });
    for (const name of ['groups', 'roles', 'entitlements']) {
      expect(lookupClaim(name)).toMatchObject({
        kind: 'array',
        source: { spec: 'RFC 9068', section: '2.2.3.1' },
        seeAlso: [{ spec: 'RFC 7643', section: '4.1.2' }],
      });
    }
    expect(lookupClaim('acr')?.families).toContain('oauth-access-token');
  });

  it('RFC 7800, RFC 8693, RFC 9449 and RFC 8417 claims', () => {
    expect(lookupClaim('cnf')).toMatchObject({
      kind: 'object',
      source: { spec: 'RFC 7800', section: '3.1' },
    });
    expect(lookupClaim('act')?.source).toEqual({ spec: 'RFC 8693', section: '4.1' });
    expect(lookupClaim('may_act')?.source).toEqual({ spec: 'RFC 8693', section: '4.4' });
    expect(lookupClaim('htm')?.families).toEqual(['dpop']);
    expect(lookupClaim('htu')?.kind).toBe('uri');
    expect(lookupClaim('ath')?.kind).toBe('base64url');
    expect(lookupClaim('events')?.families).toEqual(['set', 'oidc']);
    expect(lookupClaim('toe')?.kind).toBe('time');
  });

  it('flask-jwt-extended and Flask-JWT: their own claims, and shared names as one entry', () => {
    expect(lookupClaim('fresh')?.kind).toBe('boolean-or-time');
    expect(lookupClaim('type')?.families).toEqual(['flask-jwt-extended']);
    expect(lookupClaim('csrf')?.families).toEqual(['flask-jwt-extended']);
    expect(lookupClaim('identity')?.families).toEqual(['flask-jwt', 'flask-jwt-extended']);
    for (const name of ['jti', 'sub', 'nbf', 'iat', 'exp']) {
      expect(lookupClaim(name)?.families).toContain('flask-jwt-extended');
    }
    for (const name of ['nbf', 'iat', 'exp']) {
      expect(lookupClaim(name)?.families).toContain('flask-jwt');
    }
    expect(payloadClaims.filter((c) => c.name === 'jti')).toHaveLength(1);
  });

  it('RFC 9901 and SD-JWT VC claims', () => {
    expect(lookupClaim('_sd')).toMatchObject({
      kind: 'string-array',
      source: { spec: 'RFC 9901', section: '4.2.4.1' },
    });
    expect(lookupClaim('_sd_alg')?.source).toEqual({ spec: 'RFC 9901', section: '4.1.1' });
    expect(lookupClaim('sd_hash')?.source).toEqual({ spec: 'RFC 9901', section: '4.3' });
    expect(lookupClaim('nonce')?.seeAlso).toContainEqual({ spec: 'RFC 9901', section: '4.3' });
    expect(lookupClaim('cnf')?.seeAlso).toContainEqual({ spec: 'RFC 9901', section: '4.1.2' });
    for (const name of ['vct', 'vct#integrity', 'status']) {
      expect(lookupClaim(name)?.source.spec, name).toBe('draft-ietf-oauth-sd-jwt-vc');
    }
    expect(lookupClaim('...')).toBeUndefined();
  });

  it('returns undefined for names that live on Object.prototype', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(lookupClaim(name)).toBeUndefined();
      expect(lookupHeaderParameter(name)).toBeUndefined();
    }
  });

  it('matches names case-sensitively and returns undefined for unknown names', () => {
    expect(lookupClaim('EXP')).toBeUndefined();
    expect(lookupHeaderParameter('ALG')).toBeUndefined();
    expect(lookupClaim('http://example.com/is_root')).toBeUndefined();
    expect(lookupClaim('')).toBeUndefined();
  });

  it('has one entry per name, each in the table of its location, frozen', () => {
    for (const [list, where] of [
      [payloadClaims, 'payload'],
      [headerParameters, 'header'],
    ] as const) {
      expect(new Set(list.map((c) => c.name)).size).toBe(list.length);
      for (const entry of list) {
        expect(entry.where).toBe(where);
        expect(entry.families.length).toBeGreaterThan(0);
        expect(Object.isFrozen(entry)).toBe(true);
      }
    }
  });
});

describe('time claims', () => {
  it('the time analysis’s list is the catalogue’s time rows, in order', () => {
    const rows = payloadClaims
      .filter((c) => c.kind === 'time' || c.kind === 'boolean-or-time')
      .map(({ name, kind }) => ({ name, kind }));
    expect(TIME_CLAIMS).toEqual(rows);
  });
});
