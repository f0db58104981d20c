/**
 * The words for the JWE engine's codes (src/core/jwe/codes.ts), its security checks
 * (src/core/jwe/lints.ts), the steps of "How it's made" (src/core/jwe/explain.ts) and the
 * `Decryption status` headlines. `{name}` marks a value from the code's `detail`.
 */
import type { JweCode } from '../../../core/jwe/codes';
import type { JweStepId } from '../../../core/jwe/explain';
import type { JweLintRule } from '../../../core/jwe/lints';

export const jweEn = {
  JWE_PART_COUNT: 'A compact JWE has five parts separated by dots; this token has {count}.',
  JWE_JSON_SERIALIZATION:
    'This is the JWE JSON serialization (RFC 7516 §7.2). The page reads and decrypts compact JWEs only.',
  JWE_HEADER_NOT_OBJECT: 'The protected header is JSON but not an object.',
  JWE_ALG_MISSING: 'The header has no "alg": the key-management algorithm is unknown.',
  JWE_ALG_NOT_STRING: 'The header\'s "alg" is not a string.',
  JWE_ALG_UNKNOWN: '"{alg}" is not a JWE key-management algorithm (RFC 7518 §4.1).',
  JWE_ENC_MISSING: 'The header has no "enc": the content-encryption algorithm is unknown.',
  JWE_ENC_NOT_STRING: 'The header\'s "enc" is not a string.',
  JWE_ENC_UNKNOWN: '"{enc}" is not a JWE content-encryption algorithm (RFC 7518 §5.1).',
  JWE_ZIP_UNKNOWN: '"zip" is "{zip}"; the only compression JWE defines is "DEF" (RFC 7516 §4.1.3).',
  JWE_PARAM_MISSING: '{alg} needs the header parameter "{name}", which is missing.',
  JWE_PARAM_WRONG_TYPE: 'The header parameter "{name}" must be a {expected}.',
  JWE_PARAM_NOT_BASE64URL: 'The header parameter "{name}" is not base64url.',
  JWE_PARAM_UNUSED: '{alg} does not use the header parameter "{name}"; it is ignored.',
  JWE_EPK_INVALID:
    'The ephemeral public key "epk" is not a valid public JWK ({reason} of "{member}").',
  JWE_EPK_CURVE_UNKNOWN:
    'The "epk" is on curve "{crv}", which ECDH-ES does not use (P-256, P-384, P-521, X25519, X448).',
  JWE_EPK_HAS_PRIVATE_KEY:
    'The "epk" carries its private key "d": anyone holding this token can decrypt it.',
  JWE_P2S_TOO_SHORT:
    'The PBES2 salt "p2s" is {bytes} bytes; RFC 7518 §4.8.1.1 requires at least {minimum}.',
  JWE_P2C_INVALID: 'The PBES2 iteration count "p2c" ({found}) is not a positive integer.',
  JWE_P2C_OVER_CAP:
    'p2c is {p2c} iterations, above the limit of {cap}: decrypting would take seconds, so the page refuses (a known denial-of-service trick).',
  JWE_P2C_HIGH:
    'p2c is {p2c} iterations, more than {threshold}: every decryption pays this cost, which lets a sender exhaust a recipient.',
  JWE_IV_LENGTH: 'The initialization vector is {found} bits; {enc} needs {expected}.',
  JWE_TAG_LENGTH: 'The authentication tag is {found} bits; {enc} produces {expected}.',
  JWE_CIPHERTEXT_LENGTH:
    'The ciphertext is {bytes} bytes; AES-CBC ciphertext is one or more whole 16-byte blocks.',
  JWE_ENCRYPTED_KEY_NOT_EMPTY:
    '{alg} uses no encrypted key, but this part holds {bytes} bytes (RFC 7516 §5.1 step 5).',
  JWE_ENCRYPTED_KEY_MISSING:
    '{alg} wraps or encrypts the content key, but the encrypted key is empty.',
  JWE_ENCRYPTED_KEY_LENGTH:
    'The encrypted key is {found} bytes; {alg} with this enc gives {expected}.',
  JWE_ENCRYPTED_KEY_TOO_SHORT:
    'The encrypted key is {found} bytes; {alg} with a key of at least 2048 bits gives at least {minimum}.',
  JWE_KW_PARAM_LENGTH:
    'The key-wrap "{name}" in the header is {found} bits; AES-GCM key wrap uses {expected}.',
  JWE_CRIT_INVALID:
    '"crit" must be a non-empty list of extension names that the header holds, none of them a registered name.',
  JWE_CRIT_UNSUPPORTED:
    '"crit" marks extensions this page does not implement ({names}): a recipient must reject the token.',
  JWE_CTY_JWT: 'cty "JWT": the content should be a nested JWT (RFC 7519 §5.2).',

  JWE_KEY_EMPTY: 'No key given.',
  JWE_KEY_UNREADABLE: 'The key could not be read ({keyCode}).',
  JWE_KEY_NOT_BASE64URL:
    'The key is neither an "oct" JWK nor base64url key bytes ({problem} at character {offset}).',
  JWE_KEY_WRONG_TYPE: 'This algorithm needs a {expected} key; this is a {found} key.',
  JWE_KEY_WRONG_CURVE:
    'The key is on {found}; ECDH-ES uses P-256, P-384, P-521, X25519 or X448 (an Ed25519 key signs, it does not agree keys).',
  JWE_KEY_CURVE_MISMATCH:
    'The token\'s "epk" is on {expected}, the key on {found}: they must match.',
  JWE_KEY_WRONG_SIZE: '{alg} needs a {expected}-bit key; this one has {found} bits.',
  JWE_KEY_RSA_TOO_SMALL: 'The RSA key has {bits} bits; RFC 7518 requires at least {minimum}.',
  JWE_KEY_PUBLIC_ONLY: 'This is a public key: decrypting needs the private key.',
  JWE_KEY_JWK_ALG_MISMATCH: 'The JWK is for alg {jwkAlg}; this token uses {alg}.',
  JWE_KEY_JWK_USE_MISMATCH: 'The JWK\'s "use" is "{use}", not "enc".',
  JWE_KEY_JWK_OPS_MISMATCH: 'The JWK\'s "key_ops" ({keyOps}) do not allow "{operation}".',
  JWE_KEY_NO_MATCH_IN_JWKS:
    'None of the {keyCount} keys in the JWK Set fits this token ({reasons}).',
  JWE_KEY_IMPORT_FAILED: 'WebCrypto refused the key ({reason}).',
  JWE_PASSWORD_EMPTY: 'PBES2 needs a password; none was given.',

  JWE_NO_KEY: 'Paste the key in Decryption key to decrypt.',
  JWE_MALFORMED: 'A part of the token does not decode ({code}).',
  JWE_UNWRAP_FAILED:
    'The content key did not unwrap: this is not the key (or password) this token was encrypted to, or the encrypted key was altered.',
  JWE_CEK_WRONG_SIZE: 'The content key is {found} bits; the enc needs {expected}.',
  JWE_ENCRYPTED_KEY_MODULUS:
    "The encrypted key is {found} bytes but this RSA key's modulus is {expected}: this is not the key the token was encrypted to.",
  JWE_TAG_MISMATCH:
    'The authentication tag does not match: the ciphertext, IV, header or tag were altered, or the content key is not the one used.',
  JWE_EPK_NOT_ON_CURVE:
    'The "epk" is not a point on {crv}: an invalid-curve attack would use such a point to learn the private key.',
  JWE_EPK_SMALL_ORDER: 'The "epk" is a small-order point: the shared secret would be all zeros.',
  JWE_ZIP_TOO_LARGE:
    'The compressed content inflates past {limit} bytes; the page stops there (a compression bomb).',
  JWE_ZIP_INVALID: 'The header says zip "DEF" but the content is not valid DEFLATE.',
  JWE_CONTENT_DECRYPT_FAILED:
    "The tag matched but the content did not decrypt: the sender's encoder produced bad padding.",

  JWE_HEADER_INVALID: 'The header is not a JSON object, so nothing can be encrypted.',
  JWE_ZIP_UNAVAILABLE: 'zip "DEF" needs CompressionStream, which this browser lacks.',

  JWE_ALG_UNSUPPORTED:
    '{name} is not supported by this browser: its WebCrypto cannot do {capability}.',
  JWE_ENC_UNSUPPORTED:
    '{name} is not supported by this browser: its WebCrypto cannot do {capability}.',
  JWE_CURVE_UNSUPPORTED:
    'Curve {name} is not supported by this browser: its WebCrypto has no {capability}.',
  JWE_JSON_UNSUPPORTED:
    'The JSON serialization is not supported by this page: paste the compact form (five parts).',

  JWE_NESTED_JWS: 'The content is a signed JWT: a nested JWT (sign, then encrypt).',
  JWE_CTY_JWT_NOT_NESTED: 'cty says "JWT", but the content is not a compact JWT.',
} satisfies Record<JweCode, string>;

export const jweZh: Record<JweCode, string> = {
  JWE_PART_COUNT: '紧凑格式的 JWE 由点分隔成五部分；这个令牌有 {count} 部分。',
  JWE_JSON_SERIALIZATION:
    '这是 JWE 的 JSON 序列化（RFC 7516 §7.2）。本页面只读取和解密紧凑格式的 JWE。',
  JWE_HEADER_NOT_OBJECT: '受保护头部是 JSON，但不是对象。',
  JWE_ALG_MISSING: '头部没有 "alg"：不知道密钥管理算法。',
  JWE_ALG_NOT_STRING: '头部的 "alg" 不是字符串。',
  JWE_ALG_UNKNOWN: '"{alg}" 不是 JWE 密钥管理算法（RFC 7518 §4.1）。',
  JWE_ENC_MISSING: '头部没有 "enc"：不知道内容加密算法。',
  JWE_ENC_NOT_STRING: '头部的 "enc" 不是字符串。',
  JWE_ENC_UNKNOWN: '"{enc}" 不是 JWE 内容加密算法（RFC 7518 §5.1）。',
  JWE_ZIP_UNKNOWN: '"zip" 的值是 "{zip}"；JWE 只定义了 "DEF" 一种压缩（RFC 7516 §4.1.3）。',
  JWE_PARAM_MISSING: '{alg} 需要头部参数 "{name}"，但缺少它。',
  JWE_PARAM_WRONG_TYPE: '头部参数 "{name}" 必须是 {expected}。',
  JWE_PARAM_NOT_BASE64URL: '头部参数 "{name}" 不是 base64url。',
  JWE_PARAM_UNUSED: '{alg} 不使用头部参数 "{name}"，它会被忽略。',
  JWE_EPK_INVALID: '临时公钥 "epk" 不是有效的公钥 JWK（"{member}" 的 {reason}）。',
  JWE_EPK_CURVE_UNKNOWN:
    '"epk" 在曲线 "{crv}" 上，ECDH-ES 不使用这条曲线（只用 P-256、P-384、P-521、X25519、X448）。',
  JWE_EPK_HAS_PRIVATE_KEY: '"epk" 带着它的私钥 "d"：拿到这个令牌的人都能解密它。',
  JWE_P2S_TOO_SHORT:
    'PBES2 的盐值 "p2s" 只有 {bytes} 字节；RFC 7518 §4.8.1.1 要求至少 {minimum} 字节。',
  JWE_P2C_INVALID: 'PBES2 的迭代次数 "p2c"（{found}）不是正整数。',
  JWE_P2C_OVER_CAP:
    'p2c 是 {p2c} 次迭代，超过上限 {cap}：解密要花好几秒，所以本页面拒绝（这是已知的拒绝服务手法）。',
  JWE_P2C_HIGH:
    'p2c 是 {p2c} 次迭代，多于 {threshold}：每次解密都要付出这个代价，发送方可借此拖垮接收方。',
  JWE_IV_LENGTH: '初始化向量是 {found} 位；{enc} 需要 {expected} 位。',
  JWE_TAG_LENGTH: '认证标签是 {found} 位；{enc} 生成的是 {expected} 位。',
  JWE_CIPHERTEXT_LENGTH: '密文有 {bytes} 字节；AES-CBC 的密文是一个或多个完整的 16 字节分组。',
  JWE_ENCRYPTED_KEY_NOT_EMPTY:
    '{alg} 不使用加密后的密钥，但这一部分有 {bytes} 字节（RFC 7516 §5.1 第 5 步）。',
  JWE_ENCRYPTED_KEY_MISSING: '{alg} 要包装或加密内容加密密钥，但加密后的密钥这一部分是空的。',
  JWE_ENCRYPTED_KEY_LENGTH:
    '加密后的密钥有 {found} 字节；{alg} 配合这个 enc 应为 {expected} 字节。',
  JWE_ENCRYPTED_KEY_TOO_SHORT:
    '加密后的密钥只有 {found} 字节；{alg} 使用至少 2048 位的密钥时，至少有 {minimum} 字节。',
  JWE_KW_PARAM_LENGTH:
    '头部中密钥包装用的 "{name}" 是 {found} 位；AES-GCM 密钥包装使用 {expected} 位。',
  JWE_CRIT_INVALID:
    '"crit" 必须是非空的扩展名列表，列出的名称都要出现在头部中，且不能是已注册的名称。',
  JWE_CRIT_UNSUPPORTED: '"crit" 标记了本页面没有实现的扩展（{names}）：接收方必须拒绝这个令牌。',
  JWE_CTY_JWT: 'cty 为 "JWT"：内容应是嵌套的 JWT（RFC 7519 §5.2）。',

  JWE_KEY_EMPTY: '没有提供密钥。',
  JWE_KEY_UNREADABLE: '无法读取这个密钥（{keyCode}）。',
  JWE_KEY_NOT_BASE64URL:
    '这个密钥既不是 "oct" JWK，也不是 base64url 编码的密钥字节（第 {offset} 个字符处：{problem}）。',
  JWE_KEY_WRONG_TYPE: '这个算法需要 {expected} 密钥；这是 {found} 密钥。',
  JWE_KEY_WRONG_CURVE:
    '这个密钥在 {found} 曲线上；ECDH-ES 使用 P-256、P-384、P-521、X25519 或 X448（Ed25519 密钥用于签名，不能协商密钥）。',
  JWE_KEY_CURVE_MISMATCH: '令牌的 "epk" 在 {expected} 上，密钥却在 {found} 上：两者必须相同。',
  JWE_KEY_WRONG_SIZE: '{alg} 需要 {expected} 位的密钥；这个密钥是 {found} 位。',
  JWE_KEY_RSA_TOO_SMALL: '这个 RSA 密钥只有 {bits} 位；RFC 7518 要求至少 {minimum} 位。',
  JWE_KEY_PUBLIC_ONLY: '这是公钥：解密需要私钥。',
  JWE_KEY_JWK_ALG_MISMATCH: '这个 JWK 是给 {jwkAlg} 用的；这个令牌使用 {alg}。',
  JWE_KEY_JWK_USE_MISMATCH: '这个 JWK 的 "use" 是 "{use}"，而不是 "enc"。',
  JWE_KEY_JWK_OPS_MISMATCH: '这个 JWK 的 "key_ops"（{keyOps}）不允许 "{operation}"。',
  JWE_KEY_NO_MATCH_IN_JWKS: 'JWK Set 中的 {keyCount} 个密钥都不适用于这个令牌（{reasons}）。',
  JWE_KEY_IMPORT_FAILED: 'WebCrypto 拒绝了这个密钥（{reason}）。',
  JWE_PASSWORD_EMPTY: 'PBES2 需要密码，但没有提供。',

  JWE_NO_KEY: '在“解密密钥”中粘贴密钥即可解密。',
  JWE_MALFORMED: '令牌的某一部分无法解码（{code}）。',
  JWE_UNWRAP_FAILED:
    '内容加密密钥没能解包：这不是加密这个令牌时所用的密钥（或密码），或者加密后的密钥被改动过。',
  JWE_CEK_WRONG_SIZE: '内容加密密钥是 {found} 位；这个 enc 需要 {expected} 位。',
  JWE_ENCRYPTED_KEY_MODULUS:
    '加密后的密钥有 {found} 字节，而这个 RSA 密钥的模数是 {expected} 字节：这不是加密这个令牌时所用的密钥。',
  JWE_TAG_MISMATCH:
    '认证标签不匹配：密文、初始化向量、头部或标签被改动过，或者内容加密密钥不是加密时所用的那个。',
  JWE_EPK_NOT_ON_CURVE: '"epk" 不是 {crv} 曲线上的点：无效曲线攻击正是用这样的点来套取私钥。',
  JWE_EPK_SMALL_ORDER: '"epk" 是小阶点：协商出的共享秘密会全是零。',
  JWE_ZIP_TOO_LARGE:
    '压缩的内容解压后超过 {limit} 字节；本页面就此停止解压（这是压缩炸弹的手法）。',
  JWE_ZIP_INVALID: '头部写着 zip "DEF"，但内容不是有效的 DEFLATE 数据。',
  JWE_CONTENT_DECRYPT_FAILED: '认证标签匹配，但内容没能解密：发送方的编码器生成了错误的填充。',

  JWE_HEADER_INVALID: '头部不是 JSON 对象，无法加密。',
  JWE_ZIP_UNAVAILABLE: 'zip "DEF" 需要 CompressionStream，但这个浏览器没有。',

  JWE_ALG_UNSUPPORTED: '这个浏览器不支持 {name}：它的 WebCrypto 做不到 {capability}。',
  JWE_ENC_UNSUPPORTED: '这个浏览器不支持 {name}：它的 WebCrypto 做不到 {capability}。',
  JWE_CURVE_UNSUPPORTED: '这个浏览器不支持曲线 {name}：它的 WebCrypto 没有 {capability}。',
  JWE_JSON_UNSUPPORTED: '本页面不支持 JSON 序列化：请粘贴紧凑格式（五部分）。',

  JWE_NESTED_JWS: '内容是一个已签名的 JWT：这是嵌套 JWT（先签名，再加密）。',
  JWE_CTY_JWT_NOT_NESTED: 'cty 写着 "JWT"，但内容不是紧凑格式的 JWT。',
};

export const jweLintEn = {
  'jwe-rsa1_5':
    "RSA1_5 (RSAES-PKCS1-v1_5) is deprecated: Bleichenbacher's padding-oracle attack recovers the content key from a recipient that answers differently to bad padding. Use RSA-OAEP-256.",
  'jwe-pbes2-known-password':
    'This PBES2 password is on public lists of well-known secrets: anyone can try them all against the token.',
  'jwe-dir-weak-key':
    'dir uses this key as the content key, and it is weak ({reason}): use random bytes of the full size.',
  'jwe-nested-no-cty':
    'The content is a nested JWT, but the header lacks cty "JWT" (RFC 7519 §5.2 requires it).',
  'jwe-compression':
    'The content is compressed before encryption: if an attacker controls part of it, the ciphertext length leaks the rest (CRIME, BREACH; RFC 8725 §3.6).',
  'jwe-pbes2-p2c-high':
    'p2c is {p2c}, above {threshold}: each decryption costs the recipient that many iterations.',
} satisfies Record<JweLintRule, string>;

export const jweLintZh: Record<JweLintRule, string> = {
  'jwe-rsa1_5':
    'RSA1_5（RSAES-PKCS1-v1_5）已被弃用：如果接收方对错误填充的反应不同，Bleichenbacher 填充预言攻击就能还原内容加密密钥。请改用 RSA-OAEP-256。',
  'jwe-pbes2-known-password':
    '这个 PBES2 密码在公开的常见密码列表中：任何人都能拿整张列表来试这个令牌。',
  'jwe-dir-weak-key':
    'dir 直接把这个密钥当作内容加密密钥，而它很弱（{reason}）：请使用完整长度的随机字节。',
  'jwe-nested-no-cty': '内容是嵌套 JWT，但头部缺少 cty "JWT"（RFC 7519 §5.2 要求必须有）。',
  'jwe-compression':
    '内容在加密前被压缩：如果攻击者能控制其中一部分，密文长度就会泄露其余部分（CRIME、BREACH；RFC 8725 §3.6）。',
  'jwe-pbes2-p2c-high': 'p2c 为 {p2c}，超过 {threshold}：每次解密都要让接收方做这么多次迭代。',
};

export const jweStepEn = {
  mode: 'Key management mode',
  cek: 'Content encryption key (CEK)',
  'key-agreement': 'Key agreement (ECDH-ES and the Concat KDF)',
  pbes2: 'Key from the password (PBKDF2)',
  'encrypted-key': 'Encrypted key',
  iv: 'Initialization vector',
  compress: 'Compression (zip "DEF")',
  'protected-header': 'Protected header',
  aad: 'Additional authenticated data: ASCII(BASE64URL(protected header))',
  encrypt: 'Encryption: ciphertext and authentication tag',
  serialize: 'Compact serialization',
} satisfies Record<JweStepId, string>;

export const jweStepZh: Record<JweStepId, string> = {
  mode: '密钥管理模式',
  cek: '内容加密密钥（CEK）',
  'key-agreement': '密钥协商（ECDH-ES 与 Concat KDF）',
  pbes2: '由密码派生密钥（PBKDF2）',
  'encrypted-key': '加密后的密钥',
  iv: '初始化向量',
  compress: '压缩（zip "DEF"）',
  'protected-header': '受保护头部',
  aad: '附加认证数据：受保护头部的 base64url 编码（ASCII 字节）',
  encrypt: '加密：密文与认证标签',
  serialize: '紧凑序列化',
};

/** `Decryption status` headlines (ui-contract): exactly one of these, or the code's message. */
export const jweStatusEn = {
  decrypted: 'Decrypted',
  failed: 'Decryption failed',
} as const;

export const jweStatusZh: Record<keyof typeof jweStatusEn, string> = {
  decrypted: '已解密',
  failed: '解密失败',
};
