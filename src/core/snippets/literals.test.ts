import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { run, scratchDirectory, writeScratch } from './__tests__/interpreters';
import { jsString, jsValue, pythonString, pythonValue } from './literals';

const INJECTION = 'x"); import os; os.system("rm -rf /';

/** Values a hostile token could carry in `iss`, `aud` or `kid`. */
const TRICKY: readonly string[] = [
  '',
  INJECTION,
  "x'); require('child_process').execSync('rm -rf /'); ('",
  '"""',
  "'''",
  '"""; import os; """',
  '\\',
  '\\"',
  '\\u0041',
  '\\x41',
  'line\nbreak',
  'cr\rlf\r\n',
  'tab\tend',
  'nul\0byte',
  'del\x7f c1\x85 nbsp\u00a0',
  'ls\u2028ps\u2029',
  // Trojan Source: a right-to-left override and an isolate inside a literal.
  'admin\u202e // \u2066evil\u2069',
  'zero\u200bwidth\ufeff',
  'émoji 😀 日本語',
  'tag \u{e0041}\u{e007f}',
  'lone \ud800 high',
  'lone \udfff low',
  'private \ue000',
  '${process.exit(1)}',
  '{sys.exit(1)}',
  '</script><script>alert(1)</script>',
];

/** Every code point and every lone surrogate: what a JSON string can hold. */
const anyUnit = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.integer({ min: 0, max: 0x10ffff }).map((codePoint) => String.fromCodePoint(codePoint)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
);
const SAMPLES = fc.sample(fc.string({ unit: anyUnit, maxLength: 8 }), { numRuns: 400, seed: 7 });
const VALUES = [...TRICKY, ...SAMPLES];

/** A character a reader could not see, or that moves the text around it. */
const HIDDEN = /(?! )[\p{C}\p{Z}]/u;

const scratch = scratchDirectory();
afterAll(() => scratch.remove());

describe('jsString', () => {
  it('gives a JSON string literal that parses back to the value', () => {
    for (const value of VALUES) expect(JSON.parse(jsString(value))).toBe(value);
  });

  it('gives a literal Node reads back as the value, in an ES module', () => {
    const program = `console.log(JSON.stringify([\n${VALUES.map(jsString).join(',\n')}\n]));\n`;
    const result = run(process.execPath, [writeScratch(scratch.path, 'mjs', program)]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(VALUES);
  });

  it('escapes every invisible or reordering character (CVE-2021-42574)', () => {
    for (const value of VALUES) expect(jsString(value)).not.toMatch(HIDDEN);
    expect(jsString('a\u202eb')).toBe('"a\\u202eb"');
    expect(jsString('\u2028')).toBe('"\\u2028"');
    expect(jsString('\u{e0041}')).toBe('"\\udb40\\udc41"');
  });

  it('keeps visible text as it is', () => {
    expect(jsString('émoji 😀 日本語')).toBe('"émoji 😀 日本語"');
    expect(jsString(INJECTION)).toBe('"x\\"); import os; os.system(\\"rm -rf /"');
  });

  it('writes an array of audiences as an array literal', () => {
    expect(jsValue(['a', 'b"'])).toBe('["a", "b\\""]');
    expect(jsValue('a')).toBe('"a"');
  });
});

describe('pythonString', () => {
  it('gives a literal Python 3 reads back as the value, in a source file', () => {
    const program = [
      'import json',
      'values = [',
      ...VALUES.map((value) => `    ${pythonString(value)},`),
      ']',
      'print(json.dumps(values))',
      '',
    ].join('\n');
    const result = run('python3', [writeScratch(scratch.path, 'py', program)]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(VALUES);
  });

  it('gives a literal that is a whole expression on its own (ast.literal_eval)', () => {
    const literals = TRICKY.map(pythonString);
    const result = run(
      'python3',
      [
        '-c',
        'import ast, json, sys; print(json.dumps([ast.literal_eval(s) for s in json.load(sys.stdin)]))',
      ],
      { input: JSON.stringify(literals) },
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(TRICKY);
  });

  it('escapes every invisible or reordering character (CVE-2021-42574)', () => {
    for (const value of VALUES) expect(pythonString(value)).not.toMatch(HIDDEN);
    expect(pythonString('a\u202eb')).toBe('"a\\u202eb"');
    expect(pythonString('\0\x7f\u00a0')).toBe('"\\x00\\x7f\\xa0"');
  });

  it('escapes by code point, since Python reads two \\u escapes as two lone surrogates', () => {
    expect(pythonString('\u{e0041}')).toBe('"\\U000e0041"');
    expect(pythonString('\ud800')).toBe('"\\ud800"');
  });

  it('cannot be closed early by quotes, triple quotes or backslashes', () => {
    expect(pythonString(INJECTION)).toBe('"x\\"); import os; os.system(\\"rm -rf /"');
    expect(pythonString('"""')).toBe('"\\"\\"\\""');
    expect(pythonString("'''")).toBe("\"'''\"");
    expect(pythonString('\\')).toBe('"\\\\"');
    expect(pythonString('a\nb')).toBe('"a\\nb"');
  });

  it('keeps visible text as it is', () => {
    expect(pythonString('émoji 😀 日本語')).toBe('"émoji 😀 日本語"');
  });

  it('writes an array of audiences as a list literal', () => {
    expect(pythonValue(['a', 'b"'])).toBe('["a", "b\\""]');
    expect(pythonValue('a')).toBe('"a"');
  });
});
