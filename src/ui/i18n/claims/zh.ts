/**
 * 简体中文说明：与 `en.ts` 的键一一对应（`payload:<name>` / `header:<name>`，以及通用的
 * `private` 和 `public`）。
 */
import type { ClaimTexts } from './types';

export const claimTextsZh: ClaimTexts = {
  // RFC 7519 §4.1 注册声明。
  'payload:iss': {
    title: '签发者',
    description:
      '标识签发该令牌的一方，在 OpenID Connect 和 OAuth 服务器中通常是一个 https URL。验证方会将其与自己信任的签发者逐字比较（区分大小写），并据此选择用于验签的密钥。',
  },
  'payload:sub': {
    title: '主题（用户标识）',
    description:
      '标识令牌所描述的主体，通常是在签发者范围内唯一的用户 ID，因此 iss 加 sub 才能唯一确定一个用户。flask-jwt-extended 4 把 identity 存放在这里。',
  },
  'payload:aud': {
    title: '受众',
    description:
      '令牌的目标接收方，可以是单个字符串，也可以是字符串数组。验证方必须在其中找到自己的标识，否则应拒绝该令牌。',
  },
  'payload:exp': {
    title: '过期时间',
    description:
      '令牌在此时间之后不得再被接受。一旦过了这个时刻，验证方就会拒绝它，通常会留出少量时钟偏差容忍（leeway）。',
  },
  'payload:nbf': {
    title: '生效时间',
    description:
      '令牌在此时间之前不得被接受。在这个时刻到来之前，验证方会拒绝它，通常会留出少量时钟偏差容忍（leeway）。',
  },
  'payload:iat': {
    title: '签发时间',
    description:
      '令牌的签发时间，可据此判断令牌的“年龄”。RFC 7519 并不要求据此拒绝令牌，但有些验证方会限制最大有效时长，DPoP 证明也只在签发后很短的时间内有效。',
  },
  'payload:jti': {
    title: 'JWT 唯一标识',
    description:
      '该令牌的唯一标识符。服务器用它检测重放（DPoP 要求这样做），或吊销单个令牌，例如 flask-jwt-extended 的黑名单（blocklist）。',
  },

  // OpenID Connect Core 1.0 §2 ID Token 声明。
  'payload:auth_time': {
    title: '认证时间',
    description:
      '用户最近一次主动完成认证（例如输入密码）的时间。请求了 max_age 的客户端会检查它，以判断这次登录是否足够新。',
  },
  'payload:nonce': {
    title: '随机数（nonce）',
    description:
      '在 ID Token 中，它是客户端在认证请求中发送的值，原样返回；客户端必须核对它是否一致，以防止令牌被重放。在 DPoP 证明中，它回传服务器下发的 nonce。',
  },
  'payload:acr': {
    title: '认证上下文类别',
    description:
      '表示本次登录满足的认证类别，例如某个认证保证等级，取值由双方约定。"0" 表示登录未达到 ISO/IEC 29115 第 1 级，不应凭它授权访问任何有价值的资源。',
  },
  'payload:amr': {
    title: '认证方式',
    description:
      '用户认证时所用方式的数组，例如 "pwd"、"otp" 或 "mfa"（取值见 RFC 8176）。依赖方可据此了解登录是如何完成的，例如是否使用了第二因素。',
  },
  'payload:azp': {
    title: '授权方',
    description:
      'ID Token 所颁发给的那一方的客户端 ID。它主要在 aud 含有多个值时才有意义；如果存在，客户端应检查它是否等于自己的客户端 ID。',
  },
  'payload:at_hash': {
    title: '访问令牌哈希',
    description:
      '访问令牌哈希值左半部分的 base64url 编码，哈希算法与 ID Token 的 alg 对应（RS256 对应 SHA-256）。客户端会重新计算它，以确认访问令牌确实与这个 ID Token 一同签发。',
  },
  'payload:c_hash': {
    title: '授权码哈希',
    description:
      '授权码哈希值左半部分的 base64url 编码，哈希算法与 ID Token 的 alg 对应。在混合流程（hybrid flow）中，客户端会重新计算它，以确认授权码没有被替换。',
  },
  'payload:sid': {
    title: '会话 ID',
    description:
      '标识用户在 OpenID 提供方处的会话。前端通道和后端通道登出（front-channel / back-channel logout）用它指明哪个会话已经结束。',
  },

  // OpenID Connect Core 1.0 §5.1 标准声明。
  'payload:name': {
    title: '全名',
    description:
      '用于显示的用户全名，可能包含头衔和后缀，并按用户的语言区域习惯排列。它只用于显示；识别用户应使用 iss 和 sub。',
  },
  'payload:given_name': {
    title: '名',
    description: '用户的名（given name / first name）。有些人有多个名，用空格分隔。',
  },
  'payload:family_name': {
    title: '姓',
    description: '用户的姓（surname / last name）。有些人有多个姓或没有姓，多个时用空格分隔。',
  },
  'payload:middle_name': {
    title: '中间名',
    description: '用户的中间名，多个时用空格分隔。许多文化中并不使用中间名。',
  },
  'payload:nickname': {
    title: '昵称',
    description: '用户的非正式称呼，可能与名相同，也可能不同。仅用于显示。',
  },
  'payload:preferred_username': {
    title: '首选用户名',
    description:
      '用户希望被称呼的简短名称，例如 "janedoe" 或 "j.doe"。它可以包含任意字符，且不保证唯一，因此绝不能把它当作用户的主键。',
  },
  'payload:email': {
    title: '电子邮箱',
    description:
      '用户首选的电子邮箱地址。它可能会变，也不保证唯一或已验证（参见 email_verified），所以不要用它代替 sub 来识别用户。',
  },
  'payload:gender': {
    title: '性别',
    description: '用户的性别。规范定义了 "female" 和 "male"，也可以使用其他值。',
  },
  'payload:birthdate': {
    title: '出生日期',
    description:
      '用户的生日，采用 ISO 8601 日期格式 YYYY-MM-DD。年份可以写作 "0000" 表示省略，也可以只有 YYYY。',
  },
  'payload:zoneinfo': {
    title: '时区',
    description:
      '用户所在的时区，取 IANA 时区数据库（tz database）中的名称，例如 "Asia/Shanghai" 或 "Europe/Paris"。',
  },
  'payload:locale': {
    title: '语言区域',
    description:
      '用户的语言区域，采用 BCP 47 语言标签，例如 "zh-CN" 或 "en-US"。有些提供方使用下划线写法（"en_US"），依赖方也可以接受。',
  },
  'payload:phone_number': {
    title: '电话号码',
    description:
      '用户首选的电话号码，建议采用 E.164 格式，例如 "+86 10 1234 5678"。分机号可以按 RFC 3966 的形式附在后面，例如 ";ext=5678"。',
  },
  'payload:profile': {
    title: '个人主页',
    description: '用户个人资料页面的 URL。',
  },
  'payload:picture': {
    title: '头像',
    description: '用户头像图片的 URL。它指向图片文件本身，而不是包含图片的网页。',
  },
  'payload:website': {
    title: '网站',
    description: '用户的个人网站或博客的 URL。',
  },
  'payload:email_verified': {
    title: '邮箱已验证',
    description:
      '为 true 表示提供方在验证时已采取措施确认该邮箱地址由用户本人控制，否则为 false。信任 email 之前应先检查它。',
  },
  'payload:phone_number_verified': {
    title: '电话号码已验证',
    description:
      '为 true 表示提供方在验证时已采取措施确认该电话号码由用户本人控制，否则为 false。为 true 时，phone_number 必须采用 E.164 格式。',
  },
  'payload:address': {
    title: '邮寄地址',
    description:
      '用户的邮寄地址，是一个 JSON 对象，包含 formatted、street_address、locality、region、postal_code、country 等成员。',
  },
  'payload:updated_at': {
    title: '资料更新时间',
    description: '用户资料最近一次更新的时间，以自纪元（epoch）起的秒数表示。',
  },

  // RFC 8693 令牌交换。
  'payload:act': {
    title: '执行方（actor）',
    description:
      '标识代表主体行事的一方（委托），是一个包含 sub、通常还有 iss 的对象。嵌套的 act 记录调用链中更早的执行方；只有最外层的才是当前执行方。',
  },
  'payload:scope': {
    title: '授权范围',
    description:
      '授予该令牌的权限范围（scope），是一个以空格分隔的字符串，例如 "openid profile orders:read"。资源服务器会检查其中是否包含请求所需的 scope。',
  },
  'payload:client_id': {
    title: '客户端 ID',
    description: '申请该令牌的 OAuth 客户端的标识符。RFC 9068 访问令牌必须包含它。',
  },
  'payload:may_act': {
    title: '允许的执行方',
    description:
      '指明被允许代表主体行事的一方（一个包含 sub、通常还有 iss 的对象）。授权服务器在令牌交换中签发委托令牌之前会检查它。',
  },

  // RFC 9068 §2.2.3.1：SCIM 用户属性。
  'payload:groups': {
    title: '用户组',
    description:
      '用户所属的组，定义见 SCIM（RFC 7643）。授权服务器可以把它放进访问令牌，供资源服务器做访问控制决策。',
  },
  'payload:roles': {
    title: '角色',
    description:
      '用户的角色，例如 "admin"，定义见 SCIM（RFC 7643）。资源服务器用它进行基于角色的访问控制（RBAC）。',
  },
  'payload:entitlements': {
    title: '权益',
    description:
      '用户所拥有的权益，例如某些权利或许可证，定义见 SCIM（RFC 7643）。资源服务器可以据此做访问控制决策。',
  },

  // RFC 7800 确认声明与 RFC 9449 DPoP。
  'payload:cnf': {
    title: '确认（持有证明密钥）',
    description:
      '指明出示者必须证明自己持有的密钥（RFC 7800）：jwk、kid，或者指纹，例如 DPoP 的 jkt、双向 TLS 的 x5t#S256。带有 cnf 的令牌只有在附带该密钥的持有证明时才应被接受。',
  },
  'payload:htm': {
    title: 'HTTP 方法',
    description:
      'DPoP 证明所随附请求的 HTTP 方法，例如 "POST"。如果与实际请求不符，服务器会拒绝该证明。',
  },
  'payload:htu': {
    title: 'HTTP 目标 URI',
    description:
      'DPoP 证明所随附请求的 URI，不含查询参数和片段。服务器会将其与实际请求的 URI 进行比较。',
  },
  'payload:ath': {
    title: '访问令牌哈希（DPoP）',
    description:
      '与 DPoP 证明一同发送的访问令牌的 SHA-256 哈希，经 base64url 编码。调用资源服务器时，它把证明与该令牌绑定在一起。',
  },

  // RFC 8417 安全事件令牌。
  'payload:events': {
    title: '安全事件',
    description:
      '一个对象，成员名是事件类型 URI，成员值是各事件的详细信息。OpenID Connect 登出令牌使用 "http://schemas.openid.net/event/backchannel-logout"。',
  },
  'payload:toe': {
    title: '事件发生时间',
    description: '安全事件实际发生的时间；与之相对，iat 是描述该事件的令牌的签发时间。',
  },
  'payload:txn': {
    title: '事务 ID',
    description:
      '描述同一底层事务或变更的多个安全事件令牌共享的标识符，接收方可据此将它们关联起来。',
  },

  // flask-jwt-extended 与 Flask-JWT。
  'payload:fresh': {
    title: '新鲜登录',
    description:
      'flask-jwt-extended：令牌由一次新鲜登录（用户刚刚输入凭据）创建时为 true，由刷新令牌换取时为 false；也可以是一个时间戳，在此之前令牌都算新鲜。要求新鲜令牌的路由会拒绝其他令牌。',
  },
  'payload:type': {
    title: '令牌类型（flask-jwt-extended）',
    description:
      'flask-jwt-extended：取值为 "access" 或 "refresh"。该扩展会拒绝在需要访问令牌的地方使用刷新令牌，反之亦然。',
  },
  'payload:csrf': {
    title: 'CSRF 令牌',
    description:
      'flask-jwt-extended：令牌存放在 Cookie 中时使用的双重提交（double-submit）CSRF 值。会改变状态的请求必须在请求头（默认 X-CSRF-TOKEN）中携带相同的值，由扩展进行比对。',
  },
  'payload:user_claims': {
    title: '附加声明（旧版）',
    description:
      'flask-jwt-extended 4 之前的版本把应用添加的额外声明放在这里。从版本 4 起，它们直接放在载荷的顶层。',
  },
  'payload:identity': {
    title: '用户身份（Flask-JWT）',
    description:
      '在 Flask-JWT 以及 flask-jwt-extended 4 之前的版本生成的令牌中存放用户 ID。较新的 flask-jwt-extended 把身份放在 sub 中。',
  },

  // JOSE 头部参数：RFC 7515（JWS）与 RFC 7516（JWE）。
  'header:alg': {
    title: '算法',
    description:
      '对令牌签名（JWS，例如 HS256、RS256、ES256）或加密其密钥（JWE）所用的算法。验证方必须根据密钥决定接受哪些算法，而不是听从这个值：拒绝 "none"，也绝不能把 RSA 公钥当作 HS256 密钥使用。',
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
      '签名密钥对应的 X.509 证书或证书链的 URL。没有白名单时，验证方绝不能获取或信任令牌自己指定的证书，并且必须校验证书链。',
  },
  'header:x5c': {
    title: 'X.509 证书链',
    description:
      'DER 证书的数组，采用 base64（不是 base64url）编码，第一个证书包含签名密钥。验证方必须先用自己信任的根证书校验证书链，才能信任其中的密钥。',
  },
  'header:x5t': {
    title: 'X.509 证书指纹（SHA-1）',
    description:
      '包含该密钥的 DER 证书的 SHA-1 摘要，经 base64url 编码。验证方可以像 kid 一样用它挑选自己已经信任的证书。',
  },
  'header:x5t#S256': {
    title: 'X.509 证书指纹（SHA-256）',
    description:
      '包含该密钥的 DER 证书的 SHA-256 摘要，经 base64url 编码。验证方可以像 kid 一样用它挑选自己已经信任的证书。',
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
      '仅用于 JWE："DEF" 表示载荷在加密前用 DEFLATE 压缩过。接收方应限制解压后的大小，以防解压炸弹。',
  },
  'header:epk': {
    title: '临时公钥',
    description:
      '发送方为 ECDH-ES 密钥协商生成的临时公钥；接收方将其与自己的私钥结合来派生密钥。接收方必须检查该点确实位于预期的曲线上。',
  },
  'header:apu': {
    title: '协商方 U 信息（PartyUInfo）',
    description: '关于生产方的信息（例如其名称），经 base64url 编码，会参与 ECDH-ES 的密钥派生。',
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
      '基于口令加密（PBES2）的盐值输入，经 base64url 编码，至少 8 字节。实际的盐值由 alg 名称、一个零字节和该值拼接而成。',
  },
  'header:p2c': {
    title: 'PBES2 迭代次数',
    description:
      '基于口令加密时 PBKDF2 的迭代次数，建议至少 1000 次。接收方应设置上限，否则攻击者可以用极大的次数耗尽其 CPU。',
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

  // 目录中没有的声明名称的通用说明。
  private: {
    title: '私有声明',
    description:
      '由令牌的生产方和使用方约定的声明名称（RFC 7519 §4.3）。它未经注册，含义完全由应用自行决定。',
  },
  public: {
    title: '公共声明（抗冲突名称）',
    description:
      '在 IANA JSON Web Token Claims 注册表中定义，或选用 URI 等抗冲突名称的声明（RFC 7519 §4.2）。其含义由定义该名称的一方规定。',
  },
};
