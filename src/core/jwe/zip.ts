/**
 * `zip: "DEF"` (RFC 7516 §4.1.3): DEFLATE (RFC 1951) of the plaintext before encryption, with the
 * streams every runtime here has. Inflation stops reading at a limit: a few hundred bytes of
 * ciphertext can inflate to gigabytes.
 */
import { concatBytes, errorReason } from './bytes';

/** Inflated content larger than this is refused (jose's default maxDecompressedLength too). */
export const INFLATE_LIMIT = 250_000;

export type Inflated =
  | { readonly ok: true; readonly plaintext: Uint8Array }
  | { readonly ok: false; readonly code: 'JWE_ZIP_TOO_LARGE'; readonly limit: number }
  | { readonly ok: false; readonly code: 'JWE_ZIP_INVALID'; readonly reason: string };

/**
 * Feeds `input` to the stream without waiting for it: waiting for a write before reading would
 * stall on the stream's back-pressure. A write or close that fails (the reader cancelled, or the
 * input is not DEFLATE) shows up on the reading side, which reports it.
 */
function feed(stream: GenericTransformStream, input: Uint8Array): void {
  const writer = stream.writable.getWriter();
  const reportedByReader = (error: unknown): unknown => error;
  writer.write(input as Uint8Array<ArrayBuffer>).catch(reportedByReader);
  writer.close().catch(reportedByReader);
}

export async function inflateRaw(input: Uint8Array, limit = INFLATE_LIMIT): Promise<Inflated> {
  const stream = new DecompressionStream('deflate-raw');
  feed(stream, input);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > limit) {
        await reader.cancel('inflate limit reached');
        return { ok: false, code: 'JWE_ZIP_TOO_LARGE', limit };
      }
      chunks.push(value);
    }
  } catch (error) {
    return { ok: false, code: 'JWE_ZIP_INVALID', reason: errorReason(error) };
  }
  return { ok: true, plaintext: concatBytes(...chunks) };
}

export async function deflateRaw(input: Uint8Array): Promise<Uint8Array> {
  const stream = new CompressionStream('deflate-raw');
  feed(stream, input);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return concatBytes(...chunks);
}
