/**
 * One term per concept across the page's Chinese (zh.ts, the claim texts, the claims messages and
 * the other features' message tables), and full-width punctuation after Chinese text in the first
 * three. A new text that says 主题 for `sub`, 颁发 for "issue", or ends a Chinese sentence with
 * "," fails here.
 */
import { describe, expect, it } from 'vitest';
import { claimTextsZh } from './claims/zh';
import { claimMessagesZh } from './messages/claims';
import { jsonPrettyZh } from './messages/json-pretty';
import { jwsJsonZh } from './messages/jws-json';
import { jweUiZh } from './messages/jwe-ui';
import { learnMessages } from './messages/learn';
import { learnKindsZh } from './messages/learn-kinds';
import { sdJwtZh } from './messages/sd-jwt';
import { sdJwtIssueZh } from './messages/sd-jwt-issue';
import { sdJwtUiZh } from './messages/sd-jwt-ui';
import { zh } from './zh';

interface Term {
  readonly concept: string;
  readonly use: string;
  readonly avoid: RegExp;
  /** Keys where the avoided word means something else. */
  readonly except?: (key: string) => boolean;
}

const TERMS: readonly Term[] = [
  // 主题 is the page's colour theme (theme.*), never the subject of a token.
  {
    concept: 'subject (sub)',
    use: '主体',
    avoid: /主题/,
    except: (key) => key.startsWith('theme.'),
  },
  { concept: 'to issue, issuer', use: '签发、签发者', avoid: /颁发|发行/ },
  { concept: 'header', use: '头部', avoid: /标头|报头|首部/ },
  { concept: 'payload', use: '载荷', avoid: /负载/ },
  { concept: 'provider', use: '提供方', avoid: /提供商|提供者/ },
  { concept: 'scope', use: '授权范围', avoid: /作用域|权限范围/ },
  { concept: 'to verify, validate', use: '验证', avoid: /校验|验签/ },
  { concept: 'to authenticate', use: '认证', avoid: /身份验证|鉴权/ },
  { concept: 'ID token', use: 'ID 令牌', avoid: /ID ?Token/ },
  { concept: 'key', use: '密钥', avoid: /秘钥/ },
  // The HMAC secret is a shared key (共享密钥), not a key glossed with English.
  { concept: 'HMAC secret', use: '共享密钥', avoid: /密钥（Secret）/ },
  { concept: 'salt', use: '盐值', avoid: /盐(?!值)/ },
  { concept: 'holder', use: '持有者', avoid: /持有人/ },
  { concept: 'verifiable credential', use: '可验证凭证', avoid: /可验证凭据|可验证证书/ },
  { concept: 'repository', use: '仓库', avoid: /存储库|代码库/ },
  { concept: 'workflow', use: '工作流', avoid: /工作流程/ },
  { concept: 'namespace', use: '命名空间', avoid: /名字空间|名称空间/ },
  { concept: 'service account', use: '服务账号', avoid: /服务帐号|服务帐户|服务账户/ },
];

const TEXTS: readonly (readonly [key: string, text: string])[] = [
  ...Object.entries(zh).map(([key, text]) => [`zh.ts ${key}`, text] as const),
  ...Object.entries(claimTextsZh).flatMap(([key, { title, description }]) => [
    [`claims ${key}`, title] as const,
    [`claims ${key}`, description] as const,
  ]),
  ...Object.entries(claimMessagesZh).map(([key, text]) => [`messages ${key}`, text] as const),
];

/** The other features' tables keep the same terms (their own tests check their punctuation). */
const FEATURE_TEXTS: readonly (readonly [key: string, text: string])[] = [
  ...Object.entries(sdJwtZh),
  ...Object.entries(sdJwtUiZh),
  ...Object.entries(sdJwtIssueZh),
  ...Object.entries(jwsJsonZh),
  ...Object.entries(learnMessages.zh),
  ...Object.entries(learnKindsZh),
  ...Object.entries(jweUiZh),
  ...Object.entries(jsonPrettyZh),
].map(([key, text]) => [`feature ${key}`, text] as const);

const CJK = '\\u3400-\\u9fff';

describe('Chinese: one term per concept', () => {
  it.each(TERMS)('$concept is $use everywhere', ({ avoid, except }) => {
    const found = [...TEXTS, ...FEATURE_TEXTS]
      .filter(([key, text]) => avoid.test(text) && !except?.(key.replace(/^zh\.ts /, '')))
      .map(([key, text]) => `${key}: ${text}`);
    expect(found).toEqual([]);
  });

  it('sub is 主体 in the claim texts', () => {
    expect(claimTextsZh['payload:sub']?.title).toContain('主体');
  });
});

describe('Chinese: full-width punctuation after Chinese text', () => {
  it('no ASCII , . ; : ! ? or parenthesis right after a Chinese character', () => {
    const after = new RegExp(`[${CJK}][,.;:!?()]`);
    const found = TEXTS.filter(([, text]) => after.test(text)).map(([k, t]) => `${k}: ${t}`);
    expect(found).toEqual([]);
  });

  it('no Chinese inside ASCII parentheses', () => {
    const inside = new RegExp(`\\([^()]*[${CJK}][^()]*\\)`);
    const found = TEXTS.filter(([, text]) => inside.test(text)).map(([k, t]) => `${k}: ${t}`);
    expect(found).toEqual([]);
  });

  it('the check finds what it is meant to find', () => {
    const after = new RegExp(`[${CJK}][,.;:!?()]`);
    expect(after.test('令牌,')).toBe(true);
    expect(after.test('令牌，')).toBe(false);
    expect(TERMS[0]?.avoid.test('主题（用户标识）')).toBe(true);
  });
});
