import { Fragment, isValidElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { highlightJson, jsonRangeDrawer } from './json-highlight';

/** The drawn pieces as `class:text` (coloured) or the bare text (plain), in order. */
function pieces(nodes: ReactNode): string[] {
  return (Array.isArray(nodes) ? nodes : [nodes]).flatMap((node): string[] => {
    if (node === null) return [];
    if (typeof node === 'string') return [node];
    if (isValidElement<{ children: ReactNode }>(node) && node.type === Fragment)
      return pieces(node.props.children);
    if (isValidElement<{ className: string; children: string }>(node))
      return [`${node.props.className.replace('json-', '')}:${node.props.children}`];
    throw new Error(`unexpected ${String(node)}`);
  });
}

/** The keys React matches the drawn children by. */
const keys = (nodes: ReactNode[]) => nodes.map((node) => (isValidElement(node) ? node.key : null));

describe('highlightJson', () => {
  it('keys the n-th token as n: a longer value early on leaves the tokens after it in place', () => {
    const before = highlightJson('{"jti": "a", "sub": 1}');
    const after = highlightJson('{"jti": "a much longer one", "sub": 1}');
    expect(keys(after)).toEqual(keys(before));
    expect(pieces(after)).toContain('string:"a much longer one"');
  });

  it('colours names, strings, numbers, literals and punctuation, and keeps the rest as written', () => {
    expect(pieces(highlightJson('{"a": "b\\"c", "n": -1.5e+3, "t": [true, null]}'))).toEqual([
      'punct:{',
      'key:"a"',
      'punct::',
      ' ',
      'string:"b\\"c"',
      'punct:,',
      ' ',
      'key:"n"',
      'punct::',
      ' ',
      'number:-1.5e+3',
      'punct:,',
      ' ',
      'key:"t"',
      'punct::',
      ' ',
      'punct:[',
      'literal:true',
      'punct:,',
      ' ',
      'literal:null',
      'punct:]',
      'punct:}',
    ]);
  });

  it('leaves what is not a token plain: an unclosed string, a word that only starts like a literal', () => {
    expect(pieces(highlightJson('"open\n nullish 12'))).toEqual(['"open\n nullish ', 'number:12']);
    expect(pieces(highlightJson('"a\\\\" x'))).toEqual(['string:"a\\\\"', ' x']);
  });
});

describe('jsonRangeDrawer', () => {
  const text = '{\n  "long": "' + 'x'.repeat(100) + '",\n  "n": 1\n}';
  const draw = jsonRangeDrawer(text);

  it('draws the rows of each line as highlightJson colours the line, tokens cut where rows cut them', () => {
    const colours = (nodes: ReactNode) =>
      pieces(nodes).flatMap((piece) => {
        const [kind, ...rest] = /^(key|string|number|literal|punct):/.test(piece)
          ? piece.split(':')
          : ['plain', piece];
        return [...rest.join(':')].map((character) => `${kind}${character}`);
      });
    for (const width of [1, 7, 40]) {
      let drawn: string[] = [];
      for (let lineStart = 0; lineStart <= text.length;) {
        const newline = text.indexOf('\n', lineStart);
        const lineEnd = newline === -1 ? text.length : newline;
        for (let start = lineStart; start < lineEnd; start += width)
          drawn = drawn.concat(colours(draw(start, Math.min(lineEnd, start + width))));
        if (newline !== -1) drawn.push('plain\n');
        lineStart = lineEnd + 1;
      }
      expect(drawn).toEqual(colours(highlightJson(text)));
    }
  });

  it('a row in the middle of a long string is coloured as a string', () => {
    expect(pieces(draw(20, 30))).toEqual(['string:xxxxxxxxxx']);
  });
});
