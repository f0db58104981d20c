/**
 * Messages for the SD-JWT codes (src/core/sd-jwt/codes.ts). `{name}` marks a value from the
 * finding's `detail`; `{disclosure}` is the disclosure's number (from 1) and `{path}` the claim
 * path (e.g. `address.country`), which the page fills in from the finding itself.
 */
import type { SdJwtCode } from '../../../core/sd-jwt/codes';

export const sdJwtEn = {
  SD_JWT_NO_TILDE: 'This is no SD-JWT: it has no "~" after the issuer-signed JWT.',
  SD_JWT_TRAILING_TILDE_MISSING:
    'The SD-JWT does not end in "~": without a key-binding JWT, the last "~" must not be left out (RFC 9901 §4).',
  SD_JWT_EMPTY_DISCLOSURE: 'Two "~" follow each other: an empty disclosure is not allowed.',
  SD_JWT_ISSUER_JWS_MALFORMED:
    'The issuer-signed JWT before the first "~" is not a JWS with a JSON payload.',
  SD_JWT_ISSUER_ALG_NONE:
    'The issuer-signed JWT uses alg "none": an SD-JWT must be signed (RFC 9901 §4.1).',
  SD_JWT_PAYLOAD_NOT_OBJECT: "The issuer-signed JWT's payload is not a JSON object.",
  SD_JWT_TOO_DEEP: 'The disclosures nest deeper than {max} levels; processing stopped there.',
  SD_JWT_VC_NO_VCT:
    'typ says this is an SD-JWT VC, but its payload has no vct: an SD-JWT VC names its credential type in vct (a string, never selectively disclosed).',
  DISCLOSURE_BASE64URL: 'Disclosure {disclosure} is not valid base64url.',
  DISCLOSURE_NOT_UTF8: 'Disclosure {disclosure} does not decode to UTF-8 text.',
  DISCLOSURE_NOT_JSON: 'Disclosure {disclosure} is not JSON (line {line}, column {column}).',
  DISCLOSURE_NOT_ARRAY: 'Disclosure {disclosure} is not a JSON array.',
  DISCLOSURE_WRONG_LENGTH:
    'Disclosure {disclosure} has {length} elements: it must have 3 (salt, name, value) or 2 (salt, value).',
  DISCLOSURE_SALT_NOT_STRING: 'The salt of disclosure {disclosure} is not a string.',
  DISCLOSURE_NAME_NOT_STRING: 'The claim name of disclosure {disclosure} is not a string.',
  DISCLOSURE_NAME_RESERVED:
    'Disclosure {disclosure} names its claim "{name}", which only carries digests: the SD-JWT must be rejected.',
  DISCLOSURE_DUPLICATE_KEY: 'Disclosure {disclosure} repeats the member name "{key}".',
  DISCLOSURE_REPEATED:
    'Disclosure {disclosure} is the same as disclosure {first}: a disclosure must not be sent twice.',
  SD_ALG_UNSUPPORTED:
    '_sd_alg "{alg}" is not a hash this page can compute (sha-256, sha-384, sha-512): the SD-JWT must be rejected.',
  SD_ALG_NESTED:
    '_sd_alg at {path} is not at the top level, the only place it may be (RFC 9901 §4.1.1).',
  SD_NOT_ARRAY: '"_sd" at {path} is not an array: the SD-JWT must be rejected.',
  SD_DIGEST_NOT_STRING: 'An entry of "_sd" at {path} is not a string: the SD-JWT must be rejected.',
  ELLIPSIS_NOT_DIGEST:
    'The array element at {path} uses "..." but is not {"...": digest} alone: the SD-JWT must be rejected.',
  ELLIPSIS_OUTSIDE_ARRAY:
    '"..." at {path} is a claim name outside an array digest: the SD-JWT must be rejected.',
  DIGEST_REPEATED:
    'The digest {digest} appears more than once: the SD-JWT must be rejected (RFC 9901 §7.1).',
  DISCLOSURE_NOT_REFERENCED:
    'No digest in the payload or in another disclosure refers to disclosure {disclosure}: the SD-JWT must be rejected.',
  DISCLOSURE_CLAIM_EXISTS:
    'Disclosure {disclosure} discloses "{name}", a claim that already exists there: the SD-JWT must be rejected.',
  DISCLOSURE_WRONG_KIND:
    'Disclosure {disclosure} does not fit where its digest is: "_sd" needs [salt, name, value], an array element [salt, value].',
  KB_VERIFIED:
    'Key binding verified: typ is kb+jwt, the holder key signed it, and sd_hash matches.',
  KB_ABSENT: 'The SD-JWT has no key-binding JWT.',
  KB_MALFORMED: 'The key-binding JWT is not a JWS with a JSON header and payload.',
  KB_TYP: 'Key binding invalid: the KB-JWT\'s typ is "{typ}", not "kb+jwt".',
  KB_ALG_NONE: 'Key binding invalid: the KB-JWT uses alg "none".',
  KB_NO_HOLDER_KEY: 'The issuer payload has no holder key in cnf.jwk to check the KB-JWT with.',
  KB_HOLDER_KEY_UNUSABLE:
    'Key binding invalid: the holder key in cnf.jwk cannot verify {alg} ({keyError}).',
  KB_SIGNATURE_INVALID:
    "Key binding invalid: the KB-JWT's signature does not check out with the holder key.",
  KB_SD_HASH_MISSING: 'Key binding invalid: the KB-JWT has no sd_hash.',
  KB_SD_HASH_MISMATCH:
    'Key binding invalid: sd_hash does not match this presentation (a disclosure was added, dropped or changed).',
  KB_SD_HASH_ALG_UNSUPPORTED: 'Key binding invalid: sd_hash cannot be computed with this _sd_alg.',
  KB_IAT_MISSING: 'The KB-JWT has no numeric iat, which RFC 9901 §4.3 requires.',
  KB_AUD_MISSING: 'The KB-JWT has no aud string, which RFC 9901 §4.3 requires.',
  KB_NONCE_MISSING: 'The KB-JWT has no nonce string, which RFC 9901 §4.3 requires.',
  KB_AUD_UNEXPECTED: 'The KB-JWT is for another audience than "{expected}".',
  KB_NONCE_UNEXPECTED: 'The KB-JWT\'s nonce is not "{expected}": it may be replayed.',
  ISSUE_PAYLOAD_NOT_OBJECT: 'Only a JSON object payload can have selectively disclosable claims.',
  ISSUE_PAYLOAD_RESERVED_CLAIM:
    'The payload already has a claim "{name}" at {path}; that name is reserved for SD-JWT digests.',
  ISSUE_PATH_EMPTY:
    'The payload as a whole cannot be made selectively disclosable; choose a claim.',
  ISSUE_PATH_NOT_FOUND: 'There is no claim at {path} to make selectively disclosable.',
  ISSUE_PATH_REPEATED: '{path} is chosen twice.',
  ISSUE_VC_NOT_DISCLOSABLE:
    'An SD-JWT VC must not make "{claim}" selectively disclosable (SD-JWT VC §3.2.2.2).',
  ISSUE_DECOY_PATH:
    'Decoys go into an object or an array, 0 to 1000 of them: {path} cannot take {count}.',
  ISSUE_SD_ALG_UNSUPPORTED: '"{alg}" is not a hash this page can compute for digests.',
  ISSUE_ALG_NONE: 'An SD-JWT must be signed: alg "none" cannot issue one (RFC 9901 §4.1).',
  ISSUE_SIGN_FAILED: 'The SD-JWT could not be signed with the current key ({signCode}).',
  PRESENT_KB_DROPPED:
    'The key-binding JWT was dropped: its sd_hash covers the disclosures as they were, so it no longer matches.',
  PRESENT_DISCLOSURE_UNKNOWN: 'There is no disclosure {index} to leave out.',
} satisfies Record<SdJwtCode, string>;

export const sdJwtZh: Record<SdJwtCode, string> = {
  SD_JWT_NO_TILDE: '这不是 SD-JWT：签发者签名的 JWT 之后没有“~”。',
  SD_JWT_TRAILING_TILDE_MISSING:
    'SD-JWT 没有以“~”结尾：没有密钥绑定 JWT 时，最后一个“~”不能省略（RFC 9901 §4）。',
  SD_JWT_EMPTY_DISCLOSURE: '两个“~”紧挨在一起：不允许空的披露项。',
  SD_JWT_ISSUER_JWS_MALFORMED: '第一个“~”之前的签发者签名 JWT 不是载荷为 JSON 的 JWS。',
  SD_JWT_ISSUER_ALG_NONE: '签发者签名的 JWT 使用 alg “none”：SD-JWT 必须签名（RFC 9901 §4.1）。',
  SD_JWT_PAYLOAD_NOT_OBJECT: '签发者签名 JWT 的载荷不是 JSON 对象。',
  SD_JWT_TOO_DEEP: '披露项嵌套超过 {max} 层，处理在此停止。',
  SD_JWT_VC_NO_VCT:
    'typ 表明这是 SD-JWT VC，但它的载荷没有 vct：SD-JWT VC 用 vct（一个字符串，永不选择性披露）说明凭证类型。',
  DISCLOSURE_BASE64URL: '第 {disclosure} 个披露项不是有效的 base64url。',
  DISCLOSURE_NOT_UTF8: '第 {disclosure} 个披露项解码后不是 UTF-8 文本。',
  DISCLOSURE_NOT_JSON: '第 {disclosure} 个披露项不是 JSON（第 {line} 行，第 {column} 列）。',
  DISCLOSURE_NOT_ARRAY: '第 {disclosure} 个披露项不是 JSON 数组。',
  DISCLOSURE_WRONG_LENGTH:
    '第 {disclosure} 个披露项有 {length} 个元素：应为 3 个（盐值、名称、值）或 2 个（盐值、值）。',
  DISCLOSURE_SALT_NOT_STRING: '第 {disclosure} 个披露项的盐值不是字符串。',
  DISCLOSURE_NAME_NOT_STRING: '第 {disclosure} 个披露项的声明名称不是字符串。',
  DISCLOSURE_NAME_RESERVED:
    '第 {disclosure} 个披露项把声明命名为“{name}”，这个名称只用于承载摘要：必须拒绝该 SD-JWT。',
  DISCLOSURE_DUPLICATE_KEY: '第 {disclosure} 个披露项重复了成员名“{key}”。',
  DISCLOSURE_REPEATED: '第 {disclosure} 个披露项与第 {first} 个相同：同一披露项不得发送两次。',
  SD_ALG_UNSUPPORTED:
    '_sd_alg “{alg}”不是本页面能计算的哈希（sha-256、sha-384、sha-512）：必须拒绝该 SD-JWT。',
  SD_ALG_NESTED: '_sd_alg 出现在 {path}，不在顶层，而顶层是它唯一允许的位置（RFC 9901 §4.1.1）。',
  SD_NOT_ARRAY: '{path} 处的“_sd”不是数组：必须拒绝该 SD-JWT。',
  SD_DIGEST_NOT_STRING: '{path} 处“_sd”中有一项不是字符串：必须拒绝该 SD-JWT。',
  ELLIPSIS_NOT_DIGEST:
    '{path} 处的数组元素使用了“...”，但不是单独的 {"...": 摘要}：必须拒绝该 SD-JWT。',
  ELLIPSIS_OUTSIDE_ARRAY: '{path} 处的“...”是数组摘要之外的声明名称：必须拒绝该 SD-JWT。',
  DIGEST_REPEATED: '摘要 {digest} 出现了不止一次：必须拒绝该 SD-JWT（RFC 9901 §7.1）。',
  DISCLOSURE_NOT_REFERENCED:
    '载荷和其他披露项中都没有摘要指向第 {disclosure} 个披露项：必须拒绝该 SD-JWT。',
  DISCLOSURE_CLAIM_EXISTS:
    '第 {disclosure} 个披露项披露的“{name}”在该位置已经存在：必须拒绝该 SD-JWT。',
  DISCLOSURE_WRONG_KIND:
    '第 {disclosure} 个披露项与其摘要所在位置不符：“_sd”中的披露项是三个元素的数组（盐值、名称、值），数组元素的披露项是两个元素的数组（盐值、值）。',
  KB_VERIFIED: '密钥绑定已验证：typ 为 kb+jwt，由持有者密钥签名，且 sd_hash 匹配。',
  KB_ABSENT: '该 SD-JWT 没有密钥绑定 JWT。',
  KB_MALFORMED: '密钥绑定 JWT 不是头部和载荷均为 JSON 的 JWS。',
  KB_TYP: '密钥绑定无效：KB-JWT 的 typ 是“{typ}”，而不是“kb+jwt”。',
  KB_ALG_NONE: '密钥绑定无效：KB-JWT 使用了 alg “none”。',
  KB_NO_HOLDER_KEY: '签发者载荷的 cnf.jwk 中没有可用于检查 KB-JWT 的持有者密钥。',
  KB_HOLDER_KEY_UNUSABLE: '密钥绑定无效：cnf.jwk 中的持有者密钥无法验证 {alg}（{keyError}）。',
  KB_SIGNATURE_INVALID: '密钥绑定无效：KB-JWT 的签名与持有者密钥不符。',
  KB_SD_HASH_MISSING: '密钥绑定无效：KB-JWT 没有 sd_hash。',
  KB_SD_HASH_MISMATCH: '密钥绑定无效：sd_hash 与此次出示不符（有披露项被添加、删除或修改）。',
  KB_SD_HASH_ALG_UNSUPPORTED: '密钥绑定无效：无法用此 _sd_alg 计算 sd_hash。',
  KB_IAT_MISSING: 'KB-JWT 没有数值型 iat，而 RFC 9901 §4.3 要求必须有。',
  KB_AUD_MISSING: 'KB-JWT 没有字符串 aud，而 RFC 9901 §4.3 要求必须有。',
  KB_NONCE_MISSING: 'KB-JWT 没有字符串 nonce，而 RFC 9901 §4.3 要求必须有。',
  KB_AUD_UNEXPECTED: '该 KB-JWT 的受众不是“{expected}”。',
  KB_NONCE_UNEXPECTED: 'KB-JWT 的 nonce 不是“{expected}”：它可能是重放的。',
  ISSUE_PAYLOAD_NOT_OBJECT: '只有 JSON 对象载荷才能包含可选择性披露的声明。',
  ISSUE_PAYLOAD_RESERVED_CLAIM: '载荷在 {path} 处已有声明“{name}”，该名称保留给 SD-JWT 摘要使用。',
  ISSUE_PATH_EMPTY: '不能把整个载荷设为可选择性披露，请选择一个声明。',
  ISSUE_PATH_NOT_FOUND: '{path} 处没有可设为可选择性披露的声明。',
  ISSUE_PATH_REPEATED: '{path} 被选择了两次。',
  ISSUE_VC_NOT_DISCLOSABLE: 'SD-JWT VC 不得把“{claim}”设为可选择性披露（SD-JWT VC §3.2.2.2）。',
  ISSUE_DECOY_PATH: '诱饵摘要只能放入对象或数组，数量为 0 到 1000：{path} 处不能放入 {count} 个。',
  ISSUE_SD_ALG_UNSUPPORTED: '“{alg}”不是本页面能用于计算摘要的哈希。',
  ISSUE_ALG_NONE: 'SD-JWT 必须签名：alg “none” 不能签发 SD-JWT（RFC 9901 §4.1）。',
  ISSUE_SIGN_FAILED: '无法用当前密钥为该 SD-JWT 签名（{signCode}）。',
  PRESENT_KB_DROPPED: '已移除密钥绑定 JWT：它的 sd_hash 覆盖的是原来的披露项，现在已不再匹配。',
  PRESENT_DISCLOSURE_UNKNOWN: '没有可以省略的第 {index} 个披露项。',
};
