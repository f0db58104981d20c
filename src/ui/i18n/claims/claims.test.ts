import { describe, expect, it } from 'vitest';
import { headerParameters, payloadClaims } from '../../../core/claims/catalogue';
import { HEADER_VALUES } from '../../../core/claims/header-values';
import { PROVIDER_CODES } from '../../../core/claims/providers';
import { providerClaims } from '../../../core/claims/provider-catalogue';
import { allTextKeys } from '../../../core/claims/text-keys';
import { claimMessagesEn, claimMessagesZh } from '../messages/claims';
import { claimTextsEn } from './en';
import type { ClaimTexts } from './types';
import { claimTextsZh } from './zh';

const requiredKeys = allTextKeys();

const tables: readonly [string, ClaimTexts][] = [
  ['en', claimTextsEn],
  ['zh', claimTextsZh],
];

/**
 * Latin-script words a Chinese text may keep: names (of claims, parameters, values, algorithms,
 * specifications, products, libraries and functions) and acronyms. Anything else is English left
 * untranslated.
 */
const NAMES = new Set(
  [
    // Every catalogue name, provider pattern and header value, split into words below.
    ...payloadClaims.map((c) => c.name),
    ...headerParameters.map((c) => c.name),
    ...providerClaims.map((c) => c.name),
    ...HEADER_VALUES.map((v) => v.value),
    // Products, companies, specifications and protocols.
    ...['Google', 'Workspace', 'Cloud', 'Android', 'Microsoft', 'Entra', 'ID', 'Azure', 'Graph'],
    ...['Auth0', 'Action', 'Actions', 'Authentication', 'API', 'Okta', 'Keycloak', 'Amazon'],
    ...['Cognito', 'Lambda', 'Firebase', 'GitHub', 'Git', 'Kubernetes', 'Pod', 'Secret', 'UID'],
    ...['OpenID', 'Connect', 'OAuth', 'Chromium', 'Flask', 'Cookie', 'SCIM', 'ISO', 'IEC'],
    ...['IANA', 'JSON', 'Web', 'Token', 'Claims', 'Signature', 'and', 'Encryption', 'Header'],
    ...['Parameters', 'PartyUInfo', 'PartyVInfo', 'Concat', 'KDF', 'DEFLATE', 'PBKDF2', 'MGF1'],
    ...['HMAC', 'RSAES-PKCS1-v1_5', 'RSAES-OAEP', 'PKCS', 'Bleichenbacher', 'Add', 'Permissions'],
    ...[
      'DPoP',
      'FAPI',
      'Subresource',
      'in',
      'the',
      'Access',
      'STS',
      'live',
      'com',
      'UTC',
      'jwk',
      'jwe',
      'kid',
      'jku',
      'jkt',
    ],
    // Values and identifiers the texts quote without quotation marks.
    ...['true', 'false', 'base64url', 'base64', 'https', 'flask-jwt-extended', 'Flask-JWT'],
    ...['create_access_token', 'get_jwt_identity', 'token_in_blocklist_loader'],
    ...['sign_in_provider', 'identities', 'tenant', 'status_list', 'token_introspection'],
    ...['events', 'groupMembershipClaims', 'custom', 'repo_property_', 'xms_', 'xms_cc', 'xms_pl'],
    ...['xms_tpl', 'cp1', 'warnafter', 'serviceaccount', 'profile', 'push', 'owner', 'name'],
    ...['refs', 'heads', 'main', 'octo-org', 'octo-repo', 'alice', 'contoso.com', 'sha256-'],
    ...['system', 'kube-system', 'coredns', 'deploy', 'yml', 'workflows', 'environment', 'prod'],
    ...['repo', 'github', 'Asia', 'Shanghai', 'Europe', 'Paris', 'admin', 'aud', 'typ'],
    ...['formatted', 'street_address', 'locality', 'region', 'postal_code', 'country', 'Set'],
    ...['sha-256', 'sha-384', 'sha-512', 'Replay-Nonce', 'draft-ietf-oauth-sd-jwt-vc', 'id'],
    ...[
      'password',
      'phone',
      'anonymous',
      'application',
      'sd-jwt',
      'YYYY-MM-DD',
      'YYYY',
      'zh-CN',
      'en-US',
      'en_US',
    ],
  ].flatMap((name) => [name, ...name.split(/[/:.@]+/)]),
);

/** The Latin words of a Chinese text outside "quoted" values and {placeholders}. */
function latinWords(text: string): string[] {
  const unquoted = text
    .replace(/"[^"]*"/g, ' ')
    .replace(/“[^”]*”/g, ' ')
    .replace(/\{[^}]*\}/g, '1');
  return unquoted.match(/[A-Za-z][A-Za-z0-9_+#./:@-]*/g) ?? [];
}

/**
 * A word is a name when the list holds it; acronyms and algorithm names (A128KW, RSA-OAEP-256)
 * are in capitals, snake_case words are identifiers, v1.0 a version; a compound of names joined
 * by / : . @ (a URL, repo:octo-org/...) is one too.
 */
function isName(word: string): boolean {
  const bare = word.replace(/[.:/@-]+$/, '');
  if (bare === '' || NAMES.has(bare)) return true;
  const identifier =
    /^[A-Z0-9][A-Z0-9#+_-]*$/.test(bare) || // acronyms and algorithm names
    bare.includes('_') || // snake_case identifiers
    /^v[0-9.]+$/.test(bare) || // versions
    /^[0-9a-f]+(?:-[0-9a-f]+)+$/.test(bare) || // GUIDs
    /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|example)$/.test(bare); // domain names
  if (identifier) return true;
  const parts = bare.split(/[/:.@]+/).filter((part) => part !== '');
  return parts.length > 1 && parts.every(isName);
}

describe('claim texts', () => {
  it('the keys are distinct', () => {
    expect(new Set(requiredKeys).size).toBe(requiredKeys.length);
  });

  describe.each(tables)('%s', (_language, table) => {
    it.each(requiredKeys)('has a title and a description for %s', (key) => {
      expect(Object.hasOwn(table, key)).toBe(true);
      const text = table[key];
      expect(text?.title.trim()).not.toBe('');
      expect(text?.description.trim()).not.toBe('');
    });

    it('has no HTML and no stray whitespace', () => {
      for (const [key, { title, description }] of Object.entries(table)) {
        for (const value of [title, description]) {
          expect(value, key).not.toMatch(/<\/?[a-z][^>]*>/i);
          expect(value, key).toBe(value.trim());
        }
      }
    });
  });

  it('the two tables have exactly the keys the core can give, and no others', () => {
    const en = Object.keys(claimTextsEn).sort();
    const zh = Object.keys(claimTextsZh).sort();
    expect(zh).toEqual(en);
    expect(en).toEqual([...requiredKeys].sort());
  });

  it('no Chinese text is the same as its English text', () => {
    for (const [key, en] of Object.entries(claimTextsEn)) {
      const zh = claimTextsZh[key];
      expect(zh?.title, key).not.toBe(en.title);
      expect(zh?.description, key).not.toBe(en.description);
    }
  });

  it('no English is left in the Chinese texts beyond names', () => {
    const texts = [
      ...Object.entries(claimTextsZh).flatMap(([key, { title, description }]) => [
        [key, title] as const,
        [key, description] as const,
      ]),
      // Provider names are names; the colon is punctuation only.
      ...Object.entries(claimMessagesZh).filter(
        ([key]) => !key.startsWith('provider.') && key !== 'fact.colon',
      ),
    ];
    const left = texts.flatMap(([key, text]) =>
      latinWords(text)
        .filter((word) => !isName(word))
        .map((word) => `${key}: ${word}`),
    );
    expect(left).toEqual([]);
    for (const [key, text] of texts) expect(text, key).toMatch(/[\u4e00-\u9fff]/);
  });

  it('English descriptions stay short (at most about 250 characters)', () => {
    for (const [key, { description }] of Object.entries(claimTextsEn)) {
      expect(description.length, key).toBeLessThanOrEqual(280);
    }
  });

  it('provider texts say whose claim they explain', () => {
    for (const row of providerClaims) {
      const key = `payload:${row.name}@${row.provider}`;
      const provider = claimMessagesEn[`provider.${row.provider ?? 'google'}`].split(' ')[0] ?? '';
      expect(claimTextsEn[key]?.title, key).toContain(provider);
      expect(claimTextsZh[key]?.title, key).toContain(provider);
    }
  });

  it('messages: every issuer family has a headline in both languages, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of [...PROVIDER_CODES, 'unknown', 'none'] as const) {
      const en = claimMessagesEn[`family.${code}`];
      const zh = claimMessagesZh[`family.${code}`];
      expect(placeholders(zh), code).toEqual(placeholders(en));
      expect(zh, code).not.toBe(en);
    }
  });
});
