/**
 * The signing input (RFC 7515 §5.2 step 8) of tokens parseCompact has read. For a token in
 * ASCII it is `header.payload`, a prefix of the bytes parseCompact already made to decode the
 * segments, so verifyCompact need not encode the token a second time (for a 1 MB token that
 * is a copy of 1 MB). Kept beside the ParsedToken, not in it, so its shape stays as it was.
 */
import type { ParsedToken } from './parse';

const known = new WeakMap<ParsedToken, Uint8Array>();

export function rememberSigningInput(parsed: ParsedToken, signingInput: Uint8Array): void {
  known.set(parsed, signingInput);
}

/** The bytes parseCompact kept for `parsed`, if it made `parsed` and the token was ASCII. */
export function knownSigningInput(parsed: ParsedToken): Uint8Array | undefined {
  return known.get(parsed);
}
