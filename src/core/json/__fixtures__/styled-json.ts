/**
 * Random JSON text in random styles, for the property tests of prettyJson: numbers written
 * every way RFC 8259 §6 allows, strings with every escape of §7 next to raw characters (lone
 * surrogates included), any white space of §2 between tokens, repeated and array-index names.
 *
 * Each sample carries its own oracle: the same text with every name, string and number
 * written as a placeholder `"#k"`, and the k-th token's text as generated. The placeholders
 * are unique and not array indices, so the engine's JSON.parse keeps every member where it is
 * and JSON.stringify lays the structure out without changing a single token.
 */
import fc from 'fast-check';

export interface StyledJson {
  /** The JSON text as generated. */
  readonly text: string;
  /** `text` compact, with its k-th name, string or number written `"#k"`. */
  readonly marked: string;
  /** Each replaced token's text, as in `text`. */
  readonly tokens: readonly string[];
}

type Node =
  | { readonly kind: 'token'; readonly text: string; readonly marked: boolean }
  | { readonly kind: 'array'; readonly items: readonly Node[]; readonly gaps: readonly string[] }
  | {
      readonly kind: 'object';
      readonly members: readonly (readonly [name: string, value: Node])[];
      readonly gaps: readonly string[];
    };

/** RFC 8259 §2: any run of space, tab, line feed and carriage return. */
const space = fc.oneof(
  fc.constantFrom('', '', ' ', '\r\n', '\n  ', '\t'),
  fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r'), maxLength: 4 }),
);

const digits = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength, maxLength });

/** RFC 8259 §6: `-`? int frac? exp?, with big integers, `E`, `+` and leading zeros after `.`. */
export const numberText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('', '-'),
      fc.oneof(fc.constant('0'), fc.tuple(fc.constantFrom(...'123456789'), digits(0, 24))),
      fc.option(digits(1, 6)),
      fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), digits(1, 3))),
    )
    .map(([sign, int, frac, exp]) => {
      const intText = typeof int === 'string' ? int : int.join('');
      return `${sign}${intText}${frac === null ? '' : `.${frac}`}${exp === null ? '' : exp.join('')}`;
    }),
  fc.constantFrom('-0', '1.0', '1e3', '1E+3', '0.50', '1e400', '-1e-400', '12345678901234567890'),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
);

/** One character of a string's text (RFC 8259 §7): raw, `\uXXXX` in either case, or short. */
const stringPiece = fc.oneof(
  fc
    .string({ unit: 'binary', minLength: 1, maxLength: 1 })
    .filter((c) => c !== '"' && c !== '\\' && c.charCodeAt(0) >= 0x20),
  fc.tuple(fc.integer({ min: 0, max: 0xffff }), fc.boolean()).map(([unit, upper]) => {
    const hex = unit.toString(16).padStart(4, '0');
    return `\\u${upper ? hex.toUpperCase() : hex}`;
  }),
  fc.constantFrom('\\"', '\\\\', '\\/', '\\b', '\\f', '\\n', '\\r', '\\t'),
  fc.constantFrom('é', '\u{1F600}', ' ', '\u2028', '\u00a0', '\ud800', '\udc00', '#1'),
);

export const stringText: fc.Arbitrary<string> = fc
  .array(stringPiece, { maxLength: 6 })
  .map((pieces) => `"${pieces.join('')}"`);

/** Names, often from a small pool so that objects repeat them (`"\u0061"` is `"a"` again). */
const nameText = fc.oneof(
  fc.constantFrom('"a"', '"b"', '"\\u0061"', '"0"', '"1"', '"10"', '"__proto__"', '"iss"'),
  stringText,
);

const token = (text: fc.Arbitrary<string>, marked: boolean) =>
  text.map((t): Node => ({ kind: 'token', text: t, marked }));

const { node } = fc.letrec<{ node: Node; array: Node; object: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    token(numberText, true),
    token(stringText, true),
    token(fc.constantFrom('true', 'false', 'null'), false),
    tie('array'),
    tie('object'),
  ),
  array: fc
    .tuple(fc.array(tie('node'), { maxLength: 5 }), fc.array(space, { minLength: 1 }))
    .map(([items, gaps]): Node => ({ kind: 'array', items, gaps })),
  object: fc
    .tuple(
      fc.array(fc.tuple(nameText, tie('node')), { maxLength: 5 }),
      fc.array(space, { minLength: 1 }),
    )
    .map(([members, gaps]): Node => ({ kind: 'object', members, gaps })),
}));

/** Writes `root` as text and as its marked form. */
function write(root: Node, before: string, after: string): StyledJson {
  const tokens: string[] = [];
  const mark = (text: string) => `"#${tokens.push(text) - 1}"`;
  function visit(n: Node): readonly [text: string, marked: string] {
    if (n.kind === 'token') return [n.text, n.marked ? mark(n.text) : n.text];
    let gap = 0;
    const next = () => n.gaps[gap++ % n.gaps.length]!;
    if (n.kind === 'array') {
      const parts = n.items.map((item) => {
        const [text, marked] = visit(item);
        return [`${next()}${text}${next()}`, marked] as const;
      });
      const text = parts.map((p) => p[0]).join(',');
      const marked = parts.map((p) => p[1]).join(',');
      return [`[${text || next()}]`, `[${marked}]`];
    }
    const parts = n.members.map(([name, value]) => {
      const markedName = mark(name);
      const [text, marked] = visit(value);
      return [`${next()}${name}${next()}:${next()}${text}${next()}`, `${markedName}:${marked}`];
    });
    const text = parts.map((p) => p[0]).join(',');
    const marked = parts.map((p) => p[1]).join(',');
    return [`{${text || next()}}`, `{${marked}}`];
  }
  const [text, marked] = visit(root);
  return { text: `${before}${text}${after}`, marked, tokens };
}

export const styledJson: fc.Arbitrary<StyledJson> = fc
  .tuple(node, space, space)
  .map(([root, before, after]) => write(root, before, after));

/**
 * The layout prettyJson must give `sample.text`: the engine's `JSON.stringify(value, null, 2)`
 * of the marked text, each placeholder put back as the token's text.
 */
export function expectedPretty(sample: StyledJson): string {
  return JSON.stringify(JSON.parse(sample.marked), null, 2).replace(
    /"#(\d+)"/g,
    (_, k: string) => sample.tokens[Number(k)]!,
  );
}
