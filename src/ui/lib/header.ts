import { isJsonObject } from '../../core/json/is-object';

/** The `alg` of header text, when it is a JSON object with a string alg. */
export function algOfHeader(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (!isJsonObject(value)) return undefined;
    const { alg } = value;
    return typeof alg === 'string' ? alg : undefined;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/**
 * Header text with another alg. The text is rewritten in place where it has an `"alg"` member,
 * so the user's formatting and key order stay; otherwise the member is added.
 */
export function setAlg(text: string, alg: string): string {
  const member = /("alg"\s*:\s*)"(?:[^"\\]|\\.)*"/;
  if (member.test(text) && algOfHeader(text) !== undefined) {
    return text.replace(member, (_whole, head: string) => `${head}${JSON.stringify(alg)}`);
  }
  try {
    const value: unknown = JSON.parse(text);
    if (isJsonObject(value)) {
      const { alg: _previous, ...rest } = value;
      return JSON.stringify({ alg, ...rest });
    }
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
  }
  return JSON.stringify({ alg, typ: 'JWT' });
}
