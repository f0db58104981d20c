/** Header values quoted in a lint's detail are cut to this many UTF-16 code units. */
export const MAX_DETAIL_VALUE = 200;

/**
 * A JSON value as text for a lint's detail: strings as they are, anything else as JSON, cut to
 * `MAX_DETAIL_VALUE` without splitting a surrogate pair. `truncated` says whether it was cut.
 */
export function detailValue(value: unknown): {
  readonly value: string;
  readonly truncated: boolean;
} {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  if (text.length <= MAX_DETAIL_VALUE) return { value: text, truncated: false };
  let end = MAX_DETAIL_VALUE;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { value: text.slice(0, end), truncated: true };
}
