/**
 * The bytes parseCompact decodes a JWS from: the token's UTF-8, and a decoder for its segments.
 *
 * A small ASCII token gets one buffer holding its bytes and then room for every decoded
 * segment, which are handed out as views of it. Node 20 gives a typed array of more than 64
 * bytes an ArrayBuffer outside the heap, about 0.6 µs each: the token's bytes and a typical
 * payload were two of them per parse, more than decoding the token takes. Larger tokens keep
 * an array per part, so a part kept alive does not keep the whole token's bytes with it.
 */
import {
  decodeBase64url,
  decodeBase64urlBytes,
  decodeBase64urlInto,
  decodedLength,
  type DecodeResult,
} from '../encoding/base64url';
import { utf8Encode } from '../encoding/utf8';
import type { Segment } from './parse';

/** Longest token whose parts share one buffer with its bytes. */
export const SHARED_BUFFER_MAX = 16384;

const encoder = new TextEncoder();

export interface SegmentBytes {
  /** Starts with the token's UTF-8: the signing input (RFC 7515 §5.2 step 8) is a prefix. */
  readonly bytes: Uint8Array;
  /** Whether the token is ASCII, so offsets in `bytes` are offsets in the token. */
  readonly ascii: boolean;
  /** Decodes one segment of the token, each at most once, in any order. */
  readonly decode: (segment: Segment) => DecodeResult;
}

/** `offset`: where the token starts in the text its segments' `start` counts from. */
export function segmentBytes(
  token: string,
  segments: readonly Segment[],
  offset: number,
): SegmentBytes {
  const length = token.length;
  if (length <= SHARED_BUFFER_MAX) {
    let room = 0;
    for (const segment of segments) room += decodedLength(segment.text.length);
    const buffer = new Uint8Array(length + room);
    // A non-ASCII character takes more than one byte: written then exceeds read.
    const { read, written } = encoder.encodeInto(token, buffer);
    if (read === length && written === length) {
      let free = length;
      const decode = (segment: Segment): DecodeResult => {
        const start = segment.start - offset;
        const end = start + segment.text.length;
        const at = free;
        free += decodedLength(end - start);
        return decodeBase64urlInto(buffer, start, end, segment.text, buffer, at);
      };
      return { bytes: buffer, ascii: true, decode };
    }
  }
  const bytes = utf8Encode(token);
  if (bytes.length !== length) {
    // Offsets in bytes and in text differ: each segment's text is decoded on its own.
    return { bytes, ascii: false, decode: (segment) => decodeBase64url(segment.text) };
  }
  const decode = (segment: Segment): DecodeResult => {
    const start = segment.start - offset;
    return decodeBase64urlBytes(bytes, start, start + segment.text.length, segment.text);
  };
  return { bytes, ascii: true, decode };
}
