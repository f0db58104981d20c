/**
 * The compact JWS with an unencoded payload (RFC 7797): `b64: false`, listed in `crit`.
 */
import { decodeBase64url } from '../encoding/base64url';
import { utf8Encode } from '../encoding/utf8';
import { diagnostic, type Diagnostic } from '../diagnostics';
import { base64Diagnostic, type DecodedPart, type Segment } from '../jose/part';
import type { ParsedToken } from './parse';

/** What parse reports about `b64` (RFC 7797); signing's own is in codes.ts. */
export type UnencodedCode =
  /** Info: the payload segment is the payload itself (§3), shown as text. */
  | 'PAYLOAD_UNENCODED'
  /** §5.2: a compact unencoded payload holds a dot; the token is refused. */
  | 'PAYLOAD_UNENCODED_DOT'
  /** §5.2: a character outside printable ASCII in a compact unencoded payload. */
  | 'PAYLOAD_UNENCODED_UNSAFE_CHAR'
  /** §6: `b64: false` without `crit` listing it, so it is ignored. */
  | 'HEADER_B64_NOT_CRITICAL';

/**
 * RFC 7797 §5.2: a compact unencoded payload may hold %x20-2D and %x2F-7E; the dot (%x2E) has
 * its own, fatal, finding.
 */
const UNSAFE = /[^\x20-\x7e]/;

/**
 * A compact JWS with `b64: false` (RFC 7797): the payload is the segment's text, shown as it is
 * and signed as its UTF-8 bytes (§5.1); it is never base64url-decoded.
 */
export function unencodedToken(
  token: string,
  segments: readonly Segment[],
  known: Pick<ParsedToken, 'header' | 'protectedHeader' | 'alg'> & {
    readonly diagnostics: Diagnostic[];
  },
): ParsedToken {
  const { diagnostics } = known;
  const payloadSegment = segments[1]!;
  const text = payloadSegment.text;
  if (text === '') diagnostics.push(diagnostic('PAYLOAD_DETACHED', 'payload', 'info'));
  else {
    diagnostics.push(diagnostic('PAYLOAD_UNENCODED', 'payload', 'info'));
    const at = text.search(UNSAFE);
    if (at >= 0) {
      diagnostics.push(
        diagnostic('PAYLOAD_UNENCODED_UNSAFE_CHAR', 'payload', 'warning', {
          offset: at,
          char: String.fromCodePoint(text.codePointAt(at)!),
        }),
      );
    }
  }
  const payload: DecodedPart = {
    segment: payloadSegment,
    bytes: utf8Encode(text),
    text,
    json: undefined,
    isJson: false,
    numbers: [],
  };
  const signatureSegment = segments[2]!;
  const decoded = decodeBase64url(signatureSegment.text);
  let signature: ParsedToken['signature'];
  if (decoded.ok) signature = { segment: signatureSegment, bytes: decoded.bytes };
  else diagnostics.push(base64Diagnostic(decoded.problem, 'signature', signatureSegment));
  return {
    token,
    kind: 'jws',
    segments,
    header: known.header,
    protectedHeader: known.protectedHeader,
    alg: known.alg,
    payload,
    signature,
    b64: false,
    diagnostics,
  };
}
