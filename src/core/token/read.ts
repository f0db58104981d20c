/**
 * What the user pasted, as one of the kinds of token the page reads (design.md, "The flow").
 * Each kind has its own parser in its own folder; this file only tells them apart, cheaply:
 * what a kind needs beyond its issuer JWS (disclosure digests, decryption, the JSON
 * serialization's signatures) is read by its own chunk, in a job (view/jobs.ts).
 */
import { parseCompact, type ParsedToken } from '../jws/parse';
import { cleanTokenText, type CleanedText } from './clean';

interface Read {
  /** The text exactly as the user typed it. */
  readonly given: string;
  /** The token inside it, and what was undone to get there. */
  readonly cleaned: CleanedText;
}

/** A `~`-separated part of an SD-JWT after its issuer JWS: where it is in the cleaned text. */
export interface TildePart {
  readonly kind: 'disclosure' | 'kb-jwt';
  readonly start: number;
  readonly end: number;
}

export type Token =
  | (Read & { readonly kind: 'empty' })
  /** A compact JWS (RFC 7515 §7.1), or text that is meant to be one and cannot be read. */
  | (Read & { readonly kind: 'jws'; readonly jws: ParsedToken })
  /** A compact JWE (RFC 7516 §7.1): five parts; its protected header decoded here. */
  | (Read & { readonly kind: 'jwe'; readonly jwe: ParsedToken })
  /** An SD-JWT (RFC 9901 §4): the issuer-signed JWS, then disclosures and a KB-JWT. */
  | (Read & {
      readonly kind: 'sd-jwt';
      readonly jws: ParsedToken;
      readonly parts: readonly TildePart[];
    })
  /** The JWS JSON serialization (RFC 7515 §7.2): a JSON object with a payload. */
  | (Read & { readonly kind: 'jws-json' });

export type TokenKind = Token['kind'];

function partCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf('.'); at >= 0 && count < 6; at = text.indexOf('.', at + 1)) count++;
  return count;
}

/** `<JWS>~<Disclosure>~…~[<KB-JWT>]`: the `~` parts after the JWS, with their offsets. */
function tildeParts(text: string, first: number): TildePart[] {
  const parts: TildePart[] = [];
  let start = first + 1;
  for (let tilde = text.indexOf('~', start); tilde >= 0; tilde = text.indexOf('~', start)) {
    parts.push({ kind: 'disclosure', start, end: tilde });
    start = tilde + 1;
  }
  // What follows the last `~`: a KB-JWT (it has dots), or, wrongly, a disclosure.
  if (start < text.length) {
    const last = text.slice(start);
    parts.push({ kind: last.includes('.') ? 'kb-jwt' : 'disclosure', start, end: text.length });
  }
  return parts;
}

/** A JSON object with `payload` and `signature` or `signatures` members (RFC 7515 §7.2.1). */
function looksLikeJwsJson(text: string): boolean {
  return text.startsWith('{') && /"payload"\s*:/.test(text) && /"signatures?"\s*:/.test(text);
}

/** Reads pasted text as a token. Never throws for bad input. */
export function readToken(given: string): Token {
  const cleaned = cleanTokenText(given);
  const { text } = cleaned;
  if (text === '') return { kind: 'empty', given, cleaned };
  if (looksLikeJwsJson(text)) return { kind: 'jws-json', given, cleaned };
  const tilde = text.indexOf('~');
  if (tilde >= 0) {
    const jws = parseCompact(text.slice(0, tilde));
    return { kind: 'sd-jwt', given, cleaned, jws, parts: tildeParts(text, tilde) };
  }
  if (partCount(text) === 5) return { kind: 'jwe', given, cleaned, jwe: parseCompact(text) };
  return { kind: 'jws', given, cleaned, jws: parseCompact(text) };
}

/**
 * The JOSE object whose header and payload the panes show, when the text alone tells: a JWS,
 * an SD-JWT's issuer JWS, a JWE's protected header. The JSON serialization's is read later.
 */
export function panesOf(token: Token): ParsedToken | undefined {
  switch (token.kind) {
    case 'jws':
    case 'sd-jwt':
      return token.jws;
    case 'jwe':
      return token.jwe;
    default:
      return undefined;
  }
}
