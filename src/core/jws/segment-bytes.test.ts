import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seed } from '../__fixtures__';
import { decodeBase64url, encodeBase64url, type DecodeResult } from '../encoding/base64url';
import { parseCompact, type Segment } from './parse';
import { SHARED_BUFFER_MAX, segmentBytes } from './segment-bytes';

function segmentsOf(token: string, offset = 0): Segment[] {
  let start = offset;
  return token.split('.').map((text) => {
    const segment = { text, start };
    start += text.length + 1;
    return segment;
  });
}

function bytesOf(result: DecodeResult): Uint8Array {
  if (!result.ok) throw new Error(result.problem.code);
  return result.bytes;
}

describe('segmentBytes', () => {
  it('a small ASCII token: its bytes first, then each part in a view of its own', () => {
    const segments = segmentsOf(seed.token);
    const decoder = segmentBytes(seed.token, segments, 0);
    const { bytes, ascii } = decoder;
    expect(ascii).toBe(true);
    expect(bytes.subarray(0, seed.token.length)).toEqual(new TextEncoder().encode(seed.token));
    const parts = segments.map((segment) => bytesOf(decoder.decode(segment)));
    parts.forEach((part, k) => expect(part).toEqual(bytesOf(decodeBase64url(segments[k]!.text))));
    // Writing one part changes neither the others nor the token's bytes.
    for (const part of parts) {
      expect(part.buffer).toBe(bytes.buffer);
      part.fill(0);
    }
    expect(bytes.subarray(0, seed.token.length)).toEqual(new TextEncoder().encode(seed.token));
    const [header, payload] = parts;
    header!.fill(1);
    expect(payload!.every((byte) => byte === 0)).toBe(true);
  });

  it('parts decoded in any order, one of them bad, come out as when decoded alone', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.uint8Array({ maxLength: 40 }).map(encodeBase64url),
            fc.string({ unit: fc.constantFrom(...'AZaz09-_+/=$'), maxLength: 12 }),
          ),
          { minLength: 2, maxLength: 3 },
        ),
        fc.constantFrom('', 'Bearer ', '  '),
        fc.boolean(),
        (texts, prefix, reverse) => {
          const token = texts.join('.');
          const segments = segmentsOf(token, prefix.length);
          const decoder = segmentBytes(token, segments, prefix.length);
          const order = reverse ? [...segments].reverse() : segments;
          const results = new Map(order.map((segment) => [segment, decoder.decode(segment)]));
          for (const segment of segments) {
            expect(results.get(segment)).toEqual(decodeBase64url(segment.text));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a token that is not ASCII is decoded part by part, and said not to be', () => {
    const [h, p, s] = seed.token.split('.');
    const token = `${h}.${p}é.${s}`;
    const segments = segmentsOf(token);
    const decoder = segmentBytes(token, segments, 0);
    const { bytes, ascii } = decoder;
    expect(ascii).toBe(false);
    expect(bytes).toEqual(new TextEncoder().encode(token));
    for (const segment of segments) {
      expect(decoder.decode(segment)).toEqual(decodeBase64url(segment.text));
    }
  });

  it('a token over SHARED_BUFFER_MAX keeps an array per part', () => {
    const [h, , s] = seed.token.split('.');
    const p = encodeBase64url(new Uint8Array(SHARED_BUFFER_MAX).fill(0x41));
    const token = `${h}.${p}.${s}`;
    const segments = segmentsOf(token);
    const decoder = segmentBytes(token, segments, 0);
    const { bytes, ascii } = decoder;
    expect(ascii).toBe(true);
    expect(bytes.length).toBe(token.length);
    const parts = segments.map((segment) => bytesOf(decoder.decode(segment)));
    expect(parts[1]!.length).toBe(SHARED_BUFFER_MAX);
    expect(new Set([bytes.buffer, ...parts.map((part) => part.buffer)]).size).toBe(4);
  });

  it('parseCompact: parts of tokens parsed one after another never share bytes', () => {
    // Enough tokens to fill several slabs; each is checked after all were parsed and changed.
    const [h, , s] = seed.token.split('.');
    const payloads = Array.from({ length: 200 }, (_, k) => `{"n":${k},"pad":"${'x'.repeat(k)}"}`);
    const parsed = payloads.map((payload) =>
      parseCompact(`${h}.${encodeBase64url(new TextEncoder().encode(payload))}.${s}`),
    );
    const signature = bytesOf(decodeBase64url(s!));
    parsed.forEach((token, k) => {
      expect(new TextDecoder().decode(token.header!.bytes)).toBe(seed.header);
      expect(new TextDecoder().decode(token.payload!.bytes)).toBe(payloads[k]);
      expect(token.signature!.bytes).toEqual(signature);
      token.header!.bytes.fill(0);
      token.payload!.bytes.fill(0);
      token.signature!.bytes.fill(0);
    });
    const next = parseCompact(seed.token);
    expect(new TextDecoder().decode(next.payload!.bytes)).toBe(seed.payload);
    expect(next.signature!.bytes).toEqual(signature);
  });
});
