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

/** A token's bytes and the decoding of its segments. */
export class SegmentBytes {
  /**
   * `bytes`: starts with the token's UTF-8, so the signing input (RFC 7515 §5.2 step 8) is a
   * prefix. `ascii`: offsets in `bytes` are offsets in the token. `offset`: where the token
   * starts in the text its segments' `start` counts from. `free`: where the next segment's
   * bytes go in `bytes` when the parts share it, else -1.
   */
  constructor(
    readonly bytes: Uint8Array,
    readonly ascii: boolean,
    private readonly offset: number,
    private free: number,
  ) {}

  /** Decodes one segment of the token, each at most once, in any order. */
  decode(segment: Segment): DecodeResult {
    // Offsets in bytes and in text differ: each segment's text is decoded on its own.
    if (!this.ascii) return decodeBase64url(segment.text);
    const { bytes } = this;
    const start = segment.start - this.offset;
    const end = start + segment.text.length;
    const at = this.free;
    if (at < 0) return decodeBase64urlBytes(bytes, start, end, segment.text);
    this.free = at + decodedLength(end - start);
    return decodeBase64urlInto(bytes, start, end, segment.text, bytes, at);
  }
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
    if (read === length && written === length)
      return new SegmentBytes(buffer, true, offset, length);
  }
  const bytes = utf8Encode(token);
  return new SegmentBytes(bytes, bytes.length === length, offset, -1);
}
