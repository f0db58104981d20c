/**
 * Runs generated code in real interpreters for the snippet tests. Tests may use Node modules;
 * the snippet generator itself may not.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly env?: Readonly<Record<string, string>>;
  readonly input?: string;
}

/** A fixed environment: only what the snippet is meant to read, plus PATH to find tools. */
function environment(options: RunOptions): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', PYTHONIOENCODING: 'utf-8', ...options.env };
}

export function run(command: string, args: readonly string[], options: RunOptions = {}): RunResult {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    input: options.input,
    env: environment(options),
    timeout: 30_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** As `run`, without blocking, so that tests can run several interpreters at once. */
export function runAsync(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: environment(options), timeout: 30_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A scratch directory, removed by the returned function. */
export function scratchDirectory(): { readonly path: string; readonly remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'jwt-snippets-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

let counter = 0;

/** Writes `text` to a new file in `directory` and returns its path. */
export function writeScratch(directory: string, extension: string, text: string): string {
  counter += 1;
  const path = join(directory, `snippet-${counter}.${extension}`);
  writeFileSync(path, text, 'utf8');
  return path;
}

/** The first Python 3 on this machine that can import every module named, if any. */
export function pythonWith(modules: readonly string[]): string | undefined {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    try {
      const probe = run(candidate, ['-c', `import ${modules.join(', ')}`]);
      if (probe.status === 0) return candidate;
    } catch (error) {
      // ENOENT: no such interpreter here; try the next one.
      if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
    }
  }
  return undefined;
}

/** The file URL of an installed npm package's entry point, if the project has it. */
export function packageUrl(name: string): string | undefined {
  try {
    return pathToFileURL(createRequire(import.meta.url).resolve(name)).href;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'MODULE_NOT_FOUND') {
      return undefined;
    }
    throw error;
  }
}
