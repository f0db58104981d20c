/**
 * 简体中文说明：RFC 7518 §4.1 与 §5.1 的每个 JWE 密钥管理（alg）和内容加密（enc）取值。
 * 键与 ../en/jwe-values.ts 相同。
 */
import type { ClaimTexts } from '../types';

export const jweValuesZh: ClaimTexts = {
  // 密钥管理：内容加密密钥（CEK）如何送达接收方。
  'header:alg=RSA1_5': {
    title: 'RSA1_5：RSAES-PKCS1-v1_5 密钥加密',
    description:
      '用 PKCS #1 v1.5 填充把 CEK 加密给 RSA 公钥。已不推荐使用：其填充检查会招致 Bleichenbacher 攻击，请改用 RSA-OAEP-256。浏览器无法执行它。',
  },
  'header:alg=RSA-OAEP': {
    title: 'RSA-OAEP：使用 SHA-1 的 RSAES-OAEP',
    description:
      '用 OAEP 填充（SHA-1，MGF1 使用 SHA-1）把 CEK 加密给 RSA 公钥。用于 OAEP 时仍然安全，但如今通常选用 RSA-OAEP-256。',
  },
  'header:alg=RSA-OAEP-256': {
    title: 'RSA-OAEP-256：使用 SHA-256 的 RSAES-OAEP',
    description:
      '用 OAEP 填充（SHA-256，MGF1 使用 SHA-256）把 CEK 加密给 RSA 公钥，接收方用对应的私钥解密。',
  },
  'header:alg=RSA-OAEP-384': {
    title: 'RSA-OAEP-384：使用 SHA-384 的 RSAES-OAEP',
    description: '用 OAEP 填充（SHA-384，MGF1 使用 SHA-384）把 CEK 加密给 RSA 公钥。',
  },
  'header:alg=RSA-OAEP-512': {
    title: 'RSA-OAEP-512：使用 SHA-512 的 RSAES-OAEP',
    description: '用 OAEP 填充（SHA-512，MGF1 使用 SHA-512）把 CEK 加密给 RSA 公钥。',
  },
  'header:alg=A128KW': {
    title: 'A128KW：128 位密钥的 AES 密钥包装',
    description:
      '用双方共享的 128 位 AES 密钥包装 CEK（RFC 3394 密钥包装）。双方都必须事先持有该密钥。',
  },
  'header:alg=A192KW': {
    title: 'A192KW：192 位密钥的 AES 密钥包装',
    description:
      '用双方共享的 192 位 AES 密钥包装 CEK（RFC 3394 密钥包装）。Chromium 不支持 192 位 AES。',
  },
  'header:alg=A256KW': {
    title: 'A256KW：256 位密钥的 AES 密钥包装',
    description: '用双方共享的 256 位 AES 密钥包装 CEK（RFC 3394 密钥包装）。',
  },
  'header:alg=dir': {
    title: 'dir：用共享密钥直接加密',
    description:
      '不包装任何密钥：共享的对称密钥本身就是 CEK，因此加密后的密钥这一部分为空。它的长度必须符合 enc 算法的要求。',
  },
  'header:alg=ECDH-ES': {
    title: 'ECDH-ES：直接密钥协商',
    description:
      '发送方生成临时密钥（epk），与接收方公钥做 ECDH 协商，再用 Concat KDF 并混入 apu 和 apv 派生出 CEK。加密后的密钥这一部分为空。',
  },
  'header:alg=ECDH-ES+A128KW': {
    title: 'ECDH-ES+A128KW：密钥协商后再做 AES 密钥包装',
    description: '与 epk 中的临时密钥做 ECDH 协商，派生出 128 位密钥，再用它以 AES 密钥包装 CEK。',
  },
  'header:alg=ECDH-ES+A192KW': {
    title: 'ECDH-ES+A192KW：密钥协商后再做 AES 密钥包装',
    description:
      '与 epk 中的临时密钥做 ECDH 协商，派生出 192 位密钥，再用它以 AES 密钥包装 CEK。Chromium 不支持 192 位 AES。',
  },
  'header:alg=ECDH-ES+A256KW': {
    title: 'ECDH-ES+A256KW：密钥协商后再做 AES 密钥包装',
    description: '与 epk 中的临时密钥做 ECDH 协商，派生出 256 位密钥，再用它以 AES 密钥包装 CEK。',
  },
  'header:alg=A128GCMKW': {
    title: 'A128GCMKW：128 位密钥的 AES-GCM 密钥包装',
    description:
      '用共享的 128 位 AES 密钥以 GCM 模式加密 CEK；这一步的 IV 和认证标签分别放在头部参数 iv 和 tag 中。',
  },
  'header:alg=A192GCMKW': {
    title: 'A192GCMKW：192 位密钥的 AES-GCM 密钥包装',
    description:
      '用共享的 192 位 AES 密钥以 GCM 模式加密 CEK（iv 和 tag 在头部中）。Chromium 不支持 192 位 AES。',
  },
  'header:alg=A256GCMKW': {
    title: 'A256GCMKW：256 位密钥的 AES-GCM 密钥包装',
    description:
      '用共享的 256 位 AES 密钥以 GCM 模式加密 CEK；这一步的 IV 和认证标签分别放在头部参数 iv 和 tag 中。',
  },
  'header:alg=PBES2-HS256+A128KW': {
    title: 'PBES2-HS256+A128KW：基于密码，再做 AES 密钥包装',
    description:
      '用 HMAC SHA-256 的 PBKDF2，由密码、盐值 p2s 和次数 p2c 得到 128 位密钥，再用它以 AES 密钥包装 CEK。',
  },
  'header:alg=PBES2-HS384+A192KW': {
    title: 'PBES2-HS384+A192KW：基于密码，再做 AES 密钥包装',
    description:
      '用 HMAC SHA-384 的 PBKDF2，由密码、盐值 p2s 和次数 p2c 得到 192 位密钥，再用它以 AES 密钥包装 CEK。Chromium 不支持 192 位 AES。',
  },
  'header:alg=PBES2-HS512+A256KW': {
    title: 'PBES2-HS512+A256KW：基于密码，再做 AES 密钥包装',
    description:
      '用 HMAC SHA-512 的 PBKDF2，由密码、盐值 p2s 和次数 p2c 得到 256 位密钥，再用它以 AES 密钥包装 CEK。',
  },

  // 内容加密：如何用 CEK 加密载荷。
  'header:enc=A128CBC-HS256': {
    title: 'A128CBC-HS256：AES-128-CBC 加 HMAC SHA-256',
    description:
      '载荷用 CBC 模式的 AES-128 加密，并用 HMAC SHA-256（截断为 128 位标签）认证。256 位的 CEK 包含这两把密钥；IV 为 128 位。',
  },
  'header:enc=A192CBC-HS384': {
    title: 'A192CBC-HS384：AES-192-CBC 加 HMAC SHA-384',
    description:
      'CBC 模式的 AES-192 加 HMAC SHA-384（截断为 192 位标签），使用 384 位的 CEK。Chromium 不支持 192 位 AES。',
  },
  'header:enc=A256CBC-HS512': {
    title: 'A256CBC-HS512：AES-256-CBC 加 HMAC SHA-512',
    description:
      '载荷用 CBC 模式的 AES-256 加密，并用 HMAC SHA-512（截断为 256 位标签）认证。512 位的 CEK 包含这两把密钥；IV 为 128 位。',
  },
  'header:enc=A128GCM': {
    title: 'A128GCM：GCM 模式的 AES-128',
    description:
      '载荷用 AES-GCM 加密并认证，使用 128 位 CEK、96 位 IV 和 128 位标签。同一密钥绝不能重复使用同一个 IV。',
  },
  'header:enc=A192GCM': {
    title: 'A192GCM：GCM 模式的 AES-192',
    description: '使用 192 位 CEK、96 位 IV 和 128 位标签的 AES-GCM。Chromium 不支持 192 位 AES。',
  },
  'header:enc=A256GCM': {
    title: 'A256GCM：GCM 模式的 AES-256',
    description:
      '载荷用 AES-GCM 加密并认证，使用 256 位 CEK、96 位 IV 和 128 位标签。同一密钥绝不能重复使用同一个 IV。',
  },
};
