import { decodeBase64url, type Base64Problem, type DecodeResult } from '../encoding/base64url';
import { NATIVE_BASE64 } from '../encoding/base64url-native';
import { utf8DecodeStrict } from '../encoding/utf8';
import { diagnostic, type Diagnostic } from '../diagnostics';
import { parseJson } from '../json/parse';
import type { JsonNumberNote } from '../json/types';
import { isJsonObject } from '../json/is-object';
import { segmentBytes, type SegmentBytes } from './segment-bytes';
import { forgetSigningInput, rememberSigningInput } from './signing-input';

export interface Segment {
  /** The segment's text exactly as in the token. */
  readonly text: string;
  /** Offset of the segment in the text as given (before stripping). */
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

export interface ParsedToken {
  /** The text as given. */
  readonly input: string;
  /** The compact token after stripping white space and `Bearer `. */
  readonly token: string;
  readonly stripped: { readonly bearer: boolean; readonly whitespace: boolean };
  /** JWS: three parts; JWE: five parts (RFC 7516 §7.1); otherwise unknown. */
  readonly kind: 'jws' | 'jwe' | 'unknown';
  readonly segments: readonly Segment[];
  readonly header?: DecodedPart;
  readonly payload?: DecodedPart;
  readonly signature?: { readonly segment: Segment; readonly bytes: Uint8Array };
  /** The protected header's object, when it is one. */
  readonly protectedHeader?: Readonly<Record<string, unknown>>;
  readonly alg?: string;
  readonly diagnostics: readonly Diagnostic[];
}

type PartName = 'header' | 'payload' | 'signature';

function base64Diagnostic(problem: Base64Problem, part: PartName, segment: Segment): Diagnostic {
  return diagnostic(problem.code, part, 'error', {
    offset: problem.offset,
    ...('char' in problem ? { char: problem.char } : {}),
    detail: { inputOffset: segment.start + problem.offset, length: segment.text.length },
  });
}

/** Strips surrounding white space and a leading `Bearer ` (RFC 6750 §2.1, any case). */
function strip(input: string): {
  token: string;
  offset: number;
  bearer: boolean;
  whitespace: boolean;
} {
  const leading = input.length - input.trimStart().length;
  let token = input.trim();
  let offset = leading;
  const bearer = /^bearer\s+/i.exec(token);
  if (bearer) {
    token = token.slice(bearer[0].length);
    offset += bearer[0].length;
  }
  return {
    token,
    offset,
    bearer: bearer !== null,
    whitespace: token.length + (bearer?.[0].length ?? 0) !== input.length,
  };
}

function splitSegments(token: string, offset: number): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  for (let dot = token.indexOf('.'); dot >= 0; dot = token.indexOf('.', start)) {
    segments.push({ text: token.slice(start, dot), start: offset + start });
    start = dot + 1;
  }
  segments.push({ text: token.slice(start), start: offset + start });
  return segments;
}

/** A plain function, not a closure per parse: each costs an allocation (and under tsx a rename). */
function decodeSegment(tokenBytes: SegmentBytes | undefined, segment: Segment): DecodeResult {
  return tokenBytes ? tokenBytes.decode(segment) : decodeBase64url(segment.text);
}

function decodePart(
  segment: Segment,
  part: 'header' | 'payload',
  diagnostics: Diagnostic[],
  decoded: DecodeResult,
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
    const code =
      error.code === 'JSON_TOO_DEEP'
        ? 'JSON_TOO_DEEP'
        : part === 'header'
          ? 'HEADER_JSON_SYNTAX'
          : looksLikeJson
            ? 'PAYLOAD_JSON_SYNTAX'
            : 'PAYLOAD_NOT_JSON';
    // RFC 7515 allows any payload; RFC 7519 §7.2 needs JSON only for a JWT. The header must be JSON.
    const severity = part === 'header' || looksLikeJson ? 'error' : 'warning';
    diagnostics.push(
      diagnostic(code, part, severity, {
        offset: error.offset,
        line: error.line,
        column: error.column,
        ...(error.found !== undefined ? { char: error.found } : {}),
        ...(error.expected !== undefined ? { detail: { expected: error.expected } } : {}),
      }),
    );
    return { segment, bytes, text, json: undefined, isJson: false, numbers: [] };
  }
  for (const note of parsed.numbers) {
    const code = {
      'unsafe-integer': 'JSON_UNSAFE_INTEGER',
      lossy: 'JSON_LOSSY_NUMBER',
      'not-canonical': 'JSON_NOT_CANONICAL_NUMBER',
    }[note.kind];
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

/**
 * Ways a token gets damaged on its way from a log or a config file to the page: copied with
 * its quotes, URL-encoded (`.` as `%2E`), or broken over lines. Each gets its own message on
 * top of the base64url error it causes.
 */
function shapeProblems(token: string, offset: number): Diagnostic[] {
  const problems: Diagnostic[] = [];
  if (/^(["'`]).*\1$/s.test(token)) {
    problems.push(diagnostic('TOKEN_QUOTED', 'token', 'error', { offset, char: token[0]! }));
  }
  const escaped = /%2e/i.exec(token);
  if (escaped) {
    problems.push(
      diagnostic('TOKEN_URL_ENCODED', 'token', 'error', {
        offset: offset + escaped.index,
        char: escaped[0],
      }),
    );
  }
  const space = /\s/.exec(token);
  if (space) {
    const char =
      space[0] === '\n' ? '\\n' : space[0] === '\r' ? '\\r' : space[0] === '\t' ? '\\t' : space[0];
    problems.push(
      diagnostic('TOKEN_INNER_WHITESPACE', 'token', 'error', {
        offset: offset + space.index,
        char,
      }),
    );
  }
  return problems;
}

/**
 * Splits a compact serialization into its parts and decodes what it can. Never throws for bad
 * input: header and payload decode independently, and every problem is a diagnostic.
 */
export function parseCompact(input: string): ParsedToken {
  forgetSigningInput();
  const diagnostics: Diagnostic[] = [];
  const { token, offset, bearer, whitespace } = strip(input);
  if (bearer) diagnostics.push(diagnostic('STRIPPED_BEARER', 'token', 'info'));
  if (whitespace) diagnostics.push(diagnostic('STRIPPED_WHITESPACE', 'token', 'info'));
  const stripped = { bearer, whitespace };
  if (token === '') {
    diagnostics.push(diagnostic('TOKEN_EMPTY', 'token', 'error'));
    return { input, token, stripped, kind: 'unknown', segments: [], diagnostics };
  }

  // Shape problems (quotes, %2e, inner white space) all put a non-base64url character in a
  // segment: a token whose segments all decode has none, so they are looked for only then.
  const shapeAt = diagnostics.length;
  const segments = splitSegments(token, offset);
  const count = segments.length;
  const kind: ParsedToken['kind'] = count === 3 ? 'jws' : count === 5 ? 'jwe' : 'unknown';
  if (kind === 'unknown') {
    diagnostics.push(diagnostic('TOKEN_PART_COUNT', 'token', 'error', { detail: { count } }));
  }
  if (kind === 'jwe') diagnostics.push(diagnostic('TOKEN_IS_JWE', 'token', 'info'));

  // Only a JWS (or one missing its signature) has every part decoded: encode the whole token
  // for it; a JWE's header is decoded on its own, not its (possibly large) ciphertext. Where
  // the runtime decodes base64 itself (browsers), the parts go to it as text, and the bytes of
  // the signing input are made only if a key comes to verify them: 67 ms for 10 MB otherwise.
  const tokenBytes =
    (count === 3 || count === 2) && !NATIVE_BASE64
      ? segmentBytes(token, segments, offset)
      : undefined;
  // One part is no JOSE object at all: there is no header to speak of.
  const header =
    count > 1
      ? decodePart(segments[0]!, 'header', diagnostics, decodeSegment(tokenBytes, segments[0]!))
      : undefined;
  let protectedHeader: Record<string, unknown> | undefined;
  let alg: string | undefined;
  if (header?.isJson) {
    if (!isJsonObject(header.json)) {
      diagnostics.push(diagnostic('HEADER_NOT_OBJECT', 'header', 'error'));
    } else {
      protectedHeader = header.json;
      const value = protectedHeader.alg;
      if (value === undefined) diagnostics.push(diagnostic('HEADER_NO_ALG', 'header', 'error'));
      else if (typeof value !== 'string')
        diagnostics.push(diagnostic('HEADER_ALG_NOT_STRING', 'header', 'error'));
      else alg = value;
    }
  }
  // A JWE's other parts are encrypted; a token of two parts still shows its payload.
  if (count !== 3 && count !== 2) {
    diagnostics.splice(shapeAt, 0, ...shapeProblems(token, offset));
    return { input, token, stripped, kind, segments, header, protectedHeader, alg, diagnostics };
  }

  let payload: DecodedPart | undefined;
  if (count === 3 && segments[1]!.text === '') {
    // An empty payload, or detached content (RFC 7515 Appendix F): the token cannot tell.
    diagnostics.push(diagnostic('PAYLOAD_DETACHED', 'payload', 'info'));
    payload = {
      segment: segments[1]!,
      bytes: new Uint8Array(0),
      text: '',
      json: undefined,
      isJson: false,
      numbers: [],
    };
  } else {
    payload = decodePart(
      segments[1]!,
      'payload',
      diagnostics,
      decodeSegment(tokenBytes, segments[1]!),
    );
    if (payload?.isJson && !isJsonObject(payload.json)) {
      diagnostics.push(diagnostic('PAYLOAD_NOT_OBJECT', 'payload', 'warning'));
    }
  }
  let signature: ParsedToken['signature'];
  if (count === 3) {
    const segment = segments[2]!;
    const decoded = decodeSegment(tokenBytes, segment);
    if (decoded.ok) signature = { segment, bytes: decoded.bytes };
    else diagnostics.push(base64Diagnostic(decoded.problem, 'signature', segment));
  }
  const allDecoded =
    header !== undefined && payload !== undefined && (count === 2 || signature !== undefined);
  if (!allDecoded) diagnostics.splice(shapeAt, 0, ...shapeProblems(token, offset));
  // One literal, not spreads: copying a dozen properties twice per token is a measurable cost.
  const parsed: ParsedToken = {
    input,
    token,
    stripped,
    kind,
    segments,
    header,
    protectedHeader,
    alg,
    payload,
    signature,
    diagnostics,
  };
  if (count === 3 && tokenBytes?.ascii) {
    // RFC 7515 §5.2 step 8: the ASCII of `header.payload`, the token up to its second dot.
    rememberSigningInput(parsed, tokenBytes.bytes.subarray(0, segments[2]!.start - offset - 1));
  }
  return parsed;
}
