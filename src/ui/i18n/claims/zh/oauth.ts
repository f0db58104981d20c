/**
 * 简体中文说明：OAuth、持有证明、安全事件、SD-JWT 与 SD-JWT VC 声明。键与 ../en/oauth.ts 相同。
 */
import type { ClaimTexts } from '../types';

export const oauthZh: ClaimTexts = {
  // RFC 8693 令牌交换。
  'payload:act': {
    title: '执行方',
    description:
      '标识代表主体行事的一方（委托），是一个包含 sub、通常还有 iss 的对象。嵌套的 act 记录调用链中更早的执行方；只有最外层的才是当前执行方。',
  },
  'payload:scope': {
    title: '授权范围',
    description:
      '授予该令牌的授权范围，是一个以空格分隔的字符串，例如 "openid profile orders:read"。资源服务器会检查其中是否包含请求所需的授权范围。',
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
      '用户的角色，例如 "admin"，定义见 SCIM（RFC 7643）。资源服务器用它进行基于角色的访问控制。',
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

  // RFC 7800 §3：cnf 中的确认方法，每个成员一条说明。
  'payload:cnf.jwk': {
    title: 'cnf.jwk：持有者的公钥',
    description:
      '以 JWK 形式直接给出的持有证明密钥（RFC 7800 §3.2）。在 SD-JWT 中它是持有者的密钥：密钥绑定 JWT 必须用它签名（RFC 9901 §4.1.2）。',
  },
  'payload:cnf.jwe': {
    title: 'cnf.jwe：加密的对称密钥',
    description:
      '以 JWE 加密给接收方的对称持有证明密钥（RFC 7800 §3.3），只有接收方能读出出示者必须证明持有的那个密钥。',
  },
  'payload:cnf.kid': {
    title: 'cnf.kid：密钥 ID',
    description:
      '用密钥 ID 指明持有证明密钥，而不携带密钥本身（RFC 7800 §3.4）；接收方必须事先知道它所指的密钥。',
  },
  'payload:cnf.jku': {
    title: 'cnf.jku：JWK Set 地址',
    description:
      '包含持有证明密钥的 JWK Set 的 URL（RFC 7800 §3.5），通常还附有用来挑选密钥的 kid。',
  },
  'payload:cnf.jkt': {
    title: 'cnf.jkt：DPoP 密钥指纹',
    description:
      '令牌所绑定的 DPoP 密钥的 SHA-256 JWK 指纹（RFC 7638，RFC 9449 §6.1）。资源服务器只在附有该密钥签名的 DPoP 证明时才接受这个令牌；FAPI 2.0 要求使用它或双向 TLS。',
  },
  'payload:cnf.x5t#S256': {
    title: 'cnf.x5t#S256：客户端证书指纹',
    description:
      '令牌所绑定的客户端证书的 SHA-256 指纹（RFC 8705 §3.1）：只有通过该证书建立的双向 TLS 连接才能使用这个令牌，FAPI 2.0 允许这种方式。',
  },

  // RFC 9396 丰富授权请求。
  'payload:authorization_details': {
    title: '授权详情',
    description:
      '以对象数组表示的细粒度权限，每个对象都有 type（RFC 9396），例如向某个账户支付某个金额。资源服务器会检查请求是否在这些权限之内。',
  },

  // RFC 9901 SD-JWT。
  'payload:_sd': {
    title: '可选择性披露声明的摘要',
    description:
      '可以填入这个对象的披露项的摘要（RFC 9901 §4.2.4.1），可能还混有诱饵摘要。验证方对收到的每个披露项计算摘要，只有摘要在此列出时才把其中的声明放回原处。',
  },
  'payload:_sd_alg': {
    title: '披露项哈希算法',
    description:
      '计算披露项摘要和 sd_hash 所用的哈希算法，例如 "sha-256"（RFC 9901 §4.1.1）。它只能出现在载荷顶层；没有它时使用 sha-256。',
  },
  'payload:sd_hash': {
    title: '所出示 SD-JWT 的哈希',
    description:
      '出现在密钥绑定 JWT 中：对签发者签名的 JWT 及所出示的各个披露项（每项后跟 "~"）计算的哈希，经 base64url 编码（RFC 9901 §4.3.1）。它把持有者的签名绑定到恰好这一次出示。',
  },

  // SD-JWT VC（draft-ietf-oauth-sd-jwt-vc）。
  'payload:vct': {
    title: '可验证凭证类型',
    description:
      'SD-JWT VC 的类型，是一个抗冲突名称，例如一个 URL。类型规定哪些声明必须出现、哪些可以选择性披露；它本身绝不能作为披露项。',
  },
  'payload:vct#integrity': {
    title: '类型元数据的完整性',
    description:
      'vct 所指类型元数据文档的哈希，采用子资源完整性的 "sha256-..." 形式，使验证方能确认取回的文档正是签发者所指的那一份。',
  },
  'payload:status': {
    title: '凭证状态',
    description:
      '到哪里查询凭证是否已被吊销或暂停，例如一个 status_list 条目，包含索引和令牌状态列表的 URI。验证方应当检查它；它绝不会被选择性披露。',
  },
};
