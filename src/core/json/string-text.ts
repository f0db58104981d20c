/**
 * How JSON.stringify writes a string (ECMA-262 §25.5.2.3 QuoteJSONString): `"` and `\`
 * escaped, control characters as `\b \f \n \r \t` or `\u00XX`, lone surrogates as `\uXXXX`,
 * everything else as is.
 */

/** Lone surrogates, which JSON.stringify escapes. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * JSON.stringify's text for a string read from JSON text, or `undefined` when that is the
 * text as written: a string without escapes (`escaped` false) needs none added, unless it
 * holds a lone surrogate. A string with escapes may have used others (`\/`, `\u0041`).
 */
export function restringified(value: string, escaped: boolean): string | undefined {
  return escaped || LONE_SURROGATE.test(value) ? JSON.stringify(value) : undefined;
}
