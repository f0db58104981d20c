/**
 * String literals for generated code. The values come from a token, which anyone can craft, so
 * a value must never end its literal early. Beyond that, every code point that renders
 * invisibly or reorders the text around it is written as an escape, so the code a reader sees
 * is the code that runs (Trojan Source, CVE-2021-42574): Unicode categories C (controls, format
 * characters such as bidi overrides and zero-width joiners, lone surrogates, private use,
 * unassigned) and Z (separators, U+2028 included), the ASCII space excepted.
 */
const HIDDEN = /(?! )[\p{C}\p{Z}]/gu;
const PYTHON_ESCAPED = /[\\"]|(?! )[\p{C}\p{Z}]/gu;

const PYTHON_SHORT: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, '0');
}

/** A double-quoted JavaScript literal, also valid JSON (so `JSON.parse` reads it back). */
export function jsString(value: string): string {
  // JSON.stringify already escapes `"`, `\`, C0 controls and lone surrogates (ES2019).
  return JSON.stringify(value).replace(HIDDEN, (match) =>
    Array.from({ length: match.length }, (_, i) => `\\u${hex(match.charCodeAt(i), 4)}`).join(''),
  );
}

/**
 * A double-quoted Python 3 str literal. Escapes go by code point, not UTF-16 unit: Python reads
 * `"\ud83d\ude00"` as two lone surrogates, so an astral character needs `\U0001f600`.
 */
export function pythonString(value: string): string {
  const body = value.replace(PYTHON_ESCAPED, (match) => {
    const short = PYTHON_SHORT[match];
    if (short !== undefined) return short;
    const codePoint = match.codePointAt(0) ?? 0;
    if (codePoint < 0x100) return `\\x${hex(codePoint, 2)}`;
    if (codePoint < 0x10000) return `\\u${hex(codePoint, 4)}`;
    return `\\U${hex(codePoint, 8)}`;
  });
  return `"${body}"`;
}

/** One literal, or a list of them for an array (`aud` may be either, RFC 7519 §4.1.3). */
export function jsValue(value: string | readonly string[]): string {
  return typeof value === 'string' ? jsString(value) : `[${value.map(jsString).join(', ')}]`;
}

export function pythonValue(value: string | readonly string[]): string {
  return typeof value === 'string'
    ? pythonString(value)
    : `[${value.map(pythonString).join(', ')}]`;
}
