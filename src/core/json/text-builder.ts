/**
 * Text assembled from ranges of a source text and a few other strings. While the parts are
 * few they are kept as slices (already compact JSON comes back as the very same string);
 * past a threshold the code units go to a buffer instead, because hundreds of thousands of
 * short slices cost more in allocation and garbage collection than copying.
 */

const MAX_PARTS = 1024;
/** Code units per String.fromCharCode call, well within engines' argument limits. */
const DECODE_CHUNK = 0x2000;

export class TextBuilder {
  private readonly parts: string[] = [];
  private units: Uint16Array<ArrayBuffer> | undefined;
  private length = 0;

  constructor(private readonly source: string) {}

  /** Appends `source.slice(from, to)`. */
  appendRange(from: number, to: number): void {
    if (from >= to) return;
    if (this.units === undefined) {
      this.parts.push(this.source.slice(from, to));
      if (this.parts.length > MAX_PARTS) this.toUnits();
      return;
    }
    const units = this.reserve(to - from);
    let n = this.length;
    for (let i = from; i < to; i++) units[n++] = this.source.charCodeAt(i);
    this.length = n;
  }

  append(text: string): void {
    if (this.units === undefined) {
      this.parts.push(text);
      return;
    }
    const units = this.reserve(text.length);
    let n = this.length;
    for (let i = 0; i < text.length; i++) units[n++] = text.charCodeAt(i);
    this.length = n;
  }

  toString(): string {
    return this.units === undefined ? this.parts.join('') : unitsToString(this.units, this.length);
  }

  private toUnits(): void {
    const text = this.parts.join('');
    this.parts.length = 0;
    // Most output is no longer than the source: compacting only removes white space.
    this.units = new Uint16Array(Math.max(this.source.length, text.length * 2));
    this.length = 0;
    this.append(text);
  }

  private reserve(extra: number): Uint16Array<ArrayBuffer> {
    const units = this.units!;
    if (this.length + extra <= units.length) return units;
    const grown = new Uint16Array(Math.max(units.length * 2, this.length + extra));
    grown.set(units.subarray(0, this.length));
    this.units = grown;
    return grown;
  }
}

/**
 * The first `length` code units as a string. Well-formed UTF-16 (no lone surrogate) goes
 * through TextDecoder, several times faster than String.fromCharCode on megabytes; anything
 * else a chunk at a time through String.fromCharCode, since TextDecoder would replace a lone
 * surrogate with U+FFFD.
 */
export function unitsToString(
  units: Uint16Array,
  length: number,
  /** Known already (the units are copies of a text known to be well-formed), or to be checked. */
  wellFormed?: boolean,
): string {
  if (length > DECODE_CHUNK && littleEndian() && (wellFormed ?? isWellFormed(units, length))) {
    return new TextDecoder('utf-16le').decode(units.subarray(0, length));
  }
  let text = '';
  for (let k = 0; k < length; k += DECODE_CHUNK) {
    const chunk = units.subarray(k, Math.min(length, k + DECODE_CHUNK));
    text += String.fromCharCode.apply(null, chunk as unknown as number[]);
  }
  return text;
}

/**
 * Whether `text` is well-formed UTF-16, from the engine where it can say (ES2024
 * `String.prototype.isWellFormed`, a scan in native code): undefined where it cannot.
 */
export function textIsWellFormed(text: string): boolean | undefined {
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return typeof native === 'function' ? native.call(text) : undefined;
}

/** Every high surrogate followed by a low one, every low one preceded by a high one. */
function isWellFormed(units: Uint16Array, length: number): boolean {
  for (let i = 0; i < length; i++) {
    const unit = units[i]!;
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit > 0xdbff || i + 1 === length) return false;
    const next = units[i + 1]!;
    if (next < 0xdc00 || next > 0xdfff) return false;
    i++;
  }
  return true;
}

/** Whether a Uint16Array's bytes are little-endian, as TextDecoder's `utf-16le` reads them. */
let isLittleEndian: boolean | undefined;

function littleEndian(): boolean {
  // A feature-detection memo: the platform's byte order never changes.
  isLittleEndian ??= new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  return isLittleEndian;
}
