/** The words of the SD-JWT panels (src/ui/features/sd-jwt/): loaded with them, not at start. */
export const sdJwtUiEn = {
  'sd.heading': 'Disclosures',
  'sd.caption': 'Claims the issuer signed only as digests (RFC 9901)',
  'sd.table': 'Disclosures',
  'sd.column.include': 'Include',
  'sd.column.claim': 'Claim',
  'sd.column.value': 'Value',
  'sd.column.salt': 'Salt',
  'sd.column.digest': 'Digest',
  'sd.column.referenced': 'Referenced',
  'sd.include': 'Include {name}',
  'sd.arrayElement': 'array element',
  'sd.referenced': 'referenced',
  'sd.notReferenced': 'not referenced',
  'sd.none': 'This SD-JWT has no disclosures: every claim is always visible.',
  'sd.loading': 'Computing the digests…',
  'sd.decoys':
    '{count} digests in the payload have no disclosure here: decoys, or claims the holder chose not to disclose (a verifier cannot tell which).',
  'sd.disclosedPayload': 'Disclosed payload',
  'sd.disclosedPayload.caption': 'The payload with every disclosure in its place (RFC 9901 §7.1)',
  'sd.presentation':
    'Unchecking a disclosure removes it from the token: what is left is a presentation, and the issuer signature still verifies.',
  'sd.presentation.json':
    'This SD-JWT is in the JSON serialization (RFC 9901 §8): convert it to compact (Signatures, above) to make a presentation from it.',
  'kb.label': 'Key binding status',
  'kb.verified': 'Key binding verified',
  'kb.invalid': 'Key binding invalid',
  'kb.verified.detail':
    'The key-binding JWT is signed by the holder key in cnf.jwk and its sd_hash matches this presentation.',
  'kb.pending': 'Checking the key binding…',
  'kb.noHolderKey':
    'The issuer payload has no cnf.jwk: there is no holder key to check the key-binding JWT with.',
  'kb.malformed': 'The key-binding JWT cannot be read: it is not a JWS with a JSON payload.',
  'kb.fact.iat': 'Issued at (iat)',
  'kb.fact.aud': 'Audience (aud)',
  'kb.fact.nonce': 'Nonce',
  'kb.fact.missing': '(missing)',
  'kb.fact.iat.about':
    'When the holder made this presentation: a verifier accepts only recent ones.',
  'kb.fact.aud.about': 'The verifier this presentation is for: any other verifier must refuse it.',
  'kb.fact.nonce.about':
    "The verifier's one-time challenge: it keeps a captured presentation from being replayed.",
  'holder.heading': 'Present with key binding',
  'holder.key': 'Holder key',
  'holder.key.placeholder': 'The holder’s private key (PEM or JWK) whose public half is in cnf.jwk',
  'holder.aud': 'Audience',
  'holder.nonce': 'Nonce',
  'holder.caption':
    'With the holder key given, the page ends the presentation in a key-binding JWT (typ kb+jwt) with iat now, this aud and nonce, and the digest of exactly what is presented. The key stays in this tab.',
  'holder.failed': 'No key-binding JWT was made: {reason}',
} as const;

export type SdJwtUiKey = keyof typeof sdJwtUiEn;

export const sdJwtUiZh: Readonly<Record<SdJwtUiKey, string>> = {
  'sd.heading': '披露项',
  'sd.caption': '签发者只以摘要形式签名的声明（RFC 9901）',
  'sd.table': '披露项',
  'sd.column.include': '包含',
  'sd.column.claim': '声明',
  'sd.column.value': '值',
  'sd.column.salt': '盐值',
  'sd.column.digest': '摘要',
  'sd.column.referenced': '是否被引用',
  'sd.include': '包含 {name}',
  'sd.arrayElement': '数组元素',
  'sd.referenced': '已引用',
  'sd.notReferenced': '未引用',
  'sd.none': '此 SD-JWT 没有披露项：所有声明始终可见。',
  'sd.loading': '正在计算摘要…',
  'sd.decoys':
    '载荷中有 {count} 个摘要在这里没有对应的披露项：它们是诱饵，或是持有者选择不披露的声明（验证方无法区分）。',
  'sd.disclosedPayload': '披露后的载荷',
  'sd.disclosedPayload.caption': '每个披露项都放回原位后的载荷（RFC 9901 §7.1）',
  'sd.presentation':
    '取消勾选某个披露项会把它从令牌中移除：剩下的就是一次出示，签发者的签名依然有效。',
  'sd.presentation.json':
    '这个 SD-JWT 采用 JSON 序列化（RFC 9901 §8）：先把它转换为紧凑形式（见上方“签名”）再从中制作出示。',
  'kb.label': '密钥绑定状态',
  'kb.verified': '密钥绑定已验证',
  'kb.invalid': '密钥绑定无效',
  'kb.verified.detail': '密钥绑定 JWT 由 cnf.jwk 中的持有者密钥签名，且其 sd_hash 与本次出示一致。',
  'kb.pending': '正在检查密钥绑定…',
  'kb.noHolderKey': '签发者载荷中没有 cnf.jwk：没有可用来检查密钥绑定 JWT 的持有者密钥。',
  'kb.malformed': '无法读取密钥绑定 JWT：它不是带 JSON 载荷的 JWS。',
  'kb.fact.iat': '签发时间（iat）',
  'kb.fact.aud': '受众（aud）',
  'kb.fact.nonce': '随机数（nonce）',
  'kb.fact.missing': '（缺失）',
  'kb.fact.iat.about': '持有者制作这次出示的时间：验证方只接受最近的出示。',
  'kb.fact.aud.about': '这次出示的目标验证方：其他任何验证方都必须拒绝它。',
  'kb.fact.nonce.about': '验证方的一次性挑战值：防止截获的出示被重放。',
  'holder.heading': '带密钥绑定出示',
  'holder.key': '持有者密钥',
  'holder.key.placeholder': '持有者的私钥（PEM 或 JWK），其公钥部分在 cnf.jwk 中',
  'holder.aud': '受众',
  'holder.nonce': '随机数',
  'holder.caption':
    '填入持有者密钥后，页面会在出示的末尾加上密钥绑定 JWT（typ 为 kb+jwt），其中 iat 为当前时间，aud 和 nonce 为这里填写的值，并带有所出示内容的摘要。密钥只留在此标签页中。',
  'holder.failed': '未能生成密钥绑定 JWT：{reason}',
};

export const sdJwtUiMessages = { en: sdJwtUiEn, zh: sdJwtUiZh } as const;
