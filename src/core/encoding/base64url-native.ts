/**
 * Base64url through the runtime's own codec, `Uint8Array.fromBase64` and `toBase64` (current
 * browsers; not Node 20): several times faster than any loop in JavaScript on megabytes. The
 * native decoder is lenient where ours is strict (it skips white space, takes padding): what
 * it decodes is checked, and anything else goes to the strict decoder, which says why.
 */
import { nonCanonicalEnd } from './base64url-canonical';

export interface NativeCodec {
  readonly fromBase64: (
    text: string,
    options: { readonly alphabet: 'base64url'; readonly lastChunkHandling: 'loose' },
  ) => Uint8Array;
  readonly toBase64: (
    bytes: Uint8Array,
    options: { readonly alphabet: 'base64url'; readonly omitPadding: true },
  ) => string;
}

type Uint8ArrayWithBase64 = {
  readonly fromBase64?: NativeCodec['fromBase64'];
  readonly prototype: { readonly toBase64?: unknown };
};

/** The runtime's codec, where it has both halves. */
export function runtimeCodec(): NativeCodec | undefined {
  const constructor = Uint8Array as unknown as Uint8ArrayWithBase64;
  const { fromBase64 } = constructor;
  const toBase64 = constructor.prototype.toBase64;
  if (typeof fromBase64 !== 'function' || typeof toBase64 !== 'function') return undefined;
  return {
    fromBase64: (text, options) => fromBase64.call(Uint8Array, text, options),
    toBase64: (bytes, options) =>
      (toBase64 as (this: Uint8Array, o: typeof options) => string).call(bytes, options),
  };
}

const RUNTIME = runtimeCodec();

/** Whether this runtime decodes base64url itself (every current browser; not Node 20). */
export const NATIVE_BASE64 = RUNTIME !== undefined;
/**
 * The bytes of unpadded base64url text, by the native decoder; undefined when there is none
 * or the text has anything the strict decoder would report (a character outside the URL
 * alphabet, white space, padding, a length of 4n+1, a last character with non-zero unused bits).
 * 'loose' decoding ignores those bits, so they are checked here (RFC 4648 §3.5); 'strict'
 * would also demand padding, which base64url in JOSE leaves out.
 *
 * The native decoder rejects other characters itself, and white space it skips and padding it
 * takes each leave fewer characters to decode: fewer bytes than the text's length makes. So
 * the byte count tells, without a second pass over megabytes to look for them first.
 */
export function nativeDecode(
  text: string,
  codec: NativeCodec | undefined = RUNTIME,
): Uint8Array | undefined {
  if (codec === undefined || text.length % 4 === 1) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = codec.fromBase64(text, { alphabet: 'base64url', lastChunkHandling: 'loose' });
  } catch (error) {
    // A SyntaxError: not base64url. The strict decoder finds where and why.
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
  if (bytes.length !== Math.floor((text.length * 3) / 4)) return undefined;
  return nonCanonicalEnd(text) === undefined ? bytes : undefined;
}

/** Unpadded base64url by the native encoder; undefined when there is none. */
export function nativeEncode(
  bytes: Uint8Array,
  codec: NativeCodec | undefined = RUNTIME,
): string | undefined {
  return codec?.toBase64(bytes, { alphabet: 'base64url', omitPadding: true });
}
