/** The words of the JWE panels (src/ui/features/jwe/): loaded with them, not at start. */
export const jweUiEn = {
  'jwe.heading': 'Decrypt and encrypt',
  'jwe.caption': '{alg} wraps the content key; {enc} encrypts the content (RFC 7516)',
  'jwe.decryptionKey': 'Decryption key',
  'jwe.decryptionKey.placeholder':
    'The recipient’s private key (PEM, JWK, JWK Set), the key bytes (oct JWK or base64url) or the password',
  'jwe.encryptionKey': 'Encryption key',
  'jwe.encryptionKey.placeholder':
    'The recipient’s public key (PEM, certificate, JWK), the key bytes or the password: the panes encrypt to it',
  'jwe.status': 'Decryption status',
  'jwe.none':
    'The header and payload have made no JWE yet: give an Encryption key (or a Decryption key whose public half encrypts).',
  'jwe.pending': 'Decrypting…',
  'jwe.decrypted.detail': 'The content decrypted and its authentication tag checks out.',
  'jwe.nested':
    'The content is a signed JWT (nested, RFC 7519 §5.2): its header is below, its claims in Payload and Claims, its signature in Signature status. Signed, then encrypted: the right order.',
  'jwe.innerHeader': 'Inner header',
  'jwe.generate': 'Generate key',
  'jwe.generating': 'Generating…',
  'jwe.generateFailed': 'No key was generated: {reason}',
  'jwe.lints': 'Security checks of the encryption',
  'jwe.format.base64url': 'key bytes (base64url)',
  'jwe.format.password': 'password (UTF-8)',
  'jwe.facts.oct': '{bits}-bit key',
  'jwe.facts.password': '{bytes}-byte password',
  'jwe.facts.fromDecryption':
    'Encrypted for the key in Decryption key (a private key’s public half), this box being empty.',
  'jwe.nest': 'Sign, then encrypt (nested JWT)',
  'jwe.nest.alg': 'Inner algorithm',
  'jwe.nest.help':
    'The payload is first signed as a JWS with the inner algorithm and the Secret or Private key, then that JWS is encrypted for the Encryption key, the JWE header saying cty: "JWT" (RFC 7519 §5.2). Sign, then encrypt: the right order.',
} as const;

export type JweUiKey = keyof typeof jweUiEn;

export const jweUiZh: Readonly<Record<JweUiKey, string>> = {
  'jwe.heading': '解密与加密',
  'jwe.caption': '{alg} 包装内容加密密钥；{enc} 加密内容（RFC 7516）',
  'jwe.decryptionKey': '解密密钥',
  'jwe.decryptionKey.placeholder':
    '接收方的私钥（PEM、JWK、JWK Set）、密钥字节（oct JWK 或 base64url）或密码',
  'jwe.encryptionKey': '加密密钥',
  'jwe.encryptionKey.placeholder':
    '接收方的公钥（PEM、证书、JWK）、密钥字节或密码：头部和载荷将加密给它',
  'jwe.status': '解密状态',
  'jwe.none': '头部和载荷还没有生成 JWE：请提供加密密钥（或其公钥部分可用于加密的解密密钥）。',
  'jwe.pending': '正在解密…',
  'jwe.decrypted.detail': '内容已解密，且认证标签验证通过。',
  'jwe.nested':
    '内容是一个已签名的 JWT（嵌套，RFC 7519 §5.2）：其头部见下方，声明见载荷与声明表，签名见签名状态。先签名、再加密：顺序正确。',
  'jwe.innerHeader': '内层头部',
  'jwe.generate': '生成密钥',
  'jwe.generating': '正在生成…',
  'jwe.generateFailed': '未能生成密钥：{reason}',
  'jwe.lints': '加密的安全检查',
  'jwe.format.base64url': '密钥字节（base64url）',
  'jwe.format.password': '密码（UTF-8）',
  'jwe.facts.oct': '{bits} 位密钥',
  'jwe.facts.password': '{bytes} 字节的密码',
  'jwe.facts.fromDecryption': '本框为空：按“解密密钥”框中的密钥加密（私钥取其公钥部分）。',
  'jwe.nest': '先签名，再加密（嵌套 JWT）',
  'jwe.nest.alg': '内层算法',
  'jwe.nest.help':
    '载荷先用内层算法和“共享密钥”或“私钥”框中的密钥签名成 JWS，再用“加密密钥”框中的密钥加密这个 JWS，JWE 头部注明 cty: "JWT"（RFC 7519 §5.2）。先签名、再加密：顺序正确。',
};

export const jweUiMessages = { en: jweUiEn, zh: jweUiZh } as const;
