/**
 * One disclosure (RFC 9901 §4.2.1, §4.2.2): base64url, then UTF-8, then a JSON array of
 * [salt, claim name, claim value] for an object property or [salt, value] for an array
 * element. Fails in that order, each failure a finding that rejects the SD-JWT.
 */
import { decodeBase64url } from '../encoding/base64url';
import { utf8DecodeStrict } from '../encoding/utf8';
import { parseJson } from '../json/parse';
import { finding, type SdJwtCode, type SdJwtFinding } from './codes';

export interface Disclosure {
  /** Position among the token's disclosures, from 0. */
  readonly index: number;
  /** The disclosure exactly as in the token: what its digest is taken over (§4.2.3). */
  readonly text: string;
  /** Offset of the disclosure in the text as given, and of its end. */
  readonly start: number;
  readonly end: number;
  readonly kind: 'property' | 'array-element' | 'malformed';
  /** The decoded JSON array text, when the base64url and UTF-8 hold. */
  readonly json?: string;
  readonly salt?: string;
  /** The claim name of an object property. */
  readonly name?: string;
  readonly value?: unknown;
  /** The value's JSON text as the disclosure holds it (not re-serialized). */
  readonly valueText?: string;
}

/** The names RFC 9901 §4.2.1 forbids as claim names: they carry digests. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['_sd', '...']);

/**
 * The text of each top-level element of a JSON array text that is known to parse. A scan, not a
 * second parse: strings are skipped whole, brackets counted, commas at depth 1 split.
 */
export function arrayElementTexts(json: string): string[] {
  const elements: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < json.length; i++) {
    const char = json[i];
    if (char === '"') {
      for (i++; json[i] !== '"'; i++) if (json[i] === '\\') i++;
      continue;
    }
    if (char === '[' || char === '{') {
      depth++;
      if (depth === 1) start = i + 1;
    } else if (char === ']' || char === '}') {
      if (depth === 1) elements.push(json.slice(start, i).trim());
      depth--;
    } else if (char === ',' && depth === 1) {
      elements.push(json.slice(start, i).trim());
      start = i + 1;
    }
  }
  return elements.length === 1 && elements[0] === '' ? [] : elements;
}

function fail(
  base: Pick<Disclosure, 'index' | 'text' | 'start' | 'end'> & { json?: string },
  code: SdJwtCode,
  findings: SdJwtFinding[],
  detail: Record<string, string | number | boolean> = {},
): Disclosure {
  findings.push(
    finding(code, 'disclosure', 'error', true, {
      disclosure: base.index,
      offset: base.start,
      detail,
    }),
  );
  return { ...base, kind: 'malformed' };
}

/** Decodes the disclosure `text` found at `start`; problems go to `findings`. */
export function decodeDisclosure(
  text: string,
  index: number,
  start: number,
  findings: SdJwtFinding[],
): Disclosure {
  const base = { index, text, start, end: start + text.length };
  const decoded = decodeBase64url(text);
  if (!decoded.ok) {
    return fail(base, 'DISCLOSURE_BASE64URL', findings, {
      problem: decoded.problem.code,
      at: decoded.problem.offset,
    });
  }
  const json = utf8DecodeStrict(decoded.bytes);
  if (json === undefined) return fail(base, 'DISCLOSURE_NOT_UTF8', findings);
  const parsed = parseJson(json);
  if (!parsed.ok) {
    return fail({ ...base, json }, 'DISCLOSURE_NOT_JSON', findings, {
      line: parsed.error.line,
      column: parsed.error.column,
    });
  }
  const array = parsed.value;
  if (!Array.isArray(array)) return fail({ ...base, json }, 'DISCLOSURE_NOT_ARRAY', findings);
  if (array.length !== 2 && array.length !== 3) {
    return fail({ ...base, json }, 'DISCLOSURE_WRONG_LENGTH', findings, { length: array.length });
  }
  const [salt] = array;
  if (typeof salt !== 'string')
    return fail({ ...base, json }, 'DISCLOSURE_SALT_NOT_STRING', findings);
  for (const duplicate of parsed.duplicateKeys) {
    findings.push(
      finding('DISCLOSURE_DUPLICATE_KEY', 'disclosure', 'warning', false, {
        disclosure: index,
        offset: start,
        detail: { key: duplicate.key },
      }),
    );
  }
  const texts = arrayElementTexts(json);
  const valueText = texts[texts.length - 1];
  if (array.length === 2) {
    return { ...base, kind: 'array-element', json, salt, value: array[1], valueText };
  }
  const name: unknown = array[1];
  if (typeof name !== 'string')
    return fail({ ...base, json }, 'DISCLOSURE_NAME_NOT_STRING', findings);
  if (RESERVED_NAMES.has(name)) {
    // §7.1 step 3.c.ii.2: a claim named `_sd` or `...` rejects the SD-JWT.
    const malformed = fail({ ...base, json }, 'DISCLOSURE_NAME_RESERVED', findings, { name });
    return { ...malformed, salt, name, value: array[2], valueText };
  }
  return { ...base, kind: 'property', json, salt, name, value: array[2], valueText };
}
