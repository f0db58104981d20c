/** The token's parts as drawn in the token box: names, places in the typed text, marks. */
import type { ParsedToken } from '../jws/parse';
import { givenOffset } from '../token/offsets';
import { panesOf, type Token } from '../token/read';
import type { TokenPart, TokenPartName } from './model';

const PART_NAMES: Readonly<Record<Token['kind'], readonly TokenPartName[]>> = {
  empty: ['header', 'payload', 'signature'],
  jws: ['header', 'payload', 'signature'],
  jwe: ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag'],
  'sd-jwt': ['header', 'payload', 'signature', 'disclosure', 'kb-jwt'],
  'jws-json': [],
};

export function partNamesOf(token: Token): readonly TokenPartName[] {
  return PART_NAMES[token.kind];
}

function segmentParts(parsed: ParsedToken, names: readonly TokenPartName[]) {
  return parsed.segments.map((segment, index) => ({
    name: names[index],
    start: segment.start,
    end: segment.start + segment.text.length,
  }));
}

/** A range of the cleaned text as a range of the typed text. */
function toGiven(token: Token, start: number, end: number): { start: number; end: number } {
  const { map } = token.cleaned;
  // The end is one past the last character: an end offset may fall on a removed one.
  return {
    start: givenOffset(map, start),
    end: end === start ? givenOffset(map, start) : givenOffset(map, end - 1) + 1,
  };
}

/** Each part's place in the typed text, for colouring. */
export function partsOf(token: Token): TokenPart[] {
  const parsed = panesOf(token);
  if (!parsed) return [];
  const clean: { name: TokenPartName | undefined; start: number; end: number }[] =
    token.kind === 'sd-jwt'
      ? [
          ...segmentParts(parsed, PART_NAMES.jws),
          ...token.parts.map((part) => ({ name: part.kind, start: part.start, end: part.end })),
        ]
      : segmentParts(parsed, PART_NAMES[token.kind]);
  return clean.map((part) => ({ name: part.name, ...toGiven(token, part.start, part.end) }));
}

/** Offsets in the typed text of the characters the token's errors point at. */
export function marksOf(token: Token): number[] {
  const parsed = panesOf(token);
  if (!parsed) return [];
  const marks: number[] = [];
  for (const d of parsed.diagnostics) {
    if (d.severity !== 'error') continue;
    const at = d.detail?.inputOffset ?? (d.part === 'token' ? d.offset : undefined);
    if (typeof at === 'number') marks.push(givenOffset(token.cleaned.map, at));
  }
  return marks;
}
