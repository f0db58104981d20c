/**
 * The page's Chinese terms: one word per concept, the one the tables already used most when
 * this list was made. Read by the tests only (zh-style.test.ts, zh-terms.test.ts): a new text
 * that says 主题 for `sub` or 校验 for "verify" fails there. Names stay as they are written (alg
 * values, field names, RFC numbers, library and product names).
 */
export interface GlossaryTerm {
  readonly concept: string;
  readonly use: string;
  readonly avoid: RegExp;
  /** Texts (`table.key`) where the avoided word means something else. */
  readonly except?: (where: string) => boolean;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  // 主题 is the page's colour theme (theme.*), never the subject of a token.
  {
    concept: 'subject (sub)',
    use: '主体',
    avoid: /主题/,
    except: (where) => /^zh\.theme\./.test(where),
  },
  // JSON Web Token and Auth0's setting "Add Permissions in the Access Token" are names.
  { concept: 'token', use: '令牌', avoid: /(?<!JSON Web |Access )Token|代币/ },
  { concept: 'claim', use: '声明', avoid: /断言/ },
  { concept: 'header', use: '头部', avoid: /标头|报头|首部/ },
  { concept: 'payload', use: '载荷', avoid: /负载|有效载荷/ },
  { concept: 'signature, to sign', use: '签名', avoid: /签章|署名/ },
  { concept: 'to verify, validate', use: '验证', avoid: /校验|验签|核验/ },
  { concept: 'key', use: '密钥', avoid: /秘钥|钥匙/ },
  { concept: 'public key', use: '公钥', avoid: /公开密钥/ },
  { concept: 'private key', use: '私钥', avoid: /私有密钥|私密密钥/ },
  // The HMAC secret is a shared key (共享密钥), not a key glossed with English.
  { concept: 'HMAC secret', use: '共享密钥', avoid: /密钥（Secret）|秘密密钥/ },
  { concept: 'password (PBES2, a PEM)', use: '密码', avoid: /口令/ },
  { concept: 'content encryption key (CEK)', use: '内容加密密钥', avoid: /内容密钥/ },
  { concept: 'key wrapping', use: '包装', avoid: /封装/ },
  { concept: 'JWK Set', use: 'JWK Set', avoid: /JWK ?集|密钥集/ },
  // The JWE's second part; 加密密钥 is the Encryption key box.
  {
    concept: 'encrypted key (JWE part)',
    use: '加密后的密钥',
    avoid: /加密密钥(部分|这一部分|有|只有)/,
  },
  // The ECDH result; 共享密钥 is the HMAC secret.
  { concept: 'shared secret (ECDH)', use: '共享秘密', avoid: /协商出的共享密钥/ },
  { concept: 'to encrypt, to decrypt', use: '加密、解密', avoid: /译码|解秘/ },
  { concept: 'ciphertext, plaintext', use: '密文、明文', avoid: /暗文|原文/ },
  { concept: 'to disclose, disclosure', use: '披露', avoid: /揭示|公开披露/ },
  // 证书颁发机构 is the standard name of a certificate authority.
  {
    concept: 'to issue, issuer',
    use: '签发、签发者',
    avoid: /颁发|发行|签发方/,
    except: (where) => where === 'keyDetailsZh.certs.ca',
  },
  { concept: 'audience (aud)', use: '受众', avoid: /观众|听众/ },
  { concept: 'recipient', use: '接收方', avoid: /接收者|收件人/ },
  { concept: 'expired, expiry', use: '过期', avoid: /到期|失效时间/ },
  { concept: 'not yet valid, valid from', use: '生效', avoid: /起效|开始有效/ },
  { concept: 'thumbprint', use: '指纹', avoid: /拇指纹|缩略图/ },
  { concept: 'zip bomb', use: '压缩炸弹', avoid: /解压炸弹/ },
  { concept: 'sender (JWE)', use: '发送方', avoid: /生产方(?=的信息)/ },
  { concept: 'certificate', use: '证书', avoid: /凭证书/ },
  { concept: 'algorithm', use: '算法', avoid: /演算法/ },
  { concept: 'digest', use: '摘要', avoid: /散列值/ },
  { concept: 'hash', use: '哈希', avoid: /散列(?!值)|杂凑/ },
  { concept: 'provider', use: '提供方', avoid: /提供商|提供者/ },
  { concept: 'scope', use: '授权范围', avoid: /作用域|权限范围/ },
  { concept: 'to authenticate', use: '认证', avoid: /身份验证|鉴权/ },
  { concept: 'ID token', use: 'ID 令牌', avoid: /ID ?Token/ },
  { concept: 'salt', use: '盐值', avoid: /盐(?!值)/ },
  { concept: 'disclosure (SD-JWT)', use: '披露项', avoid: /披露内容|公开项/ },
  { concept: 'holder', use: '持有者', avoid: /持有人/ },
  { concept: 'verifiable credential', use: '可验证凭证', avoid: /可验证凭据|可验证证书/ },
  { concept: 'nested', use: '嵌套', avoid: /内嵌令牌|套娃/ },
  { concept: 'serialization', use: '序列化', avoid: /串行化/ },
  { concept: 'repository', use: '仓库', avoid: /存储库|代码库/ },
  { concept: 'workflow', use: '工作流', avoid: /工作流程/ },
  { concept: 'namespace', use: '命名空间', avoid: /名字空间|名称空间/ },
  { concept: 'service account', use: '服务账号', avoid: /服务帐号|服务帐户|服务账户/ },
];
