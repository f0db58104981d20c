/**
 * The bytes parseCompact decodes a JWS from: the token's UTF-8, and a decoder for its segments.
 *
 * A small ASCII token gets one buffer holding its bytes and then room for every decoded
 * segment, which are handed out as views of it. Node 20 gives a typed array of more than 64
 * bytes an ArrayBuffer outside the heap, about 0.6 µs each: the token's bytes and a typical
 * payload were two of them per parse, more than decoding the token takes. So a typical token
 * takes its buffer from a slab of 8 KB shared by the tokens parsed after one another (as
 * Node's Buffer pool does): one ArrayBuffer per few dozen tokens. Each token's bytes are its
 * own, never handed out again; a part kept alive keeps its slab alive. Larger tokens keep an
 * array per part, so a part kept alive does not keep the whole token's bytes with it. Nothing
 * may read a part's `.buffer`: it holds other tokens' bytes too, and so would a structured
 * clone (postMessage) of a part, which copies the whole buffer. Browsers with a native base64
 * decoder never take this path (parse.ts).
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

/** Size of a slab, and of the largest buffer taken from one. */
const SLAB_SIZE = 8192;
const SLAB_TAKE_MAX = 2048;

const encoder = new TextEncoder();
let slab = new Uint8Array(0);
let slabUsed = 0;

/** `size` zeroed bytes nobody else has, from the current slab when they are few. */
function take(size: number): Uint8Array {
  if (size > SLAB_TAKE_MAX) return new Uint8Array(size);
  if (slabUsed + size > slab.length) {
    slab = new Uint8Array(SLAB_SIZE);
    slabUsed = 0;
  }
  const bytes = slab.subarray(slabUsed, slabUsed + size);
  slabUsed += size;
  return bytes;
}

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
    const buffer = take(length + room);
    // A non-ASCII character takes more than one byte: written then exceeds read.
    const { read, written } = encoder.encodeInto(token, buffer);
    if (read === length && written === length)
      return new SegmentBytes(buffer, true, offset, length);
  }
  const bytes = utf8Encode(token);
  return new SegmentBytes(bytes, bytes.length === length, offset, -1);
}
