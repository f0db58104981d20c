import * as prettier from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { JWS_ALGORITHMS } from '../algorithms';
import { run, scratchDirectory, writeScratch } from './__tests__/interpreters';
import { verificationSnippets, type Snippet, type SnippetInput } from '.';

const HOSTILE = 'x"); import os; os.system("rm -rf /\'\'\'"""\n\u2028\u202e\\';

const PLAIN_CLAIMS: readonly Omit<SnippetInput, 'alg'>[] = [
  {},
  { iss: 'https://issuer.example' },
  { aud: 'api' },
  { iss: 'https://issuer.example', aud: ['api', 'admin'], kid: 'key-1', typ: 'at+jwt' },
  { kid: 'key-1' },
];
const HOSTILE_CLAIMS: readonly Omit<SnippetInput, 'alg'>[] = [
  { iss: HOSTILE, aud: HOSTILE, kid: HOSTILE, typ: HOSTILE },
  { iss: HOSTILE, aud: [HOSTILE, '', "'''"], kid: HOSTILE },
];

function snippets(claims: readonly Omit<SnippetInput, 'alg'>[]): readonly Snippet[] {
  const all = JWS_ALGORITHMS.flatMap((alg) =>
    claims.flatMap((claim) => verificationSnippets({ alg, ...claim })),
  );
  const written = all.filter((s) => s.unsupported === undefined);
  // Many inputs give the same code; check each text once.
  return [...new Map(written.map((s) => [s.code, s])).values()];
}

const PLAIN = snippets(PLAIN_CLAIMS);
const EVERY = [...PLAIN, ...snippets(HOSTILE_CLAIMS)];

const scratch = scratchDirectory();
afterAll(() => scratch.remove());

describe('every generated snippet parses', () => {
  it('JavaScript: V8 compiles each as an ES module (what node --check does), in one process', () => {
    const javascript = EVERY.filter((s) => s.language === 'javascript');
    expect(javascript.length).toBeGreaterThan(20);
    const files = javascript.map((s) => writeScratch(scratch.path, 'mjs', s.code));
    // SourceTextModule parses and compiles without linking or running the module.
    const checker = [
      'import fs from "node:fs";',
      'import vm from "node:vm";',
      'for (const file of process.argv.slice(2)) {',
      '  try {',
      '    new vm.SourceTextModule(fs.readFileSync(file, "utf8"), { identifier: file });',
      '  } catch (error) {',
      '    console.error(`${file}: ${error}\\n${fs.readFileSync(file, "utf8")}`);',
      '    process.exitCode = 1;',
      '  }',
      '}',
    ].join('\n');
    const result = run(process.execPath, [
      '--experimental-vm-modules',
      '--no-warnings',
      writeScratch(scratch.path, 'mjs', checker),
      ...files,
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('JavaScript: node --check accepts one of them, and rejects a broken one', () => {
    const [snippet] = EVERY.filter((s) => s.language === 'javascript');
    const good = run(process.execPath, [
      '--check',
      writeScratch(scratch.path, 'mjs', snippet?.code ?? ''),
    ]);
    expect(good.status).toBe(0);
    const broken = run(process.execPath, [
      '--check',
      writeScratch(scratch.path, 'mjs', 'const x = "a\n'),
    ]);
    expect(broken.status).not.toBe(0);
  });

  it('Python: python3 -m py_compile', () => {
    const python = EVERY.filter((s) => s.language === 'python');
    expect(python.length).toBeGreaterThan(20);
    const files = python.map((s) => writeScratch(scratch.path, 'py', s.code));
    const result = run('python3', ['-m', 'py_compile', ...files]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('generated JavaScript is already formatted', () => {
  it('Prettier, with its defaults, leaves it unchanged', async () => {
    for (const snippet of PLAIN.filter((s) => s.language === 'javascript')) {
      expect(await prettier.format(snippet.code, { parser: 'babel' })).toBe(snippet.code);
    }
  });
});
