import type { X509Code } from '../../../core/x509';
import type { FeatureMessages } from '..';

/** The certificate checks' findings (core/x509/codes.ts). `{n}` is the certificate's number. */
export const x509En = {
  X5C_NOT_ARRAY: 'x5c must be a non-empty array of certificates (RFC 7515 §4.1.6).',
  X5C_BAD_BASE64:
    'certificate {n} of x5c is not base64: x5c holds standard base64 (with + and /), not base64url (RFC 7515 §4.1.6).',
  CERT_BAD_DER: 'certificate {n} is not a readable X.509 certificate (RFC 5280 §4.1).',
  CERT_EXPIRED: 'certificate {n} expired on {date}.',
  CERT_NOT_YET_VALID: 'certificate {n} is not valid until {date}.',
  CERT_X5T_MISMATCH:
    'x5t is not the SHA-1 thumbprint of the first certificate (RFC 7515 §4.1.7): it names another certificate.',
  CERT_X5T_S256_MISMATCH:
    'x5t#S256 is not the SHA-256 thumbprint of the first certificate (RFC 7515 §4.1.8): it names another certificate.',
  CHAIN_ISSUER_MISMATCH:
    "certificate {n}'s issuer is not the subject of the next one: the chain is out of order or has a gap.",
  CHAIN_SIGNATURE_INVALID:
    'certificate {n} is not signed by the key of the certificate that should have signed it.',
  CHAIN_SIGNATURE_UNSUPPORTED:
    "certificate {n}'s signature cannot be checked in this browser (its algorithm is not in WebCrypto).",
  CHAIN_INCOMPLETE:
    'the chain stops at certificate {n}, whose issuer is not included: a verifier must have it.',
  CHAIN_UNTRUSTED:
    'the chain comes from the token itself: it proves nothing until its root is one the verifier already trusts (RFC 8725 §3.10).',
} as const satisfies Record<X509Code, string>;

export const x509Zh: Record<X509Code, string> = {
  X5C_NOT_ARRAY: 'x5c 必须是非空的证书数组（RFC 7515 §4.1.6）。',
  X5C_BAD_BASE64:
    'x5c 中的第 {n} 个证书不是 base64：x5c 用的是标准 base64（含 + 和 /），而不是 base64url（RFC 7515 §4.1.6）。',
  CERT_BAD_DER: '第 {n} 个证书不是可读的 X.509 证书（RFC 5280 §4.1）。',
  CERT_EXPIRED: '第 {n} 个证书已于 {date} 过期。',
  CERT_NOT_YET_VALID: '第 {n} 个证书要到 {date} 才生效。',
  CERT_X5T_MISMATCH: 'x5t 不是第一个证书的 SHA-1 指纹（RFC 7515 §4.1.7）：它指向另一个证书。',
  CERT_X5T_S256_MISMATCH:
    'x5t#S256 不是第一个证书的 SHA-256 指纹（RFC 7515 §4.1.8）：它指向另一个证书。',
  CHAIN_ISSUER_MISMATCH: '第 {n} 个证书的签发者不是下一个证书的主体：证书链顺序有误或有缺口。',
  CHAIN_SIGNATURE_INVALID: '第 {n} 个证书并非由应当签发它的证书的密钥签名。',
  CHAIN_SIGNATURE_UNSUPPORTED: '此浏览器无法检查第 {n} 个证书的签名（WebCrypto 不支持其算法）。',
  CHAIN_INCOMPLETE: '证书链止于第 {n} 个证书，未包含其签发者：验证方必须自备。',
  CHAIN_UNTRUSTED:
    '该证书链来自令牌本身：除非其根证书是验证方原本就信任的，否则它什么也证明不了（RFC 8725 §3.10）。',
};

export const x509Messages: FeatureMessages<X509Code> = { en: x509En, zh: x509Zh };
