/** The words of the JWS JSON serialization panels: loaded with them, not at start. */
export const jwsJsonUiEn = {
  'jj.heading': 'Signatures',
  'jj.caption.general': 'JWS JSON serialization, general form (RFC 7515 §7.2.1)',
  'jj.caption.flattened': 'JWS JSON serialization, flattened form (RFC 7515 §7.2.2)',
  'jj.table': 'Signatures',
  'jj.column.number': '#',
  'jj.column.protected': 'Protected header',
  'jj.column.unprotected': 'Unprotected header',
  'jj.column.verdict': 'With the key given',
  'jj.none': '(none)',
  'jj.verdict.verified': '✓ verifies',
  'jj.verdict.invalid': '✗ does not verify',
  'jj.verdict.other': '○ not checked',
  'jj.verdict.pending': 'Checking…',
  'jj.loading': 'Reading the JSON serialization…',
  'jj.toCompact': 'Convert to compact',
} as const;

export type JwsJsonUiKey = keyof typeof jwsJsonUiEn;

export const jwsJsonUiZh: Readonly<Record<JwsJsonUiKey, string>> = {
  'jj.heading': '签名',
  'jj.caption.general': 'JWS JSON 序列化，通用形式（RFC 7515 §7.2.1）',
  'jj.caption.flattened': 'JWS JSON 序列化，扁平形式（RFC 7515 §7.2.2）',
  'jj.table': '签名',
  'jj.column.number': '序号',
  'jj.column.protected': '受保护头部',
  'jj.column.unprotected': '未受保护头部',
  'jj.column.verdict': '用所给密钥',
  'jj.none': '（无）',
  'jj.verdict.verified': '✓ 验证通过',
  'jj.verdict.invalid': '✗ 验证不通过',
  'jj.verdict.other': '○ 未检查',
  'jj.verdict.pending': '正在检查…',
  'jj.loading': '正在读取 JSON 序列化…',
  'jj.toCompact': '转换为紧凑形式',
};

export const jwsJsonUiMessages = { en: jwsJsonUiEn, zh: jwsJsonUiZh } as const;
