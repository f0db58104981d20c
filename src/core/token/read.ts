/**
 * What the user pasted, as one of the kinds of token the page reads (design.md, "The flow").
 * Each kind has its own parser in its own folder; this file only tells them apart. Adding a
 * kind adds a member to `Token` and a line to `read`.
 */
import { parseCompact, type ParsedToken } from '../jws/parse';
import { cleanTokenText, type CleanedText } from './clean';

interface Read {
  /** The text exactly as the user typed it. */
  readonly given: string;
  /** The token inside it, and what was undone to get there. */
  readonly cleaned: CleanedText;
}

export type Token =
  | (Read & { readonly kind: 'empty' })
  /** A compact JWS (RFC 7515 §7.1), or text that is meant to be one and cannot be read. */
  | (Read & { readonly kind: 'jws'; readonly jws: ParsedToken })
  /** A compact JWE (RFC 7516 §7.1): five parts. */
  | (Read & { readonly kind: 'jwe'; readonly jwe: ParsedToken });

export type TokenKind = Token['kind'];

function partCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf('.'); at >= 0 && count < 6; at = text.indexOf('.', at + 1)) count++;
  return count;
}

/** Reads pasted text as a token. Never throws for bad input. */
export function readToken(given: string): Token {
  const cleaned = cleanTokenText(given);
  const { text } = cleaned;
  if (text === '') return { kind: 'empty', given, cleaned };
  if (partCount(text) === 5) return { kind: 'jwe', given, cleaned, jwe: parseCompact(text) };
  return { kind: 'jws', given, cleaned, jws: parseCompact(text) };
}
