/**
 * Messages for the codes of the indented view (src/core/json/pretty.ts). `{maxLength}` is the
 * longest indented text the page builds, in characters.
 */
import type { JsonPrettyCode } from '../../../core/json/pretty';

export const jsonPrettyEn = {
  JSON_PRETTY_TOO_LONG:
    'Indented, this JSON would be over {maxLength} characters long, so it is shown exactly as in the token.',
} satisfies Record<JsonPrettyCode, string>;

export const jsonPrettyZh: Record<JsonPrettyCode, string> = {
  JSON_PRETTY_TOO_LONG: '这段 JSON 缩进排版后将超过 {maxLength} 个字符，因此按令牌中的原样显示。',
};
