/**
 * What every JOSE compact serialization shares (RFC 7515 §7.1, RFC 7516 §7.1): segments
 * between dots, each base64url, and a protected header that is a JSON object.
 */
import { decodeBase64url, type Base64Problem, type DecodeResult } from '../encoding/base64url';
import { utf8DecodeStrict } from '../encoding/utf8';
import { diagnostic, type Diagnostic, type Part } from '../diagnostics';
import { parseJson } from '../json/parse';
import type { JsonNumberNote, JsonSyntaxError } from '../json/types';
import type { PartCode } from './codes';

export interface Segment {
  /** The segment's text exactly as in the token. */
  readonly text: string;
  /** Offset of the segment in the serialization it was split from. */
  readonly start: number;
}

/** A decoded header or payload: the exact bytes and text, and the JSON value where it parses. */
export interface DecodedPart {
  readonly segment: Segment;
  readonly bytes: Uint8Array;
  /** The bytes as UTF-8 text; undefined when they are not valid UTF-8. */
  readonly text: string | undefined;
  /** The parsed JSON; undefined when the text is not JSON. */
  readonly json: unknown;
  readonly isJson: boolean;
  /** Numbers whose value is not what was written (beyond 2^53, `3.0`, …). */
  readonly numbers: readonly JsonNumberNote[];
}

const NUMBER_CODES = {
  'unsafe-integer': 'JSON_UNSAFE_INTEGER',
  lossy: 'JSON_LOSSY_NUMBER',
  'not-canonical': 'JSON_NOT_CANONICAL_NUMBER',
} as const satisfies Record<JsonNumberNote['kind'], PartCode>;

/** A base64url problem in a segment, as a diagnostic on its part (offsets in the part and in the input). */
export function base64Diagnostic(problem: Base64Problem, part: Part, segment: Segment): Diagnostic {
  const detail: Record<string, string | number> = {
    inputOffset: segment.start + problem.offset,
    length: segment.text.length,
  };
  if (problem.code === 'BASE64URL_NOT_CANONICAL') {
    // The last group as written and as an encoder writes it (RFC 4648 §3.5).
    const groupStart = segment.text.length - (segment.text.length % 4);
    detail.found = segment.text.slice(groupStart);
    detail.canonicalEnd = detail.found.slice(0, -1) + problem.canonical;
    detail.canonical = problem.canonical;
  }
  return diagnostic(problem.code, part, 'error', {
    offset: problem.offset,
    ...('char' in problem ? { char: problem.char } : {}),
    detail,
  });
}

/**
 * A JSON syntax error in the header or payload, as a diagnostic with its line and column:
 * `JSON_TOO_DEEP`, else `HEADER_JSON_SYNTAX` or `PAYLOAD_JSON_SYNTAX` unless `code` says.
 */
export function jsonSyntaxDiagnostic(
  error: JsonSyntaxError,
  part: 'header' | 'payload',
  code?: PartCode,
  severity: 'error' | 'warning' = 'error',
): Diagnostic {
  const chosen =
    code ??
    (error.code === 'JSON_TOO_DEEP'
      ? 'JSON_TOO_DEEP'
      : part === 'header'
        ? 'HEADER_JSON_SYNTAX'
        : 'PAYLOAD_JSON_SYNTAX');
  return diagnostic(chosen, part, severity, {
    offset: error.offset,
    line: error.line,
    column: error.column,
    ...(error.found !== undefined ? { char: error.found } : {}),
    ...(error.expected !== undefined ? { detail: { expected: error.expected } } : {}),
  });
}

/** The text between dots, each with its offset in the text as given. */
export function splitSegments(token: string, offset: number): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  for (let dot = token.indexOf('.'); dot >= 0; dot = token.indexOf('.', start)) {
    segments.push({ text: token.slice(start, dot), start: offset + start });
    start = dot + 1;
  }
  segments.push({ text: token.slice(start), start: offset + start });
  return segments;
}

/**
 * Decodes a header or payload segment: base64url, then UTF-8, then JSON, each failure a
 * diagnostic on `part` (style.md: fail in a fixed order). Undefined when the base64url fails.
 */
export function decodePart(
  segment: Segment,
  part: 'header' | 'payload',
  diagnostics: Diagnostic[],
  decoded: DecodeResult = decodeBase64url(segment.text),
): DecodedPart | undefined {
  if (!decoded.ok) {
    diagnostics.push(base64Diagnostic(decoded.problem, part, segment));
    return undefined;
  }
  const { bytes } = decoded;
  const text = utf8DecodeStrict(bytes);
  if (text === undefined) {
    diagnostics.push(
      diagnostic(
        part === 'header' ? 'HEADER_NOT_UTF8' : 'PAYLOAD_NOT_UTF8',
        part,
        part === 'header' ? 'error' : 'warning',
      ),
    );
    return { segment, bytes, text, json: undefined, isJson: false, numbers: [] };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { error } = parsed;
    const looksLikeJson = /^\s*[[{]/.test(text);
    // RFC 7515 allows any payload; RFC 7519 §7.2 needs JSON only for a JWT. The header must be JSON.
    diagnostics.push(
      part === 'payload' && !looksLikeJson && error.code !== 'JSON_TOO_DEEP'
        ? jsonSyntaxDiagnostic(error, part, 'PAYLOAD_NOT_JSON', 'warning')
        : jsonSyntaxDiagnostic(error, part),
    );
    return { segment, bytes, text, json: undefined, isJson: false, numbers: [] };
  }
  for (const note of parsed.numbers) {
    const code = NUMBER_CODES[note.kind];
    diagnostics.push(
      diagnostic(code, part, note.kind === 'not-canonical' ? 'info' : 'warning', {
        offset: note.offset,
        detail: { path: note.path.join('.'), text: note.text },
      }),
    );
  }
  for (const duplicate of parsed.duplicateKeys) {
    // RFC 7515 §5.2 step 4, RFC 7519 §4: duplicate names must be rejected or the last one used.
    diagnostics.push(
      diagnostic('JSON_DUPLICATE_KEY', part, 'warning', {
        offset: duplicate.offset,
        detail: { path: [...duplicate.path, duplicate.key].join('.'), key: duplicate.key },
      }),
    );
  }
  return { segment, bytes, text, json: parsed.value, isJson: true, numbers: parsed.numbers };
}
