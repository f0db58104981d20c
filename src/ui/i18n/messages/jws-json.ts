/**
 * Messages for the JWS JSON Serialization codes (src/core/jws/json-codes.ts). `{name}` marks a
 * value from the finding's `detail`; `{signature}` is the signature's number (from 1).
 */
import type { JwsJsonCode } from '../../../core/jws/json-codes';

export const jwsJsonEn = {
  JWS_JSON_SYNTAX: 'The JSON JWS is not valid JSON (line {line}, column {column}).',
  JWS_JSON_NOT_OBJECT: 'A JSON JWS is a JSON object.',
  JWS_JSON_DUPLICATE_MEMBER: 'The member "{key}" appears twice in the JSON JWS.',
  JWS_JSON_NO_PAYLOAD: 'The JSON JWS has no "payload" member.',
  JWS_JSON_PAYLOAD_NOT_STRING: 'The "payload" member is not a string.',
  JWS_JSON_NO_SIGNATURE:
    'The JSON JWS has neither "signatures" (general) nor "signature" (flattened).',
  JWS_JSON_BOTH_FORMS:
    'The JSON JWS has both "signatures" and "signature": it must be one form (RFC 7515 §7.2.2).',
  JWS_JSON_SIGNATURES_NOT_ARRAY: '"signatures" is not an array.',
  JWS_JSON_SIGNATURES_EMPTY: '"signatures" is empty.',
  JWS_JSON_SIGNATURE_NOT_OBJECT: 'Signature {signature} is not a JSON object.',
  JWS_JSON_SIGNATURE_NOT_STRING: 'Signature {signature} has no "signature" string.',
  JWS_JSON_SIGNATURE_BASE64URL: 'The "signature" of signature {signature} is not valid base64url.',
  JWS_JSON_NO_HEADER:
    'Signature {signature} has neither a "protected" nor a "header" member (RFC 7515 §7.2.1).',
  JWS_JSON_PROTECTED_NOT_STRING: 'The "protected" member of signature {signature} is not a string.',
  JWS_JSON_PROTECTED_NOT_OBJECT:
    'The protected header of signature {signature} is not a JSON object.',
  JWS_JSON_HEADER_NOT_OBJECT: 'The "header" member of signature {signature} is not a JSON object.',
  JWS_JSON_HEADER_DUPLICATE:
    'Signature {signature} has "{name}" in both its protected and unprotected header; they must be disjoint (RFC 7515 §7.2.1).',
  JWS_JSON_CRIT_UNPROTECTED:
    'Signature {signature} has "crit" in its unprotected header; it must be protected (RFC 7515 §4.1.11).',
  JWS_JSON_NO_ALG: 'Signature {signature} has no "alg" in either header.',
  JWS_JSON_ALG_NOT_STRING: 'The "alg" of signature {signature} is not a string.',
  JWS_JSON_SD_DISCLOSURES_INVALID: '"disclosures" is not an array of strings (RFC 9901 §8.1).',
  JWS_JSON_SD_KB_JWT_INVALID: '"kb_jwt" is not a string (RFC 9901 §8.1).',
  JWS_JSON_SD_NOT_FIRST:
    'Signature {signature} carries "{name}": only the first unprotected header may (RFC 9901 §8.3).',
  JWS_JSON_CONVERT_MULTIPLE:
    'Only a JSON JWS with one signature has a compact form; this one has {count}.',
  JWS_JSON_CONVERT_UNPROTECTED_DROPPED:
    'The compact form has no unprotected header: {names} cannot be carried over.',
  JWS_JSON_CONVERT_ALG_UNPROTECTED:
    '"alg" is only in the unprotected header, so the compact form has no "alg" and cannot be verified as it is.',
  JWS_JSON_CONVERT_NOT_COMPACT: 'This is not a compact JWS of three parts.',
} satisfies Record<JwsJsonCode, string>;

export const jwsJsonZh: Record<JwsJsonCode, string> = {
  JWS_JSON_SYNTAX: '该 JSON JWS 不是有效的 JSON（第 {line} 行，第 {column} 列）。',
  JWS_JSON_NOT_OBJECT: 'JSON JWS 必须是 JSON 对象。',
  JWS_JSON_DUPLICATE_MEMBER: '成员“{key}”在 JSON JWS 中出现了两次。',
  JWS_JSON_NO_PAYLOAD: '该 JSON JWS 没有“payload”成员。',
  JWS_JSON_PAYLOAD_NOT_STRING: '“payload”成员不是字符串。',
  JWS_JSON_NO_SIGNATURE:
    '该 JSON JWS 既没有“signatures”（通用形式），也没有“signature”（扁平形式）。',
  JWS_JSON_BOTH_FORMS:
    '该 JSON JWS 同时有“signatures”和“signature”：只能是其中一种形式（RFC 7515 §7.2.2）。',
  JWS_JSON_SIGNATURES_NOT_ARRAY: '“signatures”不是数组。',
  JWS_JSON_SIGNATURES_EMPTY: '“signatures”为空。',
  JWS_JSON_SIGNATURE_NOT_OBJECT: '第 {signature} 个签名不是 JSON 对象。',
  JWS_JSON_SIGNATURE_NOT_STRING: '第 {signature} 个签名没有“signature”字符串。',
  JWS_JSON_SIGNATURE_BASE64URL: '第 {signature} 个签名的“signature”不是有效的 base64url。',
  JWS_JSON_NO_HEADER:
    '第 {signature} 个签名既没有“protected”也没有“header”成员（RFC 7515 §7.2.1）。',
  JWS_JSON_PROTECTED_NOT_STRING: '第 {signature} 个签名的“protected”成员不是字符串。',
  JWS_JSON_PROTECTED_NOT_OBJECT: '第 {signature} 个签名的受保护头部不是 JSON 对象。',
  JWS_JSON_HEADER_NOT_OBJECT: '第 {signature} 个签名的“header”成员不是 JSON 对象。',
  JWS_JSON_HEADER_DUPLICATE:
    '第 {signature} 个签名的受保护头部和未受保护头部中都有“{name}”；两者不得重叠（RFC 7515 §7.2.1）。',
  JWS_JSON_CRIT_UNPROTECTED:
    '第 {signature} 个签名的未受保护头部中有“crit”；它必须受保护（RFC 7515 §4.1.11）。',
  JWS_JSON_NO_ALG: '第 {signature} 个签名的两个头部中都没有“alg”。',
  JWS_JSON_ALG_NOT_STRING: '第 {signature} 个签名的“alg”不是字符串。',
  JWS_JSON_SD_DISCLOSURES_INVALID: '“disclosures”不是字符串数组（RFC 9901 §8.1）。',
  JWS_JSON_SD_KB_JWT_INVALID: '“kb_jwt”不是字符串（RFC 9901 §8.1）。',
  JWS_JSON_SD_NOT_FIRST:
    '第 {signature} 个签名带有“{name}”：只有第一个未受保护头部可以带（RFC 9901 §8.3）。',
  JWS_JSON_CONVERT_MULTIPLE: '只有单个签名的 JSON JWS 才有紧凑形式；这个有 {count} 个签名。',
  JWS_JSON_CONVERT_UNPROTECTED_DROPPED: '紧凑形式没有未受保护头部：{names} 无法带过去。',
  JWS_JSON_CONVERT_ALG_UNPROTECTED:
    '“alg”只在未受保护头部中，因此紧凑形式没有“alg”，原样无法验证。',
  JWS_JSON_CONVERT_NOT_COMPACT: '这不是由三部分组成的紧凑 JWS。',
};
