/** Building a JsonSyntaxError where the reader stops. */
import { lineColumn } from './location';
import type { JsonExpected, JsonSyntaxError } from './types';

/** Thrown inside the reader only; JsonReader.read catches it and returns its error as data. */
export class SyntaxStop {
  constructor(readonly error: JsonSyntaxError) {}
}

/** The error at `offset` in `text`, with the character found there when `expected` is given. */
export function syntaxStop(
  text: string,
  code: JsonSyntaxError['code'],
  offset: number,
  expected?: JsonExpected,
): SyntaxStop {
  const { line, column } = lineColumn(text, offset);
  if (expected === undefined) return new SyntaxStop({ code, offset, line, column });
  const point = text.codePointAt(offset);
  const found = point === undefined ? 'end' : String.fromCodePoint(point);
  return new SyntaxStop({ code, offset, line, column, expected, found });
}
