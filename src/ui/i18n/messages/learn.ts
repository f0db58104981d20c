/**
 * The words of the learning view ("How it's made", "Verify it in your code"): loaded with its
 * chunk, not at start.
 */
export const learnEn = {
  'how.unavailable': 'The token must have a readable header and payload to be rebuilt.',
  'how.json.title': '{part}: JSON text',
  'how.json.header':
    'The header is a JSON object that names the algorithm (alg) and usually the token type (typ).',
  'how.json.payload':
    'The payload is a JSON object of claims: statements about the subject, such as who it is and when the token expires.',
  'how.utf8.title': 'UTF-8 bytes',
  'how.utf8': 'The JSON text becomes bytes with UTF-8: {bytes} bytes, shown here in hex.',
  'how.base64.title': 'Base64',
  'how.base64':
    'The bytes are written as Base64 text (RFC 4648), six bits per character; the marked + / and = are not safe in URLs.',
  'how.base64url.title': 'Base64URL',
  'how.base64url':
    'Base64URL turns + into -, / into _ and drops the = padding ({plus} +, {slash} /, {padding} = here): this is the part you see in the token.',
  'how.input.title': 'Signing input',
  'how.input': 'The two parts joined by a dot ({length} characters) are exactly what gets signed.',
  'how.formula.title': 'Signature',
  'how.formula': 'The signing input goes through {alg} with the key; the result is the signature.',
  'how.formula.unsigned': 'alg "none": nothing is signed, and the signature part is empty.',
  'how.formula.none': '(no signature)',
  'how.key.secret': 'secret',
  'how.key.privateKey': 'privateKey',
  'how.signature.title': 'Signature bytes',
  'how.signature':
    'The signature is {bytes} bytes; Base64URL-encoded, it is the third part of the token.',
  'snippets.library': 'Library',
  'snippets.unavailable': 'The token needs a readable header with an alg.',
  'snippets.none':
    'This token is unsigned (alg "none"): no code here accepts it, and yours should not either.',
  'snippets.unsupported': '{library} cannot verify {alg} tokens.',
  'snippets.placeholders':
    'The secret or key comes from environment variables (JWT_SECRET, JWT_PUBLIC_KEY_FILE, JWT_JWKS_FILE): never paste it into code.',
  'snippets.install': 'install command',
  'snippets.code': '{library} code',
} as const;

export type LearnKey = keyof typeof learnEn;

export const learnZh: Readonly<Record<LearnKey, string>> = {
  'how.unavailable': '令牌必须有可读的头部和载荷，才能重建。',
  'how.json.title': '{part}：JSON 文本',
  'how.json.header': '头部是一个 JSON 对象，指明算法（alg），通常还有令牌类型（typ）。',
  'how.json.payload': '载荷是由声明组成的 JSON 对象：关于主体的陈述，例如它是谁、令牌何时过期。',
  'how.utf8.title': 'UTF-8 字节',
  'how.utf8': 'JSON 文本用 UTF-8 转成字节：共 {bytes} 字节，这里以十六进制显示。',
  'how.base64.title': 'Base64',
  'how.base64':
    '字节被写成 Base64 文本（RFC 4648），每个字符 6 位；标出的 +、/ 和 = 在 URL 中不安全。',
  'how.base64url.title': 'Base64URL',
  'how.base64url':
    'Base64URL 把 + 换成 -，把 / 换成 _，并去掉 = 填充（此处 {plus} 个 +、{slash} 个 /、{padding} 个 =）：这就是令牌中看到的部分。',
  'how.input.title': '签名输入',
  'how.input': '两部分用点连接（{length} 个字符），这正是被签名的内容。',
  'how.formula.title': '签名',
  'how.formula': '签名输入与密钥一起经过 {alg} 运算，结果就是签名。',
  'how.formula.unsigned': 'alg 为 "none"：没有签名，签名部分为空。',
  'how.formula.none': '（无签名）',
  'how.key.secret': 'secret',
  'how.key.privateKey': 'privateKey',
  'how.signature.title': '签名字节',
  'how.signature': '签名共 {bytes} 字节；经 Base64URL 编码后，就是令牌的第三部分。',
  'snippets.library': '库',
  'snippets.unavailable': '令牌需要有可读的头部和 alg。',
  'snippets.none': '此令牌未签名（alg 为 "none"）：这里不提供接受它的代码，你的代码也不应接受。',
  'snippets.unsupported': '{library} 无法验证 {alg} 令牌。',
  'snippets.placeholders':
    '密钥来自环境变量（JWT_SECRET、JWT_PUBLIC_KEY_FILE、JWT_JWKS_FILE）：切勿把它写进代码。',
  'snippets.install': '安装命令',
  'snippets.code': '{library} 代码',
};

export const learnMessages = { en: learnEn, zh: learnZh } as const;
