/**
 * The words of the learning views of a JWE and an SD-JWT (src/ui/features/learn/): loaded with
 * their chunks, not at start.
 */
export const learnKindsEn = {
  'jwe.loading': 'Reading the token…',
  'jwe.unavailable': 'The token needs a readable protected header with a known alg and enc.',
  'jwe.known.decrypted':
    'The values below are the real ones: the key in Decryption key decrypted this token.',
  'jwe.known.encrypted':
    'The values below are the real ones: the page encrypted the panes just now with a fresh CEK and IV.',
  'jwe.known.unknown':
    'Only the recipient’s key reveals the content encryption key (CEK): the values marked “unknown until decrypted” appear once Decryption key decrypts this token. Everything else is read from the token itself.',
  'jwe.unknown': 'unknown until decrypted',
  'jwe.bytes': '{bytes} bytes',
  'jwe.step': 'RFC 7516 §5.1 step {steps} · {source}',
  'jwe.mode.title': 'Key management mode',
  'jwe.mode': '{alg} is {mode}; {enc} encrypts the content.',
  'jwe.mode.direct-encryption': 'direct encryption: the shared symmetric key is the CEK itself',
  'jwe.mode.key-wrapping': 'key wrapping: a random CEK is wrapped with a symmetric key',
  'jwe.mode.key-encryption':
    'key encryption: a random CEK is encrypted to the recipient’s public key',
  'jwe.mode.direct-key-agreement':
    'direct key agreement: the CEK is derived from an ECDH shared secret and never sent',
  'jwe.mode.key-agreement-with-key-wrapping':
    'key agreement with key wrapping: an ECDH shared secret derives the key that wraps a random CEK',
  'jwe.cek.title': 'Content encryption key (CEK)',
  'jwe.cek.random':
    'A fresh random key of {bits} bits for {enc}, made for this token alone (RFC 7518 §5).',
  'jwe.cek.dir': 'With dir, the key the sender and recipient share is the CEK ({bits} bits).',
  'jwe.cek.agreement':
    'With ECDH-ES, the CEK is the output of the key agreement below ({bits} bits).',
  'jwe.key-agreement.title': 'Key agreement (ECDH-ES)',
  'jwe.key-agreement':
    'An ephemeral key on {crv} (epk in the header) and the recipient’s key give the shared secret Z; the Concat KDF derives keydatalen bits from Z, AlgorithmID, apu and apv (RFC 7518 §4.6.2).',
  'jwe.pbes2.title': 'Key from the password (PBES2)',
  'jwe.pbes2':
    'PBKDF2 with HMAC-{hash} over the password, {p2c} iterations, salt = UTF-8(alg) ‖ 0x00 ‖ p2s, derives the key-wrapping key.',
  'jwe.encrypted-key.title': 'Encrypted key',
  'jwe.encrypted-key': 'The CEK encrypted or wrapped for the recipient with {alg}.',
  'jwe.encrypted-key.empty':
    'Empty: with {alg} the CEK is not sent, the recipient derives it or already has it.',
  'jwe.iv.title': 'Initialization vector (IV)',
  'jwe.iv': 'A fresh random IV of {bits} bits for {enc}; it must never repeat under one key.',
  'jwe.compress.title': 'Compression (zip: DEF)',
  'jwe.compress': 'The plaintext is compressed with DEFLATE (RFC 1951) before it is encrypted.',
  'jwe.protected-header.title': 'Protected header',
  'jwe.protected-header':
    'The header’s JSON text as UTF-8, base64url-encoded: the first part of the token.',
  'jwe.aad.title': 'Additional authenticated data (AAD)',
  'jwe.aad':
    'AAD = ASCII(BASE64URL(UTF8(protected header))), {bytes} bytes: the tag covers the header, so a changed header fails decryption.',
  'jwe.encrypt.title': 'Ciphertext and authentication tag',
  'jwe.encrypt.gcm':
    '{enc} encrypts the plaintext with the CEK and IV and authenticates the AAD: out come the ciphertext and a {tagBits}-bit tag.',
  'jwe.encrypt.cbc':
    '{enc}: the CEK’s first half is the HMAC key, its second the AES-CBC key; the tag is the first half of HMAC(AAD ‖ IV ‖ ciphertext ‖ AL), AL being the AAD’s length in bits (RFC 7518 §5.2.2.1).',
  'jwe.serialize.title': 'Compact serialization',
  'jwe.serialize':
    'The five parts, base64url-encoded and joined by dots ({length} characters): header.encrypted key.IV.ciphertext.tag.',
  'jwe.inner': 'The content is a signed JWT (nested, RFC 7519 §5.2): below, how that JWS was made.',
  'jwe.snippets.unavailable': 'The token needs a readable header with a known alg and enc.',
  'jwe.snippets.unsupported': '{library} cannot decrypt {alg} with {enc}.',
  'jwe.snippets.placeholders':
    'The key comes from the environment (JWE_KEY, JWE_PASSWORD) or a file (JWE_PRIVATE_KEY_FILE, JWE_PRIVATE_JWK_FILE): never paste it into code.',
  'sd.loading': 'Computing the digests…',
  'sd.none': 'This SD-JWT has no disclosures: nothing was made selectively disclosable.',
  'sd.choose': 'Disclosure',
  'sd.arrayElement': 'array element',
  'sd.malformed': 'This disclosure is not a well-formed JSON array, so it cannot be rebuilt.',
  'sd.unsupportedAlg':
    'The payload’s _sd_alg is not one this page can compute (sha-256, sha-384, sha-512).',
  'sd.parts.title': 'Salt, claim name and value',
  'sd.parts':
    'A random salt (at least 128 bits, RFC 9901 §4.2.1), the claim name and its value: the salt keeps the digest from being guessed.',
  'sd.parts.element':
    'A random salt (at least 128 bits, RFC 9901 §4.2.2) and the array element’s value; an array element has no name.',
  'sd.array.title': 'JSON array',
  'sd.array':
    'The three (or two) are written as a JSON array. Its text is kept exactly as the issuer wrote it: there is no canonical form.',
  'sd.utf8.title': 'UTF-8 bytes',
  'sd.utf8': 'The array’s text as UTF-8: {bytes} bytes, shown here in hex.',
  'sd.base64url.title': 'Base64url: the disclosure',
  'sd.base64url': 'Base64url of those bytes is the disclosure, the part of the token after a ~.',
  'sd.digest.title': 'Digest',
  'sd.digest':
    '{alg} over the ASCII text of the disclosure, base64url-encoded: the digest the issuer signed in place of the claim.',
  'sd.place.object': 'It stands in the _sd array of {path}.',
  'sd.place.array': 'It stands as {"...": digest} in the array {path}.',
  'sd.place.none': 'No digest in the payload or in another disclosure is this one.',
  'sd.root': 'the payload',
  'sd.label.salt': 'salt',
  'sd.label.name': 'name',
  'sd.label.value': 'value',
  'sd.sdHash.title': 'Key binding: sd_hash',
  'sd.sdHash':
    '{alg} over the issuer-signed JWT and each disclosure, each followed by ~ (the KB-JWT itself excluded), base64url: the sd_hash the KB-JWT must hold (RFC 9901 §4.3.1).',
  'sd.sdHash.matches': 'The KB-JWT’s sd_hash is this value.',
  'sd.sdHash.differs': 'The KB-JWT’s sd_hash is {claimed}: not this presentation’s.',
  'sd.sdHash.missing': 'The KB-JWT has no sd_hash.',
  'sd.issuer': 'The issuer-signed JWT is a JWS: below, how it was made.',
  'sd.snippets.unavailable': 'The issuer-signed JWT needs a readable header with an alg.',
  'sd.snippets.none':
    'An SD-JWT must not be unsigned (alg "none", RFC 9901 §4.1): no code here accepts it.',
  'sd.snippets.unsupported': '{library} cannot verify {alg} here.',
  'sd.snippets.placeholders':
    'The issuer’s public key comes from a file (SD_JWT_ISSUER_KEY_FILE, PEM), the token from the command line: never paste a key into code.',
} as const;

export type LearnKindsKey = keyof typeof learnKindsEn;

export const learnKindsZh: Readonly<Record<LearnKindsKey, string>> = {
  'jwe.loading': '正在读取令牌…',
  'jwe.unavailable': '令牌需要有可读的受保护头部，且其中的 alg 和 enc 是已知算法。',
  'jwe.known.decrypted': '下面都是真实的值：解密密钥已解密此令牌。',
  'jwe.known.encrypted': '下面都是真实的值：页面刚刚用新的 CEK 和 IV 加密了头部与载荷。',
  'jwe.known.unknown':
    '只有接收方的密钥才能还原内容加密密钥（CEK）：标为“解密后可知”的值，要在解密密钥解密此令牌后才会显示。其余的值都直接取自令牌本身。',
  'jwe.unknown': '解密后可知',
  'jwe.bytes': '{bytes} 字节',
  'jwe.step': 'RFC 7516 §5.1 第 {steps} 步 · {source}',
  'jwe.mode.title': '密钥管理模式',
  'jwe.mode': '{alg} 采用{mode}；内容由 {enc} 加密。',
  'jwe.mode.direct-encryption': '直接加密：双方共享的对称密钥本身就是 CEK',
  'jwe.mode.key-wrapping': '密钥包装：随机生成的 CEK 用对称密钥包装',
  'jwe.mode.key-encryption': '密钥加密：随机生成的 CEK 用接收方的公钥加密',
  'jwe.mode.direct-key-agreement': '直接密钥协商：CEK 由 ECDH 共享秘密派生，不随令牌传送',
  'jwe.mode.key-agreement-with-key-wrapping':
    '密钥协商加密钥包装：由 ECDH 共享秘密派生出密钥，再用它包装随机生成的 CEK',
  'jwe.cek.title': '内容加密密钥（CEK）',
  'jwe.cek.random': '为 {enc} 新生成的 {bits} 位随机密钥，只用于这一个令牌（RFC 7518 §5）。',
  'jwe.cek.dir': '使用 dir 时，发送方与接收方共享的密钥就是 CEK（{bits} 位）。',
  'jwe.cek.agreement': '使用 ECDH-ES 时，CEK 就是下面密钥协商的输出（{bits} 位）。',
  'jwe.key-agreement.title': '密钥协商（ECDH-ES）',
  'jwe.key-agreement':
    '{crv} 曲线上的临时密钥（头部中的 epk）与接收方的密钥得出共享秘密 Z；Concat KDF 再由 Z、AlgorithmID、apu 和 apv 派生出 keydatalen 位的密钥（RFC 7518 §4.6.2）。',
  'jwe.pbes2.title': '由密码派生密钥（PBES2）',
  'jwe.pbes2':
    '对密码做 PBKDF2（HMAC-{hash}，迭代 {p2c} 次，盐值 = UTF-8(alg) ‖ 0x00 ‖ p2s），派生出用于包装 CEK 的密钥。',
  'jwe.encrypted-key.title': '加密后的密钥',
  'jwe.encrypted-key': '用 {alg} 为接收方加密或包装后的 CEK。',
  'jwe.encrypted-key.empty': '为空：使用 {alg} 时 CEK 不随令牌传送，接收方自行派生或本就持有。',
  'jwe.iv.title': '初始化向量（IV）',
  'jwe.iv': '为 {enc} 新生成的 {bits} 位随机 IV；同一密钥下绝不能重复。',
  'jwe.compress.title': '压缩（zip: DEF）',
  'jwe.compress': '明文在加密前先用 DEFLATE（RFC 1951）压缩。',
  'jwe.protected-header.title': '受保护头部',
  'jwe.protected-header': '头部的 JSON 文本按 UTF-8 编码后再做 base64url 编码：令牌的第一部分。',
  'jwe.aad.title': '附加认证数据（AAD）',
  'jwe.aad':
    'AAD = ASCII(BASE64URL(UTF8(JWE Protected Header)))，即受保护头部的编码，共 {bytes} 字节：认证标签覆盖头部，头部一旦被改，解密就会失败。',
  'jwe.encrypt.title': '密文与认证标签',
  'jwe.encrypt.gcm': '{enc} 用 CEK 和 IV 加密明文并认证 AAD，得到密文和 {tagBits} 位的认证标签。',
  'jwe.encrypt.cbc':
    '{enc}：CEK 的前一半是 HMAC 密钥，后一半是 AES-CBC 密钥；认证标签是对 AAD ‖ IV ‖ 密文 ‖ AL 计算的 HMAC 的前一半，AL 为 AAD 的位长（RFC 7518 §5.2.2.1）。',
  'jwe.serialize.title': '紧凑序列化',
  'jwe.serialize':
    '五个部分（头部、加密后的密钥、IV、密文、认证标签）各自做 base64url 编码，再用点连接，共 {length} 个字符。',
  'jwe.inner': '内容是一个已签名的 JWT（嵌套，RFC 7519 §5.2）：下面是这个 JWS 的生成过程。',
  'jwe.snippets.unavailable': '令牌需要有可读的头部，且其中的 alg 和 enc 是已知算法。',
  'jwe.snippets.unsupported': '{library} 无法解密使用 {alg} 和 {enc} 的令牌。',
  'jwe.snippets.placeholders':
    '密钥来自环境变量（JWE_KEY、JWE_PASSWORD）或文件（JWE_PRIVATE_KEY_FILE、JWE_PRIVATE_JWK_FILE）：切勿把它写进代码。',
  'sd.loading': '正在计算摘要…',
  'sd.none': '此 SD-JWT 没有披露项：没有任何声明被设为可选择性披露。',
  'sd.choose': '披露项',
  'sd.arrayElement': '数组元素',
  'sd.malformed': '此披露项不是格式正确的 JSON 数组，无法重建。',
  'sd.unsupportedAlg': '载荷中的 _sd_alg 不是本页面能计算的算法（sha-256、sha-384、sha-512）。',
  'sd.parts.title': '盐值、声明名与值',
  'sd.parts':
    '一个随机盐值（至少 128 位，RFC 9901 §4.2.1）、声明名及其值：有了盐值，摘要就无法被猜出。',
  'sd.parts.element':
    '一个随机盐值（至少 128 位，RFC 9901 §4.2.2）和数组元素的值；数组元素没有名称。',
  'sd.array.title': 'JSON 数组',
  'sd.array':
    '这三项（或两项）写成一个 JSON 数组。其文本完全保留签发者写下的样子：没有规范化形式。',
  'sd.utf8.title': 'UTF-8 字节',
  'sd.utf8': '数组文本按 UTF-8 编码：共 {bytes} 字节，这里以十六进制显示。',
  'sd.base64url.title': 'Base64URL：得到披露项',
  'sd.base64url': '这些字节的 base64url 编码就是披露项，即令牌中 ~ 之后的部分。',
  'sd.digest.title': '摘要',
  'sd.digest':
    '对披露项的 ASCII 文本做 {alg}，再做 base64url 编码：签发者签入载荷、代替该声明的摘要。',
  'sd.place.object': '它位于 {path} 的 _sd 数组中。',
  'sd.place.array': '它以 {"...": 摘要} 的形式位于数组 {path} 中。',
  'sd.place.none': '载荷和其他披露项中都没有这个摘要。',
  'sd.root': '载荷',
  'sd.label.salt': '盐值',
  'sd.label.name': '名称',
  'sd.label.value': '值',
  'sd.sdHash.title': '密钥绑定：sd_hash',
  'sd.sdHash':
    '对签发者签名的 JWT 及每个披露项（各自后接 ~，不含 KB-JWT 本身）做 {alg}，再做 base64url 编码：KB-JWT 必须包含的 sd_hash（RFC 9901 §4.3.1）。',
  'sd.sdHash.matches': 'KB-JWT 中的 sd_hash 正是这个值。',
  'sd.sdHash.differs': 'KB-JWT 中的 sd_hash 是 {claimed}：与此次出示的内容不符。',
  'sd.sdHash.missing': 'KB-JWT 中没有 sd_hash。',
  'sd.issuer': '签发者签名的 JWT 是一个 JWS：下面是它的生成过程。',
  'sd.snippets.unavailable': '签发者签名的 JWT 需要有可读的头部和 alg。',
  'sd.snippets.none':
    'SD-JWT 必须签名，而此令牌的 alg 为 "none"（RFC 9901 §4.1）：这里不提供接受它的代码。',
  'sd.snippets.unsupported': '{library} 在此无法验证 {alg}。',
  'sd.snippets.placeholders':
    '签发者的公钥来自文件（SD_JWT_ISSUER_KEY_FILE，PEM），令牌来自命令行：切勿把密钥写进代码。',
};

export const learnKindsMessages = { en: learnKindsEn, zh: learnKindsZh } as const;
