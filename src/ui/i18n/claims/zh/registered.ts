/**
 * 简体中文说明：注册声明（RFC 7519 §4.1）与 OpenID Connect 声明。键与 ../en/registered.ts 相同。
 */
import type { ClaimTexts } from '../types';

export const registeredZh: ClaimTexts = {
  // RFC 7519 §4.1 注册声明。
  'payload:iss': {
    title: '签发者',
    description:
      '标识签发该令牌的一方，在 OpenID Connect 和 OAuth 服务器中通常是一个 https URL。验证方会将其与自己信任的签发者逐字比较（区分大小写），并据此选择用于验证签名的密钥。',
  },
  'payload:sub': {
    title: '主体（用户标识）',
    description:
      '标识令牌所描述的主体，通常是在签发者范围内唯一且不会被重新分配的用户 ID，因此 iss 加 sub 才能唯一确定一个用户。应以它而不是邮箱或用户名作为用户的主键。',
  },
  'payload:aud': {
    title: '受众',
    description:
      '令牌的目标接收方，可以是单个字符串，也可以是字符串数组。验证方必须在其中找到自己的标识，否则应拒绝该令牌。',
  },
  'payload:exp': {
    title: '过期时间',
    description:
      '令牌在此时间之后不得再被接受。一旦过了这个时刻，验证方就会拒绝它，通常会留出少量时钟偏差容忍。',
  },
  'payload:nbf': {
    title: '生效时间',
    description:
      '令牌在此时间之前不得被接受。在这个时刻到来之前，验证方会拒绝它，通常会留出少量时钟偏差容忍。',
  },
  'payload:iat': {
    title: '签发时间',
    description:
      '令牌的签发时间，可据此判断令牌的“年龄”。RFC 7519 并不要求据此拒绝令牌，但有些验证方会限制最大有效时长，DPoP 证明也只在签发后很短的时间内有效。',
  },
  'payload:jti': {
    title: 'JWT 唯一标识',
    description:
      '该令牌的唯一标识符。服务器用它检测重放（DPoP 要求这样做），或通过记录已吊销的 ID 来吊销单个令牌。',
  },
  // OpenID Connect Core 1.0 §2 ID 令牌声明。
  'payload:auth_time': {
    title: '认证时间',
    description:
      '用户最近一次主动完成认证（例如输入密码）的时间。请求了 max_age 的客户端会检查它，以判断这次登录是否足够新。',
  },
  'payload:nonce': {
    title: '随机数（nonce）',
    description:
      '在 ID 令牌中，它是客户端在认证请求中发送的值，原样返回；客户端必须核对它，以防止令牌被重放。在 DPoP 证明中，它回传服务器下发的 nonce；在 SD-JWT 的密钥绑定 JWT 中，它是验证方给出的挑战值。',
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
      'ID 令牌签发给的那一方的客户端 ID。它主要在 aud 含有多个值时才有意义；如果存在，客户端应检查它是否等于自己的客户端 ID。',
  },
  'payload:at_hash': {
    title: '访问令牌哈希',
    description:
      '访问令牌哈希值左半部分的 base64url 编码，哈希算法与 ID 令牌的 alg 对应（RS256 对应 SHA-256）。客户端会重新计算它，以确认访问令牌确实与这个 ID 令牌一同签发。',
  },
  'payload:c_hash': {
    title: '授权码哈希',
    description:
      '授权码哈希值左半部分的 base64url 编码，哈希算法与 ID 令牌的 alg 对应。在混合流程中，客户端会重新计算它，以确认授权码没有被替换。',
  },
  'payload:sid': {
    title: '会话 ID',
    description:
      '标识用户在 OpenID 提供方处的会话。前端通道登出和后端通道登出用它指明哪个会话已经结束。',
  },
  // OpenID Connect Core 1.0 §5.6.2 聚合声明与分布式声明。
  'payload:_claim_names': {
    title: '存放在别处的声明',
    description:
      '把声明名称映射到 _claim_sources 中的某个来源，用于令牌本身没有携带的声明。用户所属的组过多时，Microsoft Entra ID 就用它让 "groups" 指向一个需要另行查询的来源。',
  },
  'payload:_claim_sources': {
    title: '声明来源',
    description:
      '_claim_names 所指的来源：每个来源要么是一个装有这些声明的 JWT（聚合声明），要么是一个需要用访问令牌去获取的端点（分布式声明）。',
  },

  // OpenID Connect Core 1.0 §5.1 标准声明。
  'payload:name': {
    title: '全名',
    description:
      '用于显示的用户全名，可能包含头衔和后缀，并按用户的语言区域习惯排列。它只用于显示；识别用户应使用 iss 和 sub。',
  },
  'payload:given_name': {
    title: '名',
    description: '用户的名。有些人有多个名，用空格分隔。',
  },
  'payload:family_name': {
    title: '姓',
    description: '用户的姓。有些人有多个姓或没有姓，多个时用空格分隔。',
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
      '用户所在的时区，取 IANA 时区数据库中的名称，例如 "Asia/Shanghai" 或 "Europe/Paris"。',
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
    description: '用户资料最近一次更新的时间，以自 1970 年 1 月 1 日（UTC）起的秒数表示。',
  },
};
