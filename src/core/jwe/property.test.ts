/**
 * Properties over random inputs (fast-check): any plaintext (any Unicode, empty, 1 MB) round
 * trips through every alg × enc pair; random mutations of valid JWEs never decrypt and never
 * throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '../encoding/base64url';
import { decryptJwe } from './decrypt';
import { encryptJwe } from './encrypt';
import { parseJwe } from './parse';
import { pairCases, type PairCase } from './__tests__/cases';
import { bytesOf, PART_NAMES, text, utf8 } from './__tests__/tokens';

const SEED = 20261201;
const CASES = pairCases();

async function roundTrip(
  entry: PairCase,
  plaintext: Uint8Array,
  extra: Record<string, unknown> = {},
) {
  const header = JSON.stringify({ alg: entry.alg, enc: entry.enc, ...extra });
  const encrypted = await encryptJwe({
    protectedHeader: header,
    plaintext,
    key: entry.encryptionKey,
  });
  if (encrypted.status !== 'encrypted') throw new Error(JSON.stringify(encrypted));
  const decrypted = await decryptJwe(parseJwe(encrypted.token), entry.decryptionKey);
  if (decrypted.status !== 'decrypted') throw new Error(JSON.stringify(decrypted));
  return decrypted.plaintext;
}

describe('round trips through every pair', () => {
  for (const entry of CASES) {
    it(`${entry.label}: random Unicode text, the empty plaintext and random octets`, async () => {
      expect(await roundTrip(entry, new Uint8Array(0))).toEqual(new Uint8Array(0));
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (value) => {
          expect(text(await roundTrip(entry, utf8(value)))).toBe(value);
        }),
        { numRuns: 2, seed: SEED },
      );
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
          expect(await roundTrip(entry, bytes)).toEqual(bytes);
        }),
        { numRuns: 1, seed: SEED },
      );
    });
  }

  it('a 1 MB plaintext round trips through every pair', async () => {
    const megabyte = new Uint8Array(1 << 20);
    for (let offset = 0; offset < megabyte.length; offset += 65536) {
      crypto.getRandomValues(megabyte.subarray(offset, offset + 65536));
    }
    for (const entry of CASES) {
      const back = await roundTrip(entry, megabyte);
      expect({
        pair: entry.label,
        same: back.length === megabyte.length && back.every((byte, i) => byte === megabyte[i]),
      }).toEqual({ pair: entry.label, same: true });
    }
  }, 120_000);

  it('zip "DEF" round trips any text', async () => {
    const entry = CASES.find(
      (candidate) => candidate.alg === 'dir' && candidate.enc === 'A128GCM',
    )!;
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 2000 }), async (value) => {
        expect(text(await roundTrip(entry, utf8(value), { zip: 'DEF' }))).toBe(value);
      }),
      { numRuns: 25, seed: SEED },
    );
  });
});

/** A valid token per key-management family, made once. */
const FAMILY_SAMPLES = [
  'dir',
  'A128KW',
  'A256GCMKW',
  'RSA-OAEP-256',
  'ECDH-ES',
  'ECDH-ES+A192KW',
  'PBES2-HS256+A128KW',
];

type Mutation =
  | { kind: 'flip'; part: number; at: number; bit: number }
  | { kind: 'truncate'; part: number; by: number }
  | { kind: 'append'; part: number; byte: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'delete-char'; at: number }
  | { kind: 'insert-char'; at: number; char: string }
  | { kind: 'header-member'; name: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    part: fc.integer({ min: 0, max: 4 }),
    at: fc.nat(),
    bit: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({
    kind: fc.constant('truncate' as const),
    part: fc.integer({ min: 0, max: 4 }),
    by: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('append' as const),
    part: fc.integer({ min: 0, max: 4 }),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc
    .record({
      kind: fc.constant('swap' as const),
      a: fc.integer({ min: 0, max: 4 }),
      b: fc.integer({ min: 0, max: 4 }),
    })
    .filter((m) => m.a !== m.b),
  fc.record({ kind: fc.constant('delete-char' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert-char' as const),
    at: fc.nat(),
    char: fc.constantFrom('.', '=', '+', '/', ' ', 'A', '_', '-', '\n'),
  }),
  fc.record({
    kind: fc.constant('header-member' as const),
    name: fc.constantFrom(
      'alg',
      'enc',
      'zip',
      'epk',
      'p2c',
      'p2s',
      'iv',
      'tag',
      'crit',
      'kid',
      'apu',
    ),
    value: fc.oneof(fc.jsonValue(), fc.constantFrom('DEF', 'A128GCM', 'dir', 'RSA1_5', 1e9, 0, '')),
  }),
);

/** Applies a mutation to the decoded parts, so that every mutation changes what is decrypted. */
function mutate(token: string, change: Mutation): string | undefined {
  const segments = token.split('.');
  const parts = segments.map(bytesOf);
  switch (change.kind) {
    case 'flip': {
      const part = parts[change.part]!;
      if (part.length === 0) return undefined;
      part[change.at % part.length] = part[change.at % part.length]! ^ (1 << change.bit);
      break;
    }
    case 'truncate':
      if (parts[change.part]!.length === 0) return undefined;
      parts[change.part] = parts[change.part]!.slice(
        0,
        Math.max(0, parts[change.part]!.length - change.by),
      );
      break;
    case 'append':
      parts[change.part] = new Uint8Array([...parts[change.part]!, change.byte]);
      break;
    case 'swap':
      if (segments[change.a] === segments[change.b]) return undefined;
      [parts[change.a], parts[change.b]] = [parts[change.b]!, parts[change.a]!];
      break;
    case 'delete-char': {
      const at = change.at % token.length;
      return token.slice(0, at) + token.slice(at + 1);
    }
    case 'insert-char': {
      const at = change.at % (token.length + 1);
      return token.slice(0, at) + change.char + token.slice(at);
    }
    case 'header-member': {
      const header = JSON.parse(text(parts[0]!)) as Record<string, unknown>;
      if (JSON.stringify(header[change.name]) === JSON.stringify(change.value)) return undefined;
      header[change.name] = change.value;
      parts[0] = utf8(JSON.stringify(header));
      break;
    }
  }
  return parts.map((part) => encodeBase64url(part)).join('.');
}

describe('random mutations of valid JWEs', () => {
  for (const alg of FAMILY_SAMPLES) {
    const entry = CASES.find(
      (candidate) =>
        candidate.alg === alg &&
        (candidate.curve ?? 'P-256') === 'P-256' &&
        candidate.enc === (alg === 'dir' ? 'A256CBC-HS512' : 'A256GCM'),
    )!;
    it(`${entry.label}: never decrypt, never throw`, async () => {
      const made = await encryptJwe({
        protectedHeader: JSON.stringify({ alg: entry.alg, enc: entry.enc, kid: 'k' }),
        plaintext: utf8('{"sub":"mutation target"}'),
        key: entry.encryptionKey,
      });
      if (made.status !== 'encrypted') throw new Error(JSON.stringify(made));
      const control = await decryptJwe(parseJwe(made.token), entry.decryptionKey);
      expect(control.status).toBe('decrypted');
      await fc.assert(
        fc.asyncProperty(mutation, async (change) => {
          const mutated = mutate(made.token, change);
          fc.pre(mutated !== undefined && mutated !== made.token);
          const result = await decryptJwe(parseJwe(mutated!), entry.decryptionKey);
          expect(result.status, JSON.stringify({ change, result })).not.toBe('decrypted');
        }),
        { numRuns: 150, seed: SEED },
      );
    }, 60_000);
  }
});

it('every part name used by the mutations is a JWE part', () => {
  expect(PART_NAMES).toEqual(['header', 'encrypted-key', 'iv', 'ciphertext', 'tag']);
});
