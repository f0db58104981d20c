/**
 * Issue 14's notes for beside the verdict and the key boxes (no component shows them yet): what
 * was repaired in a key, how a JWK Set key was chosen and which one verified, whether the token
 * is valid now, and the "Detached payload" box. A feature table (FeatureMessages), loaded with
 * the component that uses it, like learn.ts.
 *
 * Values the page must put in itself, because they need its language: `{duration}` (a span in
 * words, e.g. ui/lib/time.ts `duration(detail.seconds, locale)`), `{when}` (an instant: the
 * detail's `iso`, or `validity.year` with `{year}` beyond Date's range) and `{which}` (a key of
 * a JWK Set: its kid in quotes, else `#` and its position from 1).
 */
import type { ValidityCode } from '../../../core/claims/validity';
import type { CandidateOutcome } from '../../../core/jws/verify-candidates';
import type { KeyNoteCode } from '../../../core/keys/notes';
import type { FeatureMessages } from '../index';

export type StrictNoteKey =
  | `keynote.${KeyNoteCode}`
  | `validity.${ValidityCode}`
  | 'validity.year'
  | `candidates.${Exclude<CandidateOutcome, 'single'>}`
  | 'detached.label'
  | 'detached.placeholder';

export const strictNotesEn = {
  'keynote.PEM_ESCAPED_NEWLINES':
    'The PEM held {count} literal "\\n" (as in an environment variable or JSON): read as line breaks.',
  'keynote.PEM_LINE_BREAKS_RESTORED': "The PEM's lost line breaks were put back (RFC 7468 §2).",
  'keynote.PEM_QUOTED': 'The PEM was wrapped in quotes ({char}…{char}): read without them.',
  'keynote.JWK_COORDINATE_PADDED':
    'The JWK\'s "{member}" was {length} bytes, {curve} needs {expected}: the library that wrote it dropped a leading zero byte (older PyJWT does). Padded back (RFC 7518 §6.2.1.2).',
  'keynote.SECRET_FROM_JWK':
    'Read as a JWK: its "k" is the HMAC key; Secret encoding does not apply.',
  'keynote.JWKS_SEVERAL_CANDIDATES':
    '{count} keys of the set fit and no kid tells them apart: each is tried (jose stops with ERR_JWKS_MULTIPLE_MATCHING_KEYS).',
  'keynote.JWKS_MIXES_SYMMETRIC_AND_ASYMMETRIC':
    "The set mixes secrets (oct) with public keys: a verifier choosing by the token's alg can be made to use a public key as an HMAC secret (RFC 8725 §2.1).",
  'keynote.RSA_ROCA_FINGERPRINT':
    'This RSA key has the ROCA fingerprint (CVE-2017-15361): anyone can compute its private key, so its signatures prove nothing. Replace it.',
  'validity.TOKEN_EXPIRED':
    'Expired {duration} ago ({when}): verifiers refuse it whatever its signature (RFC 7519 §4.1.4).',
  'validity.TOKEN_NOT_YET_VALID':
    'Not valid for another {duration} ({when}): verifiers refuse it until then (RFC 7519 §4.1.5).',
  'validity.TIME_CLAIM_NOT_NUMERIC_DATE':
    '{claim} is not a NumericDate: whether the token is valid depends on who reads it.',
  'validity.year': 'year {year}',
  'candidates.one-verified':
    'Verified with key {which} of the JWK Set ({tried} keys fit, each was tried).',
  'candidates.several-verified': 'Verified; the JWK Set holds this key more than once ({which}).',
  'candidates.none-verified':
    'None of the {tried} keys of the JWK Set that fit verifies this token: with no kid the set is ambiguous, and none of them signed it.',
  'detached.label': 'Detached payload',
  'detached.placeholder':
    'The payload signed but left out of the token (RFC 7515 Appendix F), as text',
} as const satisfies Record<StrictNoteKey, string>;

export const strictNotesZh: Record<StrictNoteKey, string> = {
  'keynote.PEM_ESCAPED_NEWLINES':
    'PEM 中有 {count} 处字面的 "\\n"（如环境变量或 JSON 字符串中那样）：已按换行读取。',
  'keynote.PEM_LINE_BREAKS_RESTORED': 'PEM 的换行丢失了，已补回（RFC 7468 §2）。',
  'keynote.PEM_QUOTED': 'PEM 被引号包围（{char}…{char}）：已去掉引号读取。',
  'keynote.JWK_COORDINATE_PADDED':
    'JWK 的 "{member}" 只有 {length} 字节，而 {curve} 需要 {expected} 字节。生成它的库丢掉了开头的零字节（旧版 PyJWT 会这样）；已补齐后使用该密钥（RFC 7518 §6.2.1.2）。',
  'keynote.SECRET_FROM_JWK': '已按 JWK 读取：其 "k" 即 HMAC 密钥，“密钥编码”不适用。',
  'keynote.JWKS_SEVERAL_CANDIDATES':
    'JWK Set 中有 {count} 个密钥适用于此令牌，且没有 kid 可以区分：逐个尝试（jose 在此会报 ERR_JWKS_MULTIPLE_MATCHING_KEYS）。',
  'keynote.JWKS_MIXES_SYMMETRIC_AND_ASYMMETRIC':
    '该 JWK Set 混有共享密钥（oct）和公钥：按令牌的 alg 选择密钥的验证方可能被诱使用公钥做 HMAC（RFC 8725 §2.1）。',
  'keynote.RSA_ROCA_FINGERPRINT':
    '此 RSA 密钥带有 ROCA 特征（CVE-2017-15361，英飞凌芯片）：任何人都能从公钥算出其私钥，因此用它做的签名不能证明任何事。请更换密钥。',
  'validity.TOKEN_EXPIRED':
    '已于 {duration}前过期（{when}）：无论签名如何，验证方都会拒绝此令牌（RFC 7519 §4.1.4）。',
  'validity.TOKEN_NOT_YET_VALID':
    '还要 {duration}才生效（{when}）：在此之前验证方会拒绝它（RFC 7519 §4.1.5）。',
  'validity.TIME_CLAIM_NOT_NUMERIC_DATE':
    '{claim} 不是 NumericDate，令牌是否仍然有效取决于读取它的库。',
  'validity.year': '{year} 年',
  'candidates.one-verified':
    '已用 JWK Set 中的密钥 {which} 验证：有 {tried} 个密钥适用于此令牌，已逐个尝试。',
  'candidates.several-verified': '已验证；该 JWK Set 多次包含这个密钥（{which}）。',
  'candidates.none-verified':
    'JWK Set 中适用的 {tried} 个密钥都不能验证此令牌：没有 kid 可供选择，JWK Set 存在歧义，而且其中没有一个密钥签过它。',
  'detached.label': '分离载荷',
  'detached.placeholder': '此令牌签名时所用的载荷（RFC 7515 附录 F），按文本输入：它不在令牌中。',
};

export const strictNotesMessages: FeatureMessages<StrictNoteKey> = {
  en: strictNotesEn,
  zh: strictNotesZh,
};
