/**
 * 简体中文说明：Amazon Cognito、Firebase Authentication、GitHub Actions、Kubernetes 以及 Flask
 * 扩展库的声明（出处见 src/core/claims/provider-claims-platform.ts），只在该类令牌上显示。
 * 键与 ../en/providers-platform.ts 相同。
 */
import type { ClaimTexts } from '../types';

export const providersPlatformZh: ClaimTexts = {
  // Amazon Cognito 用户池。
  'payload:token_use@cognito': {
    title: '令牌用途（Amazon Cognito）',
    description:
      '令牌的用途：ID 令牌中为 "id"，访问令牌中为 "access"。API 只能接受 "access"；在信任令牌中的其他内容之前先检查它。',
  },
  'payload:cognito:groups@cognito': {
    title: '用户池组（Amazon Cognito）',
    description:
      '用户所属的用户池组的名称，ID 令牌和访问令牌中都有，可用于基于角色的访问控制决策。',
  },
  'payload:cognito:username@cognito': {
    title: '用户名（Amazon Cognito）',
    description:
      '用户在用户池中的用户名，出现在 ID 令牌中。用户名未必始终唯一：请用 sub（一个 UUID）识别用户。',
  },
  'payload:username@cognito': {
    title: '用户名（Amazon Cognito）',
    description: '用户在用户池中的用户名，出现在访问令牌中。',
  },
  'payload:client_id@cognito': {
    title: '应用客户端 ID（Amazon Cognito）',
    description:
      '访问令牌签发给的应用客户端。Cognito 的访问令牌没有 aud，因此 API 改为检查这个声明是否等于自己的应用客户端 ID。',
  },
  'payload:auth_time@cognito': {
    title: '认证时间（Amazon Cognito）',
    description: '用户完成认证的时间。刷新之后它仍是最初认证的时间，而不是这个令牌的签发时间。',
  },
  'payload:event_id@cognito': {
    title: '认证事件 ID（Amazon Cognito）',
    description:
      'Amazon Cognito 为产生该令牌的认证事件分配的标识符，其示例令牌中可以看到。文档没有要求对它做任何检查。',
  },
  'payload:origin_jti@cognito': {
    title: '原始令牌 ID（Amazon Cognito）',
    description:
      '最初那次认证的标识符，由它刷新得到的令牌都共享这个值。开启令牌吊销后，吊销刷新令牌会让共享该值的 ID 令牌和访问令牌一并失效。',
  },
  'payload:custom:*@cognito': {
    title: '自定义属性（Amazon Cognito）',
    description:
      '用户池的自定义属性：Cognito 总是以 custom: 前缀命名自定义属性。其内容由应用决定。',
  },

  // Firebase Authentication。
  'payload:firebase@firebase': {
    title: '登录信息（Firebase）',
    description:
      'Firebase 关于本次登录的保留声明：sign_in_provider（password、phone、google.com、custom、anonymous 等）、identities（用户在各个已关联提供方处的 ID），启用多租户时还有 tenant。',
  },
  'payload:user_id@firebase': {
    title: '用户 ID（Firebase）',
    description: '用户的 Firebase UID；它必须等于 sub。',
  },

  // GitHub Actions OIDC。
  'payload:sub@github-actions': {
    title: '主体（GitHub Actions）',
    description:
      '云提供方所检查的内容：仓库，以及作业的环境、拉取请求、分支或标签，例如 repo:octo-org/octo-repo:environment:prod。较新的仓库还会带上所有者 ID 和仓库 ID。',
  },
  'payload:sha@github-actions': {
    title: '提交 SHA（GitHub Actions）',
    description: '触发该工作流运行的提交的 SHA。',
  },
  'payload:actor@github-actions': {
    title: '发起者（GitHub Actions）',
    description: '发起该工作流运行的个人账户。',
  },
  'payload:actor_id@github-actions': {
    title: '发起者 ID（GitHub Actions）',
    description: '发起该工作流运行的个人账户的 ID。',
  },
  'payload:base_ref@github-actions': {
    title: '目标分支（GitHub Actions）',
    description: '工作流运行中拉取请求的目标分支；其他情况下为空。',
  },
  'payload:check_run_id@github-actions': {
    title: '检查运行 ID（GitHub Actions）',
    description: '当前作业的检查运行 ID。',
  },
  'payload:enterprise@github-actions': {
    title: '企业（GitHub Actions）',
    description: '包含工作流所在仓库的企业的名称。',
  },
  'payload:enterprise_id@github-actions': {
    title: '企业 ID（GitHub Actions）',
    description: '包含工作流所在仓库的企业的 ID。',
  },
  'payload:environment@github-actions': {
    title: '环境（GitHub Actions）',
    description: '作业所用环境的名称。针对它的信任条件要求作业在该环境中运行，并受其保护规则约束。',
  },
  'payload:event_name@github-actions': {
    title: '事件（GitHub Actions）',
    description: '触发该工作流运行的事件名称，例如 push。',
  },
  'payload:head_ref@github-actions': {
    title: '源分支（GitHub Actions）',
    description: '工作流运行中拉取请求的源分支；其他情况下为空。',
  },
  'payload:job_workflow_ref@github-actions': {
    title: '可复用工作流（GitHub Actions）',
    description:
      '作业使用可复用工作流时，被调用工作流的引用路径；而 workflow 和 ref 描述的是调用方。针对它的信任条件只接受在某个可复用工作流中定义的作业。',
  },
  'payload:job_workflow_sha@github-actions': {
    title: '可复用工作流 SHA（GitHub Actions）',
    description: '作业使用可复用工作流时，该工作流文件的提交 SHA。',
  },
  'payload:ref@github-actions': {
    title: 'Git 引用（GitHub Actions）',
    description: '触发该工作流运行的 Git 引用，例如 refs/heads/main。',
  },
  'payload:ref_type@github-actions': {
    title: '引用类型（GitHub Actions）',
    description: '引用的类型，例如 "branch" 或 "tag"。',
  },
  'payload:repository@github-actions': {
    title: '仓库（GitHub Actions）',
    description: '工作流所在的仓库，形如 owner/name。',
  },
  'payload:repository_id@github-actions': {
    title: '仓库 ID（GitHub Actions）',
    description:
      '工作流所在仓库的 ID。与名称不同，仓库被删除、名称被他人重新占用后，这个 ID 不会被复用。',
  },
  'payload:repository_owner@github-actions': {
    title: '仓库所有者（GitHub Actions）',
    description: '拥有该仓库的组织或用户的名称。',
  },
  'payload:repository_owner_id@github-actions': {
    title: '仓库所有者 ID（GitHub Actions）',
    description: '拥有该仓库的组织或用户的 ID。',
  },
  'payload:repository_visibility@github-actions': {
    title: '仓库可见性（GitHub Actions）',
    description: '仓库的可见性："internal"、"private" 或 "public"。',
  },
  'payload:run_attempt@github-actions': {
    title: '运行尝试次数（GitHub Actions）',
    description: '该工作流运行被重试的次数。',
  },
  'payload:run_id@github-actions': {
    title: '运行 ID（GitHub Actions）',
    description: '该工作流运行的 ID。',
  },
  'payload:run_number@github-actions': {
    title: '运行编号（GitHub Actions）',
    description: '该工作流已经运行的次数。',
  },
  'payload:runner_environment@github-actions': {
    title: '运行器环境（GitHub Actions）',
    description:
      '作业所用运行器的类型："github-hosted" 或 "self-hosted"。针对它的信任条件可以拒绝在他人控制的运行器上执行的作业。',
  },
  'payload:workflow@github-actions': {
    title: '工作流（GitHub Actions）',
    description: '工作流的名称。',
  },
  'payload:workflow_ref@github-actions': {
    title: '工作流引用（GitHub Actions）',
    description:
      '工作流文件的引用路径，例如 octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main。',
  },
  'payload:workflow_sha@github-actions': {
    title: '工作流 SHA（GitHub Actions）',
    description: '工作流文件的提交 SHA。',
  },
  'payload:repo_property_*@github-actions': {
    title: '仓库自定义属性（GitHub Actions）',
    description: '仓库的自定义属性，由其组织或企业定义，以 repo_property_ 前缀加入令牌。',
  },

  // Kubernetes 服务账号令牌。
  'payload:kubernetes.io@kubernetes': {
    title: 'Kubernetes 绑定信息',
    description:
      '令牌所绑定的对象：它的命名空间和服务账号，以及为之签发的 Pod、Secret 或节点。该对象消失后 API 服务器就会拒绝这个令牌；过了 warnafter，它会对使用过期令牌发出警告。',
  },
  'payload:sub@kubernetes': {
    title: '服务账号（Kubernetes）',
    description:
      '形如 system:serviceaccount:kube-system:coredns，即该令牌认证为的服务账号（命名空间和名称）；API 服务器按 RBAC 为该账号绑定的权限授权。',
  },
  'payload:kubernetes.io/serviceaccount/namespace@kubernetes': {
    title: '命名空间（旧式 Kubernetes 令牌）',
    description: '服务账号所在的命名空间，出现在存放于 Secret 中的旧式令牌里。',
  },
  'payload:kubernetes.io/serviceaccount/secret.name@kubernetes': {
    title: 'Secret（旧式 Kubernetes 令牌）',
    description: '存放这个旧式令牌的 Secret；这种令牌不会过期，删除该 Secret 才能吊销它。',
  },
  'payload:kubernetes.io/serviceaccount/service-account.name@kubernetes': {
    title: '服务账号（旧式 Kubernetes 令牌）',
    description: '该旧式令牌认证为的服务账号的名称。',
  },
  'payload:kubernetes.io/serviceaccount/service-account.uid@kubernetes': {
    title: '服务账号 UID（旧式 Kubernetes 令牌）',
    description: '该旧式令牌认证为的服务账号的 UID。',
  },

  // flask-jwt-extended 与 Flask-JWT。
  'payload:sub@flask-jwt-extended': {
    title: '用户身份（flask-jwt-extended）',
    description:
      'flask-jwt-extended 4 把传给 create_access_token 的身份放在这里（放在 JWT_IDENTITY_CLAIM 指定的声明中，默认为 sub）；get_jwt_identity() 返回的就是它。',
  },
  'payload:jti@flask-jwt-extended': {
    title: '令牌 ID（flask-jwt-extended）',
    description:
      'flask-jwt-extended 为每个令牌生成的 UUID；token_in_blocklist_loader 回调据此查找，以吊销单个令牌。',
  },
  'payload:fresh': {
    title: '新鲜登录（flask-jwt-extended）',
    description:
      '令牌来自一次新鲜登录（用户刚刚输入凭据）时为 true，由刷新令牌换取时为 false；也可以是一个时间，在此之前令牌都算新鲜。要求新鲜令牌的路由会拒绝其他令牌。',
  },
  'payload:type': {
    title: '令牌类型（flask-jwt-extended）',
    description:
      '取值为 "access" 或 "refresh"。该扩展会拒绝在需要访问令牌的地方使用刷新令牌，反之亦然。',
  },
  'payload:csrf': {
    title: 'CSRF 令牌（flask-jwt-extended）',
    description:
      '令牌放在 Cookie 中传递时使用的双重提交 CSRF 值。会改变状态的请求必须在请求头（默认 X-CSRF-TOKEN）中携带相同的值，由扩展进行比对。',
  },
  'payload:user_claims': {
    title: '附加声明（flask-jwt-extended 4 之前）',
    description:
      'flask-jwt-extended 4 之前的版本把应用添加的额外声明放在这里。从版本 4 起，它们直接放在载荷的顶层。',
  },
  'payload:identity': {
    title: '用户身份（Flask-JWT）',
    description:
      '在 Flask-JWT 以及 flask-jwt-extended 4 之前的版本生成的令牌中存放用户 ID。较新的 flask-jwt-extended 把身份放在 sub 中。',
  },
};
