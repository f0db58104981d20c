/**
 * The words of the claims tables that are not one claim's explanation: who issued the token
 * (src/core/claims/issuer-family.ts), the labels of its facts, the providers' names, and the note
 * on a provider's name met in another token. Loaded with the claim texts, after the first paint.
 */
import type { IssuerFact, IssuerFamilyCode, ProviderCode } from '../../../core/claims';

export type ClaimMessageKey =
  | `family.${IssuerFamilyCode}`
  | 'family.by-claims'
  | `fact.${IssuerFact}`
  | 'fact.colon'
  | `provider.${ProviderCode}`
  | 'note.used-by';

export const claimMessagesEn = {
  'family.google': 'Issued by Google',
  'family.entra': 'Issued by Microsoft Entra ID (tenant {tenant}, v{version} token)',
  'family.auth0': 'Issued by Auth0 (tenant {tenant})',
  'family.okta': 'Issued by Okta (org {org})',
  'family.keycloak': 'Issued by Keycloak (realm {realm})',
  'family.cognito': 'Issued by an Amazon Cognito user pool ({userPool})',
  'family.firebase': 'Issued by Firebase Authentication (project {project})',
  'family.github-actions': 'Issued by GitHub Actions for a workflow run',
  'family.kubernetes': 'Issued by Kubernetes: a service-account token',
  'family.flask-jwt-extended': 'Made by flask-jwt-extended (type {tokenType})',
  'family.flask-jwt': 'Made by Flask-JWT',
  'family.unknown':
    'Issued by {issuer}, which this page does not recognise: names it defines for itself are explained as private claims.',
  'family.none':
    'No issuer (iss): the claims are explained as the specifications that define them say.',
  'family.by-claims': 'Recognised by its claims, not by its iss.',
  'fact.colon': ': ',
  'fact.tenant': 'Tenant',
  'fact.version': 'Token version',
  'fact.cloud': 'Cloud',
  'fact.region': 'Region',
  'fact.org': 'Org',
  'fact.authorizationServer': 'Authorization server',
  'fact.realm': 'Realm',
  'fact.host': 'Host',
  'fact.userPool': 'User pool',
  'fact.project': 'Project',
  'fact.enterprise': 'Enterprise',
  'fact.repository': 'Repository',
  'fact.namespace': 'Namespace',
  'fact.serviceAccount': 'Service account',
  'fact.tokenType': 'Token type',
  'fact.issuer': 'Issuer',
  'provider.google': 'Google',
  'provider.entra': 'Microsoft Entra ID',
  'provider.auth0': 'Auth0',
  'provider.okta': 'Okta',
  'provider.keycloak': 'Keycloak',
  'provider.cognito': 'Amazon Cognito',
  'provider.firebase': 'Firebase Authentication',
  'provider.github-actions': 'GitHub Actions',
  'provider.kubernetes': 'Kubernetes',
  'provider.flask-jwt-extended': 'flask-jwt-extended',
  'provider.flask-jwt': 'Flask-JWT',
  'note.used-by':
    '{providers} give this name a meaning of their own; this token is not recognised as theirs, so it is not read that way.',
} satisfies Record<ClaimMessageKey, string>;

export const claimMessagesZh: Record<ClaimMessageKey, string> = {
  'family.google': '由 Google 签发',
  'family.entra': '由 Microsoft Entra ID 签发（租户 {tenant}，v{version} 令牌）',
  'family.auth0': '由 Auth0 签发（租户 {tenant}）',
  'family.okta': '由 Okta 签发（组织 {org}）',
  'family.keycloak': '由 Keycloak 签发（领域 {realm}）',
  'family.cognito': '由 Amazon Cognito 用户池签发（{userPool}）',
  'family.firebase': '由 Firebase Authentication 签发（项目 {project}）',
  'family.github-actions': '由 GitHub Actions 为一次工作流运行签发',
  'family.kubernetes': '由 Kubernetes 签发：服务账号令牌',
  'family.flask-jwt-extended': '由 flask-jwt-extended 生成（type 为 {tokenType}）',
  'family.flask-jwt': '由 Flask-JWT 生成',
  'family.unknown': '签发者 {issuer} 不是本页面认识的提供方：它自行定义的名称按私有声明说明。',
  'family.none': '没有签发者（iss）：声明按定义它们的规范说明。',
  'family.by-claims': '依据声明识别，而不是依据 iss。',
  'fact.colon': '：',
  'fact.tenant': '租户',
  'fact.version': '令牌版本',
  'fact.cloud': '云环境',
  'fact.region': '区域',
  'fact.org': '组织',
  'fact.authorizationServer': '授权服务器',
  'fact.realm': '领域',
  'fact.host': '主机',
  'fact.userPool': '用户池',
  'fact.project': '项目',
  'fact.enterprise': '企业',
  'fact.repository': '仓库',
  'fact.namespace': '命名空间',
  'fact.serviceAccount': '服务账号',
  'fact.tokenType': '令牌类型',
  'fact.issuer': '签发者',
  'provider.google': 'Google',
  'provider.entra': 'Microsoft Entra ID',
  'provider.auth0': 'Auth0',
  'provider.okta': 'Okta',
  'provider.keycloak': 'Keycloak',
  'provider.cognito': 'Amazon Cognito',
  'provider.firebase': 'Firebase Authentication',
  'provider.github-actions': 'GitHub Actions',
  'provider.kubernetes': 'Kubernetes',
  'provider.flask-jwt-extended': 'flask-jwt-extended',
  'provider.flask-jwt': 'Flask-JWT',
  'note.used-by':
    '{providers} 给这个名称赋予了自己的含义；本令牌不被认为是它们签发的，因此不按那种含义解读。',
};
