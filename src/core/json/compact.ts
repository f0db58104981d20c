/**
 * Compact JSON text: `JSON.stringify(JSON.parse(text))`, except that numbers keep the digits
 * they were written with, so `12345678901234567890` and `3.0` are shown as sent.
 */
import { compactReordered } from './compact-reorder';
import { isArrayIndex, MemberNames } from './object-keys';
import { JsonReader, type JsonHandler } from './reader';
import { restringified } from './string-text';
import { TextBuilder } from './text-builder';
import {
  DEFAULT_MAX_DEPTH,
  type JsonCompactResult,
  type JsonParseOptions,
  type JsonSyntaxError,
} from './types';

/** Thrown by RunBuilder at a member JSON.parse would move; compactJson starts over. */
class NeedsReorder {}

/**
 * Most JSON keeps its text: the output is runs of it with white space left out and strings
 * JSON.stringify would write differently replaced. Already compact text comes back as is.
 */
class RunBuilder implements JsonHandler {
  private readonly out: TextBuilder;
  /** Start of the run of text not yet in `out`. */
  private runStart = 0;
  /** End of the text seen so far (the last token's end). */
  private seen = 0;
  /** Per open container: an object's names, `undefined` for an array. */
  private readonly objects: (MemberNames | undefined)[] = [];

  constructor(private readonly text: string) {
    this.out = new TextBuilder(text);
  }

  beginObject(): void {
    this.objects.push(new MemberNames());
  }

  key(key: string, start: number, end: number, escaped: boolean): void {
    const names = this.objects[this.objects.length - 1]!;
    if (names.add(key) || isArrayIndex(key)) throw new NeedsReorder();
    this.token(start, end, restringified(key, escaped));
  }

  endObject(): void {
    this.objects.pop();
  }

  beginArray(): void {
    this.objects.push(undefined);
  }

  endArray(): void {
    this.objects.pop();
  }

  string(value: string, start: number, end: number, escaped: boolean): void {
    this.token(start, end, restringified(value, escaped));
  }

  number(_value: number, start: number, end: number): void {
    this.token(start, end, undefined);
  }

  literal(): void {
    // Literals are copied with the run; the next token's gap check covers them.
  }

  /** The whole text's compact form, once the reader is done. */
  finish(): string {
    this.gap(this.text.length);
    this.out.appendRange(this.runStart, this.text.length);
    return this.out.toString();
  }

  /**
   * A token at `start..end`, written as `replacement` if given and different from its text.
   * Between tokens there are only brackets, `,`, `:` and white space.
   */
  private token(start: number, end: number, replacement: string | undefined): void {
    this.gap(start);
    this.seen = end;
    if (replacement === undefined) return;
    if (replacement.length === end - start && this.text.startsWith(replacement, start)) return;
    this.out.appendRange(this.runStart, start);
    this.out.append(replacement);
    this.runStart = end;
  }

  /** Leaves out the white space between the last token and `to`. */
  private gap(to: number): void {
    const text = this.text;
    for (let i = this.seen; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        this.out.appendRange(this.runStart, i);
        this.runStart = i + 1;
      }
    }
    this.seen = to;
  }
}

/**
 * What `JSON.stringify(JSON.parse(text))` gives (no insignificant white space, strings escaped
 * as JSON.stringify does, a repeated name's last value at its first position, array-index names
 * first) except that every number keeps its exact text. Errors are parseJson's.
 */
export function compactJson(text: string, options: JsonParseOptions = {}): JsonCompactResult {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const builder = new RunBuilder(text);
  let error: JsonSyntaxError | undefined;
  try {
    error = new JsonReader(text, maxDepth).read(builder);
  } catch (thrown) {
    if (!(thrown instanceof NeedsReorder)) throw thrown;
    return compactReordered(text, maxDepth);
  }
  if (error !== undefined) return { ok: false, error };
  return { ok: true, text: builder.finish() };
}
