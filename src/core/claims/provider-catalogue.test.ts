import { describe, expect, it } from 'vitest';
import { lookupClaim } from './catalogue';
import {
  isProviderOnly,
  lookupProviderClaim,
  providerClaims,
  providersUsing,
} from './provider-catalogue';
import { PROVIDER_CODES } from './providers';

describe('provider catalogue', () => {
  it('one row per provider and name, each naming its single provider, frozen', () => {
    const keys = providerClaims.map((row) => `${row.provider}:${row.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of providerClaims) {
      expect(row.families).toEqual([row.provider]);
      expect(row.where).toBe('payload');
      expect(Object.isFrozen(row)).toBe(true);
    }
  });

  it('a provider’s row for a shared name is its own: Okta’s scp is an array, Entra’s a string', () => {
    expect(lookupProviderClaim('okta', 'scp')?.kind).toBe('string-array');
    expect(lookupProviderClaim('entra', 'scp')?.kind).toBe('string');
    expect(lookupProviderClaim('google', 'scp')).toBeUndefined();
  });

  it('prefix rows match longer names only: xms_*, custom:*, repo_property_*', () => {
    expect(lookupProviderClaim('entra', 'xms_pl')?.name).toBe('xms_*');
    expect(lookupProviderClaim('entra', 'xms_')).toBeUndefined();
    expect(lookupProviderClaim('cognito', 'custom:tenant')?.name).toBe('custom:*');
    expect(lookupProviderClaim('github-actions', 'repo_property_team')?.name).toBe(
      'repo_property_*',
    );
    expect(lookupProviderClaim('okta', 'xms_pl')).toBeUndefined();
  });

  it('Auth0’s namespaced row catches every namespaced name, and only in Auth0 tokens', () => {
    expect(lookupProviderClaim('auth0', 'https://example.com/roles')?.pattern).toBe('namespaced');
    expect(lookupProviderClaim('auth0', 'roles')).toBeUndefined();
    expect(providersUsing('https://example.com/roles')).toEqual([]);
  });

  it('flask-jwt-extended’s own names live in the generic table, for its tokens only', () => {
    for (const name of ['fresh', 'type', 'csrf', 'user_claims']) {
      const row = lookupClaim(name);
      expect(row && isProviderOnly(row), name).toBe(true);
      expect(lookupProviderClaim('flask-jwt-extended', name)).toBe(row);
    }
    expect(lookupProviderClaim('flask-jwt', 'identity')).toBe(lookupClaim('identity'));
    expect(lookupProviderClaim('flask-jwt-extended', 'sub')?.provider).toBe('flask-jwt-extended');
    expect(isProviderOnly(lookupClaim('sub')!)).toBe(false);
  });

  it('providersUsing lists providers in a fixed order', () => {
    expect(providersUsing('scp')).toEqual(['entra', 'okta']);
    expect(providersUsing('sub')).toEqual(['github-actions', 'kubernetes', 'flask-jwt-extended']);
    expect(providersUsing('nothing-here')).toEqual([]);
    expect(PROVIDER_CODES.every((code) => typeof code === 'string')).toBe(true);
  });
});
