/** The words of the SD-JWT issuing panel (src/ui/features/sd-jwt/IssuePanel.tsx): its chunk's. */
export const sdJwtIssueEn = {
  'issue.heading': 'Selective disclosure',
  'issue.caption': 'Issue an SD-JWT (RFC 9901)',
  'issue.intro':
    'A checked claim becomes a disclosure with a fresh random 128-bit salt; the token is re-issued as an SD-JWT, signed with the current key. A member checked inside a checked claim is a disclosure inside that disclosure. The Payload pane keeps every claim as typed.',
  'issue.claims': 'Claims to make selectively disclosable (members and array elements too)',
  'issue.claim': 'Selectively disclosable: {name}',
  'issue.vcForbidden':
    'An SD-JWT VC (typ dc+sd-jwt) must not make "{claim}" selectively disclosable (SD-JWT VC §3.2.2.2).',
  'issue.vc':
    'typ is dc+sd-jwt: an SD-JWT VC. Its registered claims iss, nbf, exp, cnf, vct and status stay always visible.',
  'issue.decoys': 'Decoy digests',
  'issue.decoys.caption':
    'Digests of random values added to _sd, so a verifier cannot count the claims withheld (RFC 9901 §4.2.5).',
  'issue.sdAlg': 'Digest algorithm',
  'issue.signedPayload': 'Signed payload',
  'issue.signedPayload.caption':
    'The issuer JWS’s payload as signed: each disclosable claim replaced by its digest in _sd.',
  'issue.signing': 'Issuing the SD-JWT…',
} as const;

export type SdJwtIssueKey = keyof typeof sdJwtIssueEn;

export const sdJwtIssueZh: Readonly<Record<SdJwtIssueKey, string>> = {
  'issue.heading': '选择性披露',
  'issue.caption': '签发 SD-JWT（RFC 9901）',
  'issue.intro':
    '勾选的声明会成为一个披露项，并带有新生成的 128 位随机盐值；令牌随即重新签发为 SD-JWT，用当前密钥签名。在已勾选的声明内部再勾选的成员，会成为该披露项内部的披露项。载荷窗格中的声明保持输入时的样子。',
  'issue.claims': '要设为可选择性披露的声明（也可以是对象成员和数组元素）',
  'issue.claim': '可选择性披露：{name}',
  'issue.vcForbidden':
    'SD-JWT VC（typ 为 dc+sd-jwt）不得把“{claim}”设为可选择性披露（SD-JWT VC §3.2.2.2）。',
  'issue.vc':
    'typ 为 dc+sd-jwt：这是 SD-JWT VC。其注册声明 iss、nbf、exp、cnf、vct 和 status 必须始终可见。',
  'issue.decoys': '诱饵摘要',
  'issue.decoys.caption':
    '向 _sd 中加入随机值的摘要，使验证方无法数出被隐瞒的声明有多少（RFC 9901 §4.2.5）。',
  'issue.sdAlg': '摘要算法',
  'issue.signedPayload': '已签名的载荷',
  'issue.signedPayload.caption':
    '签发者 JWS 实际签名的载荷：每个可选择性披露的声明都换成了 _sd 中的摘要。',
  'issue.signing': '正在签发 SD-JWT…',
};

export const sdJwtIssueMessages = { en: sdJwtIssueEn, zh: sdJwtIssueZh } as const;
