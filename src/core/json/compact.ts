/**
 * Compact JSON text: `JSON.stringify(JSON.parse(text))`, except that numbers keep the digits
 * they were written with, so `12345678901234567890` and `3.0` are shown as sent.
 */
import { JsonReader, type JsonHandler } from './reader';
import { DEFAULT_MAX_DEPTH, type JsonCompactResult, type JsonParseOptions } from './types';

/**
 * Output pieces: text, or a closed container's pieces. Nesting arrays instead of copying
 * text keeps reordering an object (below) cheap at every depth.
 */
type Piece = string | Piece[];

interface ObjectFrame {
  readonly keyTexts: string[];
  readonly values: Piece[];
  /** Member name to its index, the position of its first occurrence. */
  readonly index: Map<string, number>;
  /** Index of the member whose value comes next. */
  member: number;
  /** Whether some name is an array index, which objects list first. */
  hasArrayIndex: boolean;
}

type Frame = ObjectFrame | Piece[];

/** Lone surrogates, which JSON.stringify writes as `\uXXXX` (ECMA-262 §25.5.2.3). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * ECMA-262 §6.1.7 "array index": a canonical integer below 2^32 - 1. Own keys of an object
 * list these first, ascending, then the other names in creation order (§10.1.11.1).
 */
function isArrayIndex(key: string): boolean {
  const c = key.charCodeAt(0);
  if (!(c >= 0x30 && c <= 0x39)) return false;
  if (key.length > 10 || !/^(?:0|[1-9][0-9]*)$/.test(key)) return false;
  return Number(key) < 2 ** 32 - 1;
}

class CompactBuilder implements JsonHandler {
  root: Piece = '';
  private readonly frames: Frame[] = [];

  constructor(private readonly text: string) {}

  beginObject(): void {
    this.frames.push({
      keyTexts: [],
      values: [],
      index: new Map(),
      member: 0,
      hasArrayIndex: false,
    });
  }

  key(key: string, start: number, end: number, escaped: boolean): void {
    const frame = this.frames[this.frames.length - 1] as ObjectFrame;
    const seen = frame.index.get(key);
    if (seen !== undefined) {
      // JSON.parse keeps the last value at the first occurrence's position.
      frame.member = seen;
      return;
    }
    frame.member = frame.keyTexts.length;
    frame.index.set(key, frame.member);
    frame.keyTexts.push(this.stringText(key, start, end, escaped));
    frame.values.push('');
    if (!frame.hasArrayIndex && isArrayIndex(key)) frame.hasArrayIndex = true;
  }

  endObject(): void {
    const frame = this.frames.pop() as ObjectFrame;
    const { keyTexts, values } = frame;
    let order = keyTexts.map((_, i) => i);
    if (frame.hasArrayIndex) {
      const names = [...frame.index.keys()];
      const indices = order.filter((i) => isArrayIndex(names[i]!));
      indices.sort((a, b) => Number(names[a]) - Number(names[b]));
      order = indices.concat(order.filter((i) => !isArrayIndex(names[i]!)));
    }
    const pieces: Piece[] = ['{'];
    for (const i of order) {
      if (pieces.length > 1) pieces.push(',');
      pieces.push(keyTexts[i]!, ':', values[i]!);
    }
    pieces.push('}');
    this.add(pieces);
  }

  beginArray(): void {
    this.frames.push(['[']);
  }

  endArray(): void {
    const items = this.frames.pop() as Piece[];
    items.push(']');
    this.add(items);
  }

  string(value: string, start: number, end: number, escaped: boolean): void {
    this.add(this.stringText(value, start, end, escaped));
  }

  number(_value: number, start: number, end: number): void {
    this.add(this.text.slice(start, end));
  }

  literal(value: boolean | null): void {
    this.add(String(value));
  }

  /** The string as JSON.stringify writes it; unescaped text already is, in most cases. */
  private stringText(value: string, start: number, end: number, escaped: boolean): string {
    if (escaped || LONE_SURROGATE.test(value)) return JSON.stringify(value);
    return this.text.slice(start, end);
  }

  private add(piece: Piece): void {
    const frame = this.frames[this.frames.length - 1];
    if (frame === undefined) this.root = piece;
    else if (Array.isArray(frame)) {
      if (frame.length > 1) frame.push(',');
      frame.push(piece);
    } else frame.values[frame.member] = piece;
  }
}

/** Joins nested pieces without recursion, however deep they nest. */
function join(root: Piece): string {
  const out: string[] = [];
  const stack: Piece[][] = [];
  const positions: number[] = [];
  if (typeof root === 'string') return root;
  stack.push(root);
  positions.push(0);
  while (stack.length > 0) {
    const top = stack.length - 1;
    const pieces = stack[top]!;
    const i = positions[top]!;
    if (i === pieces.length) {
      stack.pop();
      positions.pop();
      continue;
    }
    positions[top] = i + 1;
    const piece = pieces[i]!;
    if (typeof piece === 'string') out.push(piece);
    else {
      stack.push(piece);
      positions.push(0);
    }
  }
  return out.join('');
}

/**
 * What `JSON.stringify(JSON.parse(text))` gives (no insignificant white space, strings escaped
 * as JSON.stringify does, a repeated name's last value at its first position, array-index names
 * first) except that every number keeps its exact text. Errors are parseJson's.
 */
export function compactJson(text: string, options: JsonParseOptions = {}): JsonCompactResult {
  const reader = new JsonReader(text, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  const builder = new CompactBuilder(text);
  const error = reader.read(builder);
  if (error !== undefined) return { ok: false, error };
  return { ok: true, text: join(builder.root) };
}
