import { describe, expect, it } from 'vitest';
import { parseJson } from './parse';
import { JsonReader, type JsonHandler } from './reader';
import type { JsonPath } from './types';

/** Records the path of every number it is told of; runs `inner` at the first object. */
function recorder(reader: () => JsonReader, inner: () => void) {
  const paths: JsonPath[] = [];
  let ran = false;
  const handler: JsonHandler = {
    beginObject: () => {
      if (!ran) inner();
      ran = true;
    },
    key: () => undefined,
    endObject: () => undefined,
    beginArray: () => undefined,
    endArray: () => undefined,
    string: () => undefined,
    number: () => {
      paths.push(reader().path());
    },
    literal: () => undefined,
  };
  return { handler, paths };
}

describe('JsonReader', () => {
  it('keeps its stacks for the next read: paths of one text never show through in another', () => {
    const first = '{"a": [[{"b": {"c": [1]}}]]}';
    const second = '[{"x": 2}, [3]]';
    for (const [text, expected] of [
      [first, [['a', 0, 0, 'b', 'c', 0]]],
      [
        second,
        [
          [0, 'x'],
          [1, 0],
        ],
      ],
      [first, [['a', 0, 0, 'b', 'c', 0]]],
    ] as const) {
      const reader = new JsonReader(text, 256);
      const { handler, paths } = recorder(
        () => reader,
        () => undefined,
      );
      expect(reader.read(handler)).toBeUndefined();
      expect(paths).toEqual(expected);
    }
  });

  it('a read that starts while another is under way does not disturb it', () => {
    const reader = new JsonReader('{"outer": [{"n": 1}, 2]}', 256);
    let inner: ReturnType<typeof parseJson> | undefined;
    const { handler, paths } = recorder(
      () => reader,
      () => {
        inner = parseJson('[{"deep": {"er": 9007199254740993}}]');
      },
    );
    expect(reader.read(handler)).toBeUndefined();
    expect(paths).toEqual([
      ['outer', 0, 'n'],
      ['outer', 1],
    ]);
    expect(inner).toMatchObject({
      ok: true,
      numbers: [{ path: [0, 'deep', 'er'], kind: 'unsafe-integer' }],
    });
  });
});
