/**
 * The signing input (RFC 7515 §5.2 step 8) of the token parseCompact read last. For a token
 * in ASCII it is `header.payload`, a prefix of the bytes parseCompact already made to decode
 * the segments, so verifyCompact need not encode the token a second time (for a 1 MB token
 * that is a copy of 1 MB). Kept beside the ParsedToken, not in it, so its shape stays as it
 * was.
 *
 * One slot, not a WeakMap: verification follows the parse it needs, and a WeakMap entry per
 * parse cost more than encoding a typical 300-byte token again (its set and the garbage
 * collector's work on it were 9% and more of parseCompact). The slot holds the last token's
 * bytes until the next parse.
 */
import type { ParsedToken } from './parse';

let lastParsed: ParsedToken | undefined;
let lastSigningInput: Uint8Array | undefined;

export function rememberSigningInput(parsed: ParsedToken, signingInput: Uint8Array): void {
  lastParsed = parsed;
  lastSigningInput = signingInput;
}

/** Empties the slot, at the start of every parse. */
export function forgetSigningInput(): void {
  lastParsed = undefined;
  lastSigningInput = undefined;
}

/** The bytes parseCompact kept for `parsed`, if it is the token parseCompact made last. */
export function knownSigningInput(parsed: ParsedToken): Uint8Array | undefined {
  return parsed === lastParsed ? lastSigningInput : undefined;
}
