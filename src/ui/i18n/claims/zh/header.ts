/**
 * 简体中文说明：JOSE 头部参数（RFC 7515、RFC 7516、RFC 7518、RFC 7797、RFC 8555）。键与 ../en/header.ts 相同。
 */
import type { ClaimTexts } from '../types';

export const headerZh: ClaimTexts = {
  // JOSE 头部参数：RFC 7515（JWS）与 RFC 7516（JWE）。
  'header:alg': {
    title: '算法',
    description:
      '对令牌签名（JWS，例如 HS256、RS256、ES256）或加密其密钥（JWE）所用的算法。验证方必须根据密钥决定接受哪些算法，而不是听从这个值：拒绝 "none"，也绝不能把 RSA 公钥当作 HS256 的共享密钥使用。',
  },
  'header:jku': {
    title: 'JWK Set 地址',
    description:
      '一个 JWK Set 的 URL，其中包含签名所用的密钥。除非该 URL 在白名单中，验证方绝不能从令牌自己指定的 URL 获取或信任密钥。',
  },
  'header:jwk': {
    title: '内嵌公钥（JWK）',
    description:
      '直接嵌在头部中的公钥。没有白名单时，验证方绝不能信任令牌自带的密钥；DPoP 证明和 ACME 请求则有意携带它，用来证明持有该密钥。',
  },
  'header:kid': {
    title: '密钥 ID',
    description:
      '指明所用密钥的提示，验证方据此从 JWK Set 中选出密钥。它是攻击者可控的文本，绝不要拼进文件路径或 SQL 查询；在 ACME 中它是账户的 URL。',
  },
  'header:x5u': {
    title: 'X.509 证书地址',
    description:
      '签名密钥对应的 X.509 证书或证书链的 URL。没有白名单时，验证方绝不能获取或信任令牌自己指定的证书，并且必须验证证书链。',
  },
  'header:x5c': {
    title: 'X.509 证书链',
    description:
      'DER 证书的数组，采用 base64（不是 base64url）编码，第一个证书包含签名密钥。验证方必须先用自己信任的根证书验证证书链，才能信任其中的密钥。',
  },
  'header:x5t': {
    title: 'X.509 证书指纹（SHA-1）',
    description:
      '包含该密钥的 DER 证书的 SHA-1 指纹，经 base64url 编码。验证方可以像 kid 一样用它挑选自己已经信任的证书。',
  },
  'header:x5t#S256': {
    title: 'X.509 证书指纹（SHA-256）',
    description:
      '包含该密钥的 DER 证书的 SHA-256 指纹，经 base64url 编码。验证方可以像 kid 一样用它挑选自己已经信任的证书。',
  },
  'header:typ': {
    title: '令牌类型',
    description:
      '整个令牌的媒体类型，通常为 "JWT"；一些规范规定了专用类型，例如 "at+jwt"（RFC 9068）、"dpop+jwt"（RFC 9449）、"secevent+jwt"（RFC 8417）。检查它可以防止一种令牌被当作另一种令牌接受。',
  },
  'header:cty': {
    title: '内容类型',
    description:
      '载荷的媒体类型。"JWT" 表示载荷本身也是一个 JWT（嵌套令牌，例如先签名再加密）；普通 JWT 不设置它。',
  },
  'header:crit': {
    title: '关键扩展参数',
    description:
      '列出接收方必须理解并处理的扩展头部参数，例如 ["b64"]。接收方只要有一个不理解，就必须拒绝该令牌。',
  },
  'header:enc': {
    title: '内容加密算法',
    description: '仅用于 JWE：用内容加密密钥（CEK）加密载荷的算法，例如 A256GCM 或 A128CBC-HS256。',
  },
  'header:zip': {
    title: '压缩算法',
    description:
      '仅用于 JWE："DEF" 表示载荷在加密前用 DEFLATE 压缩过。接收方应限制解压后的大小，以防压缩炸弹。',
  },
  'header:epk': {
    title: '临时公钥',
    description:
      '发送方为 ECDH-ES 密钥协商生成的临时公钥；接收方将其与自己的私钥结合来派生密钥。接收方必须检查该点确实位于预期的曲线上。',
  },
  'header:apu': {
    title: '协商方 U 信息（PartyUInfo）',
    description: '关于发送方的信息（例如其名称），经 base64url 编码，会参与 ECDH-ES 的密钥派生。',
  },
  'header:apv': {
    title: '协商方 V 信息（PartyVInfo）',
    description: '关于接收方的信息（例如其名称），经 base64url 编码，会参与 ECDH-ES 的密钥派生。',
  },
  'header:iv': {
    title: '初始化向量（密钥包装）',
    description:
      'AES-GCM 密钥包装（A128GCMKW 等）加密内容加密密钥时使用的 96 位 IV。它不是内容的 IV，后者是 JWE 中单独的一部分。',
  },
  'header:tag': {
    title: '认证标签（密钥包装）',
    description:
      'AES-GCM 密钥包装内容加密密钥时产生的 128 位认证标签。它不是内容的认证标签，后者是 JWE 中单独的一部分。',
  },
  'header:p2s': {
    title: 'PBES2 盐值输入',
    description:
      '基于密码的加密（PBES2）的盐值输入，经 base64url 编码，至少 8 字节。实际的盐值由 alg 名称、一个零字节和该值拼接而成。',
  },
  'header:p2c': {
    title: 'PBES2 迭代次数',
    description:
      '基于密码的加密时 PBKDF2 的迭代次数，建议至少 1000 次。接收方应设置上限，否则攻击者可以用极大的次数耗尽其 CPU。',
  },
  'header:b64': {
    title: '载荷是否 base64url 编码',
    description:
      '为 false 表示载荷不做 base64url 编码，而是以原始字节参与签名（RFC 7797）。它必须同时列在 crit 中，使不理解它的接收方拒绝该令牌。',
  },
  'header:url': {
    title: '请求 URL（ACME）',
    description: 'ACME 请求发送到的确切 URL。如果与实际不符，服务器会拒绝该请求。',
  },
  'header:nonce': {
    title: '防重放随机数（ACME）',
    description:
      '取自 ACME 服务器响应头 Replay-Nonce 的值。服务器对每个 nonce 只接受一次，以防止请求被重放。',
  },

  // 自身带有含义的取值（src/core/claims/header-values.ts）。
  'header:typ=jwt': {
    title: 'typ "JWT"：JWT 令牌',
    description:
      '该令牌是一个 JWT（RFC 7519 §5.1）。许多规范定义了更明确的类型；只接受 "JWT" 的验证方无法区分 ID 令牌、访问令牌和登出令牌。',
  },
  'header:typ=at+jwt': {
    title: 'typ "at+jwt"：OAuth 访问令牌',
    description:
      'RFC 9068 定义的 JWT 访问令牌。资源服务器应当要求这个类型，这样客户端为同一用户持有的 ID 令牌就永远不会被当作访问令牌接受。',
  },
  'header:typ=dpop+jwt': {
    title: 'typ "dpop+jwt"：DPoP 证明',
    description:
      'DPoP 证明（RFC 9449 §4.2）：用头部 jwk 中的密钥为某一个 HTTP 请求（htm、htu）签名。它证明持有该密钥，本身不是访问令牌。',
  },
  'header:typ=secevent+jwt': {
    title: 'typ "secevent+jwt"：安全事件令牌',
    description:
      '安全事件令牌（RFC 8417），在 events 声明中描述事件。它只陈述发生了某件事，绝不能被当作 ID 令牌或访问令牌接受。',
  },
  'header:typ=logout+jwt': {
    title: 'typ "logout+jwt"：登出令牌',
    description:
      'OpenID Connect 后端通道登出令牌，由提供方发出以结束一个会话。客户端不得把它当作 ID 令牌接受，也不得把 ID 令牌当作登出令牌。',
  },
  'header:typ=token-introspection+jwt': {
    title: 'typ "token-introspection+jwt"：签名的令牌内省响应',
    description:
      '令牌内省端点的签名响应（RFC 9701），其 token_introspection 声明包含授权服务器对另一个令牌的说明。',
  },
  'header:typ=kb+jwt': {
    title: 'typ "kb+jwt"：SD-JWT 密钥绑定 JWT',
    description:
      'SD-JWT 出示末尾持有者的签名（RFC 9901 §4.3）：用 cnf 中的密钥，针对某一个验证方的 aud 和 nonce，对本次出示的 sd_hash 签名。这个 typ 是必需的。',
  },
  'header:typ=sd-jwt': {
    title: 'typ "sd-jwt"：SD-JWT 令牌',
    description:
      'SD-JWT 中由签发者签名的 JWT（媒体类型 application/sd-jwt，RFC 9901）。披露项跟在 "~" 之后；只出示持有者选中的那些。',
  },
  'header:typ=dc+sd-jwt': {
    title: 'typ "dc+sd-jwt"：SD-JWT 可验证凭证',
    description:
      '基于 SD-JWT 的可验证凭证中由签发者签名的 JWT（draft-ietf-oauth-sd-jwt-vc），欧盟数字身份钱包中的凭证就是这种。其载荷必须包含 vct。',
  },
  'header:typ=vc+sd-jwt': {
    title: 'typ "vc+sd-jwt"：SD-JWT VC（旧类型）',
    description:
      'SD-JWT VC 在 2024 年 11 月改为 "dc+sd-jwt" 之前使用的类型。规范建议验证方和持有者在过渡期内同时接受两者。',
  },
  'header:typ=jose': {
    title: 'typ "JOSE"：紧凑序列化的 JWS 或 JWE',
    description: '只说明该对象采用 JWS 或 JWE 的紧凑序列化（RFC 7515 §9.2），不说明载荷是什么。',
  },
  'header:typ=jose+json': {
    title: 'typ "JOSE+JSON"：JSON 序列化的 JWS 或 JWE',
    description: '只说明该对象采用 JWS 或 JWE 的 JSON 序列化（RFC 7515 §9.2），不说明载荷是什么。',
  },
  'header:typ=*+sd-jwt': {
    title: '应用自定义的 SD-JWT 类型',
    description:
      '"+sd-jwt" 后缀表示某个应用自己的 SD-JWT 类型，这是 RFC 9901 §9.11 的建议，例如其示例中的 "example+sd-jwt"。验证方应检查它是否为预期的类型。',
  },
  'header:typ=*+jwt': {
    title: '应用自定义的 JWT 类型',
    description:
      '"+jwt" 后缀表示一种特定的 JWT（显式类型，RFC 8725 §3.11）。验证方应当要求预期的类型，使为某一用途制作的令牌不能被挪作他用。',
  },
  'header:cty=jwt': {
    title: 'cty "JWT"：嵌套 JWT',
    description:
      '载荷（或 JWE 解密后的明文）本身也是一个 JWT（RFC 7519 §5.2），通常是先签名再加密。接收方还要验证内层令牌。',
  },
  'header:zip=DEF': {
    title: 'zip "DEF"：用 DEFLATE 压缩',
    description:
      '明文在加密前用 DEFLATE（RFC 1951）压缩过，解密后必须解压。应限制解压后的大小，并且不要压缩攻击者能影响的数据。',
  },
};
