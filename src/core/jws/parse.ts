import { decodeBase64url } from '../encoding/base64url';
import { diagnostic, type Diagnostic } from '../diagnostics';
import { isJsonObject } from '../json/is-object';
import {
  base64Diagnostic,
  decodePart,
  splitSegments,
  type DecodedPart,
  type Segment,
} from '../jose/part';
import { isUnencodedPayload } from './crit';
import { unencodedToken } from './unencoded';

export type { DecodedPart, Segment } from '../jose/part';

export interface ParsedToken {
  /** The compact serialization as read (token/clean.ts has taken off what wrapped it). */
  readonly token: string;
  /** JWS: three parts; JWE: five parts (RFC 7516 §7.1); otherwise unknown. */
  readonly kind: 'jws' | 'jwe' | 'unknown';
  readonly segments: readonly Segment[];
  readonly header?: DecodedPart;
  readonly payload?: DecodedPart;
  readonly signature?: { readonly segment: Segment; readonly bytes: Uint8Array };
  /** The protected header's object, when it is one. */
  readonly protectedHeader?: Readonly<Record<string, unknown>>;
  readonly alg?: string;
  /**
   * RFC 7797 §3: false when the header's `b64` is false and `crit` lists it; the payload
   * segment is then the payload itself, never base64url-decoded. Absent means true.
   */
  readonly b64?: false;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Splits a compact serialization into its parts and decodes what it can. Never throws for bad
 * input: header and payload decode independently, and every problem is a diagnostic. Segment
 * offsets count from the start of `token`.
 */
export function parseCompact(token: string): ParsedToken {
  const diagnostics: Diagnostic[] = [];
  if (token === '') {
    diagnostics.push(diagnostic('TOKEN_EMPTY', 'token', 'error'));
    return { token, kind: 'unknown', segments: [], diagnostics };
  }
  const segments = splitSegments(token, 0);
  const count = segments.length;
  const kind: ParsedToken['kind'] = count === 3 ? 'jws' : count === 5 ? 'jwe' : 'unknown';
  if (kind === 'unknown') {
    diagnostics.push(diagnostic('TOKEN_PART_COUNT', 'token', 'error', { detail: { count } }));
  }
  if (kind === 'jwe') diagnostics.push(diagnostic('TOKEN_IS_JWE', 'token', 'info'));

  // One part is no JOSE object at all: there is no header to speak of.
  const header = count > 1 ? decodePart(segments[0]!, 'header', diagnostics) : undefined;
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
  const unencoded = isUnencodedPayload(protectedHeader);
  // RFC 7797 §6: `b64` is honoured only when `crit` lists it; otherwise it is ignored.
  if (protectedHeader?.b64 === false && !unencoded) {
    diagnostics.push(diagnostic('HEADER_B64_NOT_CRITICAL', 'header', 'warning'));
  }
  if (unencoded && count > 3) {
    // RFC 7797 §5.2: in the compact form an unencoded payload MUST NOT contain a dot. The first
    // and last dots still delimit the header and the signature, so the payload can be shown.
    const dropAt = diagnostics.findIndex(
      (d) => d.code === 'TOKEN_PART_COUNT' || d.code === 'TOKEN_IS_JWE',
    );
    if (dropAt >= 0) diagnostics.splice(dropAt, 1);
    const inner = segments.slice(1, -1);
    const joined: Segment = { text: inner.map((s) => s.text).join('.'), start: inner[0]!.start };
    diagnostics.push(
      diagnostic('PAYLOAD_UNENCODED_DOT', 'payload', 'error', {
        offset: inner[0]!.text.length,
        char: '.',
      }),
    );
    return unencodedToken(token, [segments[0]!, joined, segments.at(-1)!], {
      header,
      protectedHeader,
      alg,
      diagnostics,
    });
  }
  if (unencoded && count === 3) {
    return unencodedToken(token, segments, {
      header,
      protectedHeader,
      alg,
      diagnostics,
    });
  }

  // A JWE's other parts are encrypted; a token of two parts still shows its payload.
  if (count !== 3 && count !== 2) {
    return { token, kind, segments, header, protectedHeader, alg, diagnostics };
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
    payload = decodePart(segments[1]!, 'payload', diagnostics);
    if (payload?.isJson && !isJsonObject(payload.json)) {
      diagnostics.push(diagnostic('PAYLOAD_NOT_OBJECT', 'payload', 'warning'));
    }
  }
  let signature: ParsedToken['signature'];
  if (count === 3) {
    const segment = segments[2]!;
    const decoded = decodeBase64url(segment.text);
    if (decoded.ok) signature = { segment, bytes: decoded.bytes };
    else diagnostics.push(base64Diagnostic(decoded.problem, 'signature', segment));
  }
  // One literal, not spreads: copying a dozen properties twice per token is a measurable cost.
  return {
    token,
    kind,
    segments,
    header,
    protectedHeader,
    alg,
    payload,
    signature,
    diagnostics,
  };
}
