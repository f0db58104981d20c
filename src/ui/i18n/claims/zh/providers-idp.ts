/**
 * 简体中文说明：身份提供方自己的声明，依据其文档（出处见 src/core/claims/provider-claims-idp.ts），
 * 只在该提供方签发的令牌上显示。键与 ../en/providers-idp.ts 相同。
 */
import type { ClaimTexts } from '../types';

export const providersIdpZh: ClaimTexts = {
  // Google（accounts.google.com）。
  'payload:azp@google': {
    title: '授权出示方（Google）',
    description:
      'ID 令牌签发给的那一方的客户端 ID。只有当这一方与受众不同时 Google 才需要它，例如同一个项目中客户端 ID 不同的网页应用和 Android 应用。',
  },
  'payload:hd@google': {
    title: '托管域（Google）',
    description:
      '用户所属 Google Workspace 或 Cloud 组织的域名，只有账号属于这样的组织时才会出现。若只允许某个域，应检查这个声明而不是邮箱地址；没有它表示账号不属于任何托管域。',
  },
  'payload:at_hash@google': {
    title: '访问令牌哈希（Google）',
    description:
      '把访问令牌与这个 ID 令牌绑定；在服务器端流程中两者一同签发时 Google 会加入它。检查它可以额外防御跨站请求伪造。',
  },
  'payload:email_verified@google': {
    title: '邮箱已验证（Google）',
    description:
      '为 true 表示 Google 验证过用户的邮箱地址。地址以 @gmail.com 结尾或设置了 hd 时，Google 对该地址具有权威性；否则地址可能已易主，应另行确认。',
  },

  // Microsoft Entra ID。
  'payload:tid@entra': {
    title: '租户 ID（Microsoft Entra）',
    description:
      '用户登录的租户：组织不可变的租户 ID（一个 GUID），个人 Microsoft 账户则为 9188040d-6c67-4c5b-b112-36a304b66dad。可据此限制允许哪些租户登录。',
  },
  'payload:oid@entra': {
    title: '对象 ID（Microsoft Entra）',
    description:
      '用户或服务主体在该租户中不可变的 ID：对所有应用都相同，在不同租户中则不同。Microsoft Graph 把它作为用户的 id 返回；与 tid 一起可作为用户的可靠主键。',
  },
  'payload:uti@entra': {
    title: '令牌标识符（Microsoft Entra）',
    description: '该令牌唯一且区分大小写的标识符，相当于 JWT 规范中的 jti。',
  },
  'payload:ver@entra': {
    title: '令牌版本（Microsoft Entra）',
    description:
      '令牌的版本："1.0" 由 sts.windows.net 签发，"2.0" 由 v2.0 端点签发。两个版本携带的声明不同：1.0 有 appid 和 appidacr，2.0 有 azp 和 azpacr。',
  },
  'payload:aio@entra': {
    title: '内部声明（Microsoft Entra）',
    description: 'Microsoft Entra ID 用来记录令牌复用数据的不透明声明。资源应忽略它。',
  },
  'payload:rh@entra': {
    title: '内部声明（Microsoft Entra）',
    description: 'Azure 用来重新验证令牌的不透明声明。资源应忽略它。',
  },
  'payload:wids@entra': {
    title: '目录角色（Microsoft Entra）',
    description:
      '分配给用户的租户级 Microsoft Entra 内置角色，以角色模板 ID 表示。由应用的 groupMembershipClaims 设置开启；隐式流程签发的令牌可能不含它。',
  },
  'payload:idp@entra': {
    title: '身份提供方（Microsoft Entra）',
    description:
      '认证用户的一方：除非账户是来自其他租户的来宾或个人账户（此时为 live.com 或 Microsoft 账户的 STS URI），否则与 iss 相同。不要用它跨租户关联用户。',
  },
  'payload:roles@entra': {
    title: '应用角色（Microsoft Entra）',
    description:
      '分配给用户的目标应用角色；在客户端凭据流程签发的仅应用令牌中，则是授予调用方的应用权限。据此对请求进行授权。',
  },
  'payload:scp@entra': {
    title: '委托授权范围（Microsoft Entra）',
    description:
      'API 公开的、客户端经用户同意而获得的授权范围，是一个以空格分隔的字符串。只出现在代表用户的令牌中；API 会检查其中是否包含操作所需的授权范围。',
  },
  'payload:appid@entra': {
    title: '客户端应用 ID（Microsoft Entra v1.0）',
    description:
      '使用该令牌的客户端的应用 ID，出现在 v1.0 令牌中；v2.0 令牌改用 azp。可用于授权决策。',
  },
  'payload:appidacr@entra': {
    title: '客户端认证方式（Microsoft Entra v1.0）',
    description:
      '客户端的认证方式，出现在 v1.0 令牌中："0" 为公共客户端，"1" 为客户端 ID 加密钥，"2" 为客户端证书。v2.0 令牌改用 azpacr。',
  },
  'payload:azpacr@entra': {
    title: '客户端认证方式（Microsoft Entra v2.0）',
    description:
      '客户端的认证方式，出现在 v2.0 令牌中："0" 为公共客户端，"1" 为客户端 ID 加密钥，"2" 为客户端证书。它取代了 appidacr。',
  },
  'payload:upn@entra': {
    title: '用户主体名称（Microsoft Entra）',
    description:
      '便于人阅读的用户标识，例如 alice@contoso.com，用作用户名提示。它可能改变，绝不能用作数据库主键或授权依据：请使用 oid。',
  },
  'payload:xms_*@entra': {
    title: 'Microsoft 扩展声明（xms_）',
    description:
      'Microsoft 自己的可选声明，名称带 xms_ 前缀：xms_cc 列出客户端能力（cp1 表示客户端能处理声明质询），xms_pl 和 xms_tpl 分别是用户和租户的首选语言。',
  },

  // Auth0。
  'payload:permissions@auth0': {
    title: '权限（Auth0 RBAC）',
    description:
      'API 启用 RBAC 并打开“Add Permissions in the Access Token”时，分配给用户的该 API 权限。API 会检查其中是否包含操作所需的权限。',
  },
  'payload:org_id@auth0': {
    title: '组织 ID（Auth0）',
    description:
      '用户登录时所经由的 Auth0 组织的 ID。只允许某个组织的应用必须检查它，就像检查 iss 和 aud 一样。',
  },
  'payload:org_name@auth0': {
    title: '组织名称（Auth0）',
    description:
      '组织的名称，只有租户允许在 Authentication API 中使用组织名称时才会出现。检查时应优先使用 org_id。',
  },
  'payload:<namespaced>@auth0': {
    title: '自定义声明（Auth0）',
    description:
      '由 Auth0 Action 或规则添加的声明。Auth0 建议使用带命名空间的名称（例如 URL），以免与标准声明冲突；名称属于 Auth0 保留名称的声明不会出现在令牌中。',
  },

  // Okta。
  'payload:cid@okta': {
    title: '客户端 ID（Okta）',
    description: '申请该访问令牌的应用的客户端 ID。',
  },
  'payload:uid@okta': {
    title: '用户 ID（Okta）',
    description: '用户的唯一标识符。令牌没有绑定用户时（例如客户端凭据流程）不会出现。',
  },
  'payload:scp@okta': {
    title: '授权范围（Okta）',
    description:
      '授予该访问令牌的授权范围，是一个数组，包括自定义授权范围。资源服务器会检查其中是否包含请求所需的授权范围。',
  },
  'payload:ver@okta': {
    title: '令牌版本（Okta）',
    description: 'Okta 令牌的语义版本，是一个数字。',
  },
  'payload:idp@okta': {
    title: '身份提供方（Okta）',
    description:
      '出现在 ID 令牌中：Okta 组织 ID；若使用了社交登录或入站 SAML，则为认证用户的身份提供方的 ID。',
  },

  // Keycloak。
  'payload:realm_access@keycloak': {
    title: '领域角色（Keycloak）',
    description:
      '用户的领域角色，形如 {"roles": [...]}：为整个领域定义的角色。Keycloak 默认加入它们，但只限于该客户端被允许获得的角色。',
  },
  'payload:resource_access@keycloak': {
    title: '客户端角色（Keycloak）',
    description:
      '按客户端列出的用户客户端角色：{"client-id": {"roles": [...]}}。应检查自己的客户端 ID 下的角色，而不是其他客户端的。',
  },
  'payload:allowed-origins@keycloak': {
    title: '允许的网页来源（Keycloak）',
    description: '客户端的网页来源设置：浏览器可以从这些来源用该令牌发起跨域请求。',
  },
  'payload:typ@keycloak': {
    title: 'Keycloak 令牌类型',
    description:
      'Keycloak 自己的类型，不是头部的 typ：访问令牌为 "Bearer"，ID 令牌为 "ID"，刷新令牌为 "Refresh" 或 "Offline"，登出令牌为 "Logout"。检查它，使其他令牌不能冒充访问令牌。',
  },
  'payload:session_state@keycloak': {
    title: '会话状态（Keycloak）',
    description:
      '用户在 Keycloak 的会话 ID，与 sid 的值相同。Keycloak 26 已把它从令牌中移除；它仍保留在令牌响应中。',
  },
  'payload:sid@keycloak': {
    title: '会话 ID（Keycloak）',
    description: '用户的 Keycloak 会话 ID。前端通道登出和后端通道登出用它指明哪个会话已经结束。',
  },
  'payload:preferred_username@keycloak': {
    title: '用户名（Keycloak）',
    description:
      '用户在该领域中的用户名，由 profile 客户端授权范围映射到令牌中。它在领域内唯一，但若领域允许修改用户名，它就可能改变：请用 sub 识别用户。',
  },
};
