import type { KeyDetailsCode } from '../../../core/keys/details-codes';
import type { FeatureMessages } from '..';

/** What the key details find (core/keys/details-codes.ts). */
export const keyDetailsCodesEn = {
  KEY_FROM_TOKEN:
    'This key is the token’s own ({source} in its header). A signature it verifies proves only that whoever made the token had this key: trust it only if you know the key, or its certificate’s root, from elsewhere.',
  KEY_FROM_TOKEN_PRIVATE:
    'The header’s jwk holds a private key: anyone who has the token can sign with it (RFC 7515 §4.1.3 allows only a public key).',
  KEY_X5C_MISMATCH:
    'The JWK’s key is not the key of its first x5c certificate (RFC 7517 §4.7): the certificate vouches for another key.',
} as const satisfies Record<KeyDetailsCode, string>;

export const keyDetailsCodesZh: Record<KeyDetailsCode, string> = {
  KEY_FROM_TOKEN:
    '这个密钥来自令牌本身（其头部的 {source}）。用它验证通过的签名只能说明令牌的制作者持有这个密钥：只有当你从别处得知这个密钥或其证书的根证书时，才能信任它。',
  KEY_FROM_TOKEN_PRIVATE:
    '头部的 jwk 里是私钥：任何拿到令牌的人都能用它签名（RFC 7515 §4.1.3 只允许公钥）。',
  KEY_X5C_MISMATCH:
    '该 JWK 的密钥不是其 x5c 第一个证书中的密钥（RFC 7517 §4.7）：证书担保的是另一个密钥。',
};

/** The words of the key and certificate details (KeyDetails.tsx, CertificateDetails.tsx). */
export const keyDetailsEn = {
  'details.summary': 'Show the key: PEM, JWK, thumbprint',
  'details.summaryCertificates': 'Show the key and its {count} certificates',
  'details.pending': 'Reading the key…',
  'details.failed': 'The key details could not be loaded: {reason}',
  'details.thumbprint': 'Thumbprint (RFC 7638, SHA-256)',
  'details.thumbprintWhat': 'thumbprint',
  'details.thumbprintUri': 'thumbprint URI (RFC 9278)',
  'details.pem': 'PEM public key (SPKI)',
  'details.pemNote': 'The public half of the private key.',
  'details.jwk': 'Public JWK',
  'details.akp': 'Public JWK: AKP key (RFC 9964)',
  'details.noPublicForm': 'This key has no PEM or JWK form to show.',
  'certs.heading': 'Certificates',
  'certs.label': 'Certificate {n} of {count}',
  'certs.first': 'Certificate {n} of {count}: the key’s own',
  'certs.subject': 'Subject',
  'certs.issuer': 'Issuer',
  'certs.notBefore': 'Valid from',
  'certs.notAfter': 'Valid until',
  'certs.valid': 'valid now',
  'certs.expired': 'expired',
  'certs.notYetValid': 'not yet valid',
  'certs.key': 'Key',
  'certs.keyRsa': 'RSA, {bits} bits',
  'certs.keyCurve': '{kty}, {curve}',
  'certs.keyOther': 'algorithm {oid}',
  'certs.serial': 'Serial number',
  'certs.signatureAlgorithm': 'Signature algorithm',
  'certs.signedBy': 'Signed by',
  'certs.byNext.valid': 'certificate {next}: signature valid',
  'certs.byNext.invalid': 'certificate {next}: signature invalid',
  'certs.byNext.unsupported': 'certificate {next}: cannot be checked in this browser',
  'certs.byNext.unread': 'certificate {next}, which could not be read',
  'certs.bySelf.valid': 'itself (a self-signed root): signature valid',
  'certs.bySelf.invalid': 'itself (a self-signed root): signature invalid',
  'certs.bySelf.unsupported': 'itself (a self-signed root): cannot be checked in this browser',
  'certs.byAbsent': 'an issuer not in this chain ({issuer})',
  'certs.issuerMismatch': 'its issuer is not certificate {next}’s subject',
  'certs.sha1': 'SHA-1 thumbprint',
  'certs.sha256': 'SHA-256 thumbprint',
  'certs.copyWhat': '{what} of certificate {n}',
  'certs.x5tMatches': 'matches {member}',
  'certs.x5tDiffers': 'differs from {member} ({given})',
  'certs.ca': 'Certificate authority',
  'certs.yes': 'yes',
  'certs.no': 'no',
  'embedded.heading': 'The token’s own key',
  'embedded.intro':
    'The header carries a key ({sources}). The page does not use it unless you ask: a token that brings its own key can be signed by anyone.',
  'embedded.use': 'Use the key from the header ({source})',
  'embedded.used':
    'The Public key box now holds the header’s {source}: the verdict above says only that the token matches the key it brought.',
  'embedded.certificates': 'Show the header’s {count} certificates',
} as const;

export type KeyDetailsText = keyof typeof keyDetailsEn;

export const keyDetailsZh: Record<KeyDetailsText, string> = {
  'details.summary': '查看密钥：PEM、JWK、指纹',
  'details.summaryCertificates': '查看密钥及其 {count} 个证书',
  'details.pending': '正在读取密钥…',
  'details.failed': '无法加载密钥详情：{reason}',
  'details.thumbprint': '指纹（RFC 7638，SHA-256）',
  'details.thumbprintWhat': '指纹',
  'details.thumbprintUri': '指纹 URI（RFC 9278）',
  'details.pem': 'PEM 公钥（SPKI）',
  'details.pemNote': '私钥对应的公钥部分。',
  'details.jwk': '公钥 JWK',
  'details.akp': '公钥 JWK：AKP 密钥（RFC 9964）',
  'details.noPublicForm': '这个密钥没有可显示的 PEM 或 JWK 形式。',
  'certs.heading': '证书',
  'certs.label': '证书 {n}／{count}',
  'certs.first': '证书 {n}／{count}：密钥本身的证书',
  'certs.subject': '主体',
  'certs.issuer': '签发者',
  'certs.notBefore': '生效时间',
  'certs.notAfter': '过期时间',
  'certs.valid': '当前有效',
  'certs.expired': '已过期',
  'certs.notYetValid': '尚未生效',
  'certs.key': '密钥',
  'certs.keyRsa': 'RSA，{bits} 位',
  'certs.keyCurve': '{kty}，{curve}',
  'certs.keyOther': '算法 {oid}',
  'certs.serial': '序列号',
  'certs.signatureAlgorithm': '签名算法',
  'certs.signedBy': '签名者',
  'certs.byNext.valid': '证书 {next}：签名有效',
  'certs.byNext.invalid': '证书 {next}：签名无效',
  'certs.byNext.unsupported': '证书 {next}：此浏览器无法检查',
  'certs.byNext.unread': '证书 {next}，但它无法读取',
  'certs.bySelf.valid': '自身（自签名根证书）：签名有效',
  'certs.bySelf.invalid': '自身（自签名根证书）：签名无效',
  'certs.bySelf.unsupported': '自身（自签名根证书）：此浏览器无法检查',
  'certs.byAbsent': '不在此证书链中的签发者（{issuer}）',
  'certs.issuerMismatch': '其签发者不是证书 {next} 的主体',
  'certs.sha1': 'SHA-1 指纹',
  'certs.sha256': 'SHA-256 指纹',
  'certs.copyWhat': '证书 {n} 的{what}',
  'certs.x5tMatches': '与 {member} 一致',
  'certs.x5tDiffers': '与 {member} 不一致（{given}）',
  'certs.ca': '证书颁发机构',
  'certs.yes': '是',
  'certs.no': '否',
  'embedded.heading': '令牌自带的密钥',
  'embedded.intro':
    '头部带有密钥（{sources}）。除非你要求，本页面不会使用它：自带密钥的令牌，任何人都能签出来。',
  'embedded.use': '使用头部的密钥（{source}）',
  'embedded.used': '“公钥”框里现在是头部的 {source}：上方的结论只说明令牌与它自带的密钥相符。',
  'embedded.certificates': '查看头部的 {count} 个证书',
};

export const keyDetailsCodeMessages: FeatureMessages<KeyDetailsCode> = {
  en: keyDetailsCodesEn,
  zh: keyDetailsCodesZh,
};

export const keyDetailsMessages: FeatureMessages<KeyDetailsText> = {
  en: keyDetailsEn,
  zh: keyDetailsZh,
};
