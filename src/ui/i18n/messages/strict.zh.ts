/** 议题 14 的简体中文消息；键与 strict.ts 的 strictEn 相同（类型检查保证）。 */
import type { StrictMessageKey } from './strict';

export const strictZh: Record<StrictMessageKey, string> = {
  'diag.BASE64URL_NOT_CANONICAL':
    '最后一个字符 "{char}"（位置 {offset}）带有编码器从不写入的位："…{found}" 与规范形式 "…{canonicalEnd}" 解码出相同的字节，而令牌只能有一种写法（RFC 4648 §3.5，RFC 7515 §2）。已拒绝。',
  'diag.PAYLOAD_UNENCODED':
    'b64 为 false（RFC 7797）：载荷部分就是载荷本身，按文本显示，不做 base64url 解码。',
  'diag.PAYLOAD_UNENCODED_DOT':
    '未编码的载荷（b64: false）在位置 {offset} 含有点号：紧凑格式不允许这样（RFC 7797 §5.2），因此拒绝该令牌。',
  'diag.PAYLOAD_UNENCODED_UNSAFE_CHAR':
    '位置 {offset} 的 "{char}"：紧凑格式的未编码载荷应只含可打印 ASCII 字符（RFC 7797 §5.2），否则原样传输时可能被改动。',
  'diag.HEADER_B64_NOT_CRITICAL':
    'b64 为 false，但 "crit" 没有列出 "b64"，因此它被忽略，载荷仍按 base64url 读取（RFC 7797 §6）。若载荷确实不编码，请加上 "crit": ["b64"]。',
  'diag.SIGN_UNENCODED_PAYLOAD_DOT':
    'b64 为 false 时载荷原样放入令牌，而紧凑格式的令牌在这里不能含有点号（RFC 7797 §5.2，位置 {offset}）。',
  'verdict.CRIT_MALFORMED': '已拒绝："crit" 必须是由头部参数名组成的非空列表（RFC 7515 §4.1.11）。',
  'verdict.CRIT_REGISTERED':
    '已拒绝："crit" 列出了 "{name}"，这是 RFC 7515 自身定义的参数，绝不能列在这里（RFC 7515 §4.1.11）。',
  'verdict.CRIT_ABSENT': '已拒绝："crit" 列出的 "{name}" 不在头部中（RFC 7515 §4.1.11）。',
  'verdict.CRIT_NOT_UNDERSTOOD':
    '已拒绝："crit" 要求必须理解 "{name}"，而本页面没有实现它；此时验证方必须拒绝该令牌（RFC 7515 §4.1.11），jose 也是这样做的。',
  'verdict.CRIT_DUPLICATE': '已拒绝："crit" 重复列出了 "{name}"（RFC 7515 §4.1.11）。',
  'verdict.CRIT_B64_NOT_BOOLEAN':
    '已拒绝："crit" 列出了 "b64"，而它的值必须是 true 或 false（RFC 7797 §3）。',
  'verdict.PAYLOAD_UNENCODED_DOT':
    '已拒绝：含有点号的未编码载荷（b64: false）不能放在紧凑格式的令牌中（RFC 7797 §5.2）。',
  'verdict.VERIFIED.detached':
    '签名与这个 {alg} 密钥相符，所用载荷为给出的分离载荷：头部和该载荷与签名时完全一致。',
  'keyerr.KEY_UNSUPPORTED_TYPE':
    '{alg} 需要 {expected} 密钥；此密钥（算法 OID {oid}）的类型不被任何 JWS 算法使用。',
  'jwks.reason.use-differs': '其 "use" 不是此用途',
  'jwks.reason.alg-missing': '缺少 alg，而 ML-DSA 密钥必须带有它',
  'jwks.reason.key-ops-lack': '其 key_ops 不允许此操作',
  'facts.okp': '{curve}',
  'time.problem.not-a-number': '不是 NumericDate：需要以秒计的 JSON 数字（RFC 7519 §2）。',
  'time.problem.numeric-string':
    '不是 NumericDate：这是一串数字字符，而 RFC 7519 §2 要求 JSON 数字。',
  'time.problem.not-finite': '不是 NumericDate：数值太大，不是有限数。',
  'lint.key-roca':
    '该公钥带有 ROCA 特征（CVE-2017-15361）：任何人都能算出其私钥，因此用它验证通过的令牌可能是伪造的。请更换密钥。',
  'lint.time-claim-string':
    '{claim} 是字符串 "{value}"，不是数字：RFC 7519 §2 要求 NumericDate，即 JSON 数字。jose 会拒绝该令牌；PyJWT 2.6 会把 exp 或 nbf 中的数字字符串当作数字，遇到其他字符串则出错，各服务对它是否有效的判断不一致。',
  'lint.exp-before-iat':
    'exp 不晚于 iat（相差 {seconds} 秒）：令牌一签发就已过期。签发者的时钟或时间单位有误。',
  'lint.crit.reason.b64-not-boolean': '值不是 true 或 false 的 b64',
  'lint.keyFormat.pem-public-key': 'PEM 公钥',
  'lint.keyFormat.pem-certificate': 'PEM 证书',
  'lint.keyFormat.jwk': '公钥 JWK',
  'lint.keyFormat.jwk-set': '由公钥组成的 JWK Set',
  'lint.keyFormat.openssh-public-key': 'OpenSSH 公钥',
  'lint.keyFormat.bare-base64': '缺少 PEM 首尾行的 base64 公钥',
};
