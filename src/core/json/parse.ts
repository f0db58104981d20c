/**
 * JSON text (RFC 8259) to the value JSON.parse gives, plus what JSON.parse does not say:
 * numbers it rounds, names it silently overwrites, and where a syntax error is.
 */
import { numberNoteKind } from './number-note';
import { JsonReader, type JsonHandler } from './reader';
import {
  DEFAULT_MAX_DEPTH,
  type JsonDuplicateKey,
  type JsonNumberNote,
  type JsonParseOptions,
  type JsonParseResult,
} from './types';

type Container = unknown[] | Record<string, unknown>;

/** Builds the value as JSON.parse would, on its own stack of open containers. */
class ValueBuilder implements JsonHandler {
  value: unknown = undefined;
  readonly numbers: JsonNumberNote[] = [];
  readonly duplicateKeys: JsonDuplicateKey[] = [];
  private readonly containers: Container[] = [];
  private readonly keys: string[] = [];

  constructor(
    private readonly text: string,
    private readonly reader: JsonReader,
  ) {}

  beginObject(): void {
    this.containers.push({});
    this.keys.push('');
  }

  key(key: string, start: number): void {
    const top = this.containers.length - 1;
    const object = this.containers[top] as Record<string, unknown>;
    if (Object.hasOwn(object, key)) {
      this.duplicateKeys.push({ path: this.reader.path(top), key, offset: start });
    }
    this.keys[top] = key;
  }

  endObject(): void {
    this.keys.pop();
    this.add(this.containers.pop());
  }

  beginArray(): void {
    this.containers.push([]);
    this.keys.push('');
  }

  endArray(): void {
    this.keys.pop();
    this.add(this.containers.pop());
  }

  string(value: string): void {
    this.add(value);
  }

  number(value: number, start: number, end: number, integer: boolean): void {
    // Most numbers are short integers, which JSON.stringify writes back as they came.
    if (!integer || end - start > 15 || Object.is(value, -0)) {
      const text = this.text.slice(start, end);
      const kind = numberNoteKind(text, value, integer);
      if (kind !== undefined) {
        this.numbers.push({ path: this.reader.path(), text, offset: start, kind });
      }
    }
    this.add(value);
  }

  literal(value: boolean | null): void {
    this.add(value);
  }

  private add(value: unknown): void {
    const top = this.containers.length - 1;
    if (top < 0) {
      this.value = value;
      return;
    }
    const container = this.containers[top]!;
    if (Array.isArray(container)) {
      container.push(value);
      return;
    }
    const key = this.keys[top]!;
    if (key === '__proto__') {
      // JSON.parse makes `__proto__` an own property (CreateDataProperty, ECMA-262 §25.5.1);
      // assignment would set the prototype instead.
      Object.defineProperty(container, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      // A repeated name overwrites in place: the last value, at the first position.
      container[key] = value;
    }
  }
}

/**
 * Parses `text` as strict RFC 8259 JSON. `value` deep-equals `JSON.parse(text)` (same key
 * order); `numbers` lists the numbers whose value differs from, or is written differently
 * than, their text; `duplicateKeys` every repeated member name, in text order.
 */
export function parseJson(text: string, options: JsonParseOptions = {}): JsonParseResult {
  const reader = new JsonReader(text, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  const builder = new ValueBuilder(text, reader);
  const error = reader.read(builder);
  if (error !== undefined) return { ok: false, error };
  return {
    ok: true,
    value: builder.value,
    numbers: builder.numbers,
    duplicateKeys: builder.duplicateKeys,
  };
}
