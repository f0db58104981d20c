/**
 * Compact JSON text built from pieces, for objects whose members JSON.parse reorders
 * (repeated or array-index names): compact.ts copies the text in runs otherwise.
 */
import { isArrayIndex, MemberNames } from './object-keys';
import { JsonReader, type JsonHandler } from './reader';
import { restringified } from './string-text';
import type { JsonCompactResult } from './types';

/**
 * Output is a list of pieces written in text order. An object whose members JSON.parse would
 * reorder becomes one nested piece, so each piece is moved at most once, however deep.
 */
type Piece = string | Piece[];

interface ObjectFrame {
  /** Index in the output of the `{`. */
  readonly start: number;
  /** Per member, in text order: its name and the index of its first piece. */
  readonly keys: string[];
  readonly starts: number[];
  readonly names: MemberNames;
  /** A repeated or array-index name: JSON.parse's order differs from the text's. */
  reorder: boolean;
}

/** Per open container: an object's frame, or an array's item count. */
type Frame = ObjectFrame | number;

class ReorderingBuilder implements JsonHandler {
  readonly out: Piece[] = [];
  /** Whether `out` holds a nested piece. */
  nested = false;
  private readonly frames: Frame[] = [];

  constructor(private readonly text: string) {}

  beginObject(): void {
    this.item();
    this.frames.push({
      start: this.out.length,
      keys: [],
      starts: [],
      names: new MemberNames(),
      reorder: false,
    });
    this.out.push('{');
  }

  key(key: string, start: number, end: number, escaped: boolean): void {
    const frame = this.frames[this.frames.length - 1] as ObjectFrame;
    const { keys } = frame;
    if (keys.length > 0) this.out.push(',');
    if (frame.names.add(key) || isArrayIndex(key)) frame.reorder = true;
    keys.push(key);
    frame.starts.push(this.out.length);
    this.out.push(restringified(key, escaped) ?? this.text.slice(start, end), ':');
  }

  endObject(): void {
    const frame = this.frames.pop() as ObjectFrame;
    if (frame.reorder) this.reorder(frame);
    this.out.push('}');
  }

  beginArray(): void {
    this.item();
    this.frames.push(0);
    this.out.push('[');
  }

  endArray(): void {
    this.frames.pop();
    this.out.push(']');
  }

  string(value: string, start: number, end: number, escaped: boolean): void {
    this.item();
    this.out.push(restringified(value, escaped) ?? this.text.slice(start, end));
  }

  number(_value: number, start: number, end: number): void {
    this.item();
    this.out.push(this.text.slice(start, end));
  }

  literal(value: boolean | null): void {
    this.item();
    this.out.push(value === null ? 'null' : value ? 'true' : 'false');
  }

  /** A value is about to be written: in an array, after a comma unless it is the first. */
  private item(): void {
    const top = this.frames.length - 1;
    const frame = this.frames[top];
    if (typeof frame !== 'number') return;
    if (frame > 0) this.out.push(',');
    this.frames[top] = frame + 1;
  }

  /**
   * Rewrites the object's members as JSON.parse orders them: array indices ascending, then
   * names by first occurrence, each with its last value. A member's pieces are its name,
   * `:` and value, all the same for every occurrence but the value.
   */
  private reorder(frame: ObjectFrame): void {
    const { keys, starts } = frame;
    const out = this.out;
    const last = new Map<string, number>();
    keys.forEach((key, i) => last.set(key, i));
    const indices: string[] = [];
    const names: string[] = [];
    for (const key of last.keys()) (isArrayIndex(key) ? indices : names).push(key);
    indices.sort((a, b) => Number(a) - Number(b));
    const object: Piece[] = ['{'];
    for (const key of indices.concat(names)) {
      const i = last.get(key)!;
      // Members are separated by one ',' piece, which the range leaves out.
      const end = i + 1 < keys.length ? starts[i + 1]! - 1 : out.length;
      if (object.length > 1) object.push(',');
      object.push(out.slice(starts[i], end));
    }
    out.length = frame.start;
    out.push(object);
    this.nested = true;
  }
}

/** Joins nested pieces without recursion, however deep they nest. */
function flatten(root: Piece[]): string[] {
  const out: string[] = [];
  const stack: Piece[][] = [root];
  const positions: number[] = [0];
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
  return out;
}

/** Joining a few thousand pieces at a time is about twice as fast as one join of them all. */
const JOIN_BATCH = 4096;

function joinPieces(pieces: readonly string[]): string {
  if (pieces.length <= JOIN_BATCH) return pieces.join('');
  const batches: string[] = [];
  for (let i = 0; i < pieces.length; i += JOIN_BATCH) {
    batches.push(pieces.slice(i, i + JOIN_BATCH).join(''));
  }
  return batches.join('');
}

/** compactJson for any text, reordering members as JSON.parse does. */
export function compactReordered(text: string, maxDepth: number): JsonCompactResult {
  const builder = new ReorderingBuilder(text);
  const error = new JsonReader(text, maxDepth).read(builder);
  if (error !== undefined) return { ok: false, error };
  const { out } = builder;
  return { ok: true, text: joinPieces(builder.nested ? flatten(out) : (out as string[])) };
}
