/**
 * The JWE decryption snippets run, unchanged but for where `jose` is found, against tokens our
 * engine made: jose in Node, jwcrypto (Debian python3), joserfc (the Python 3 that has it) and
 * jose4j (Java, from the local Maven repository). Each decrypts its token and refuses one made
 * with another alg. A library missing here fails its tests.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encryptJwe } from '../jwe/encrypt';
import { jweKey, passwords, secrets } from '../jwe/__fixtures__';
import {
  packageUrl,
  pythonWith,
  runAsync,
  scratchDirectory,
  writeScratch,
  type RunResult,
} from './__tests__/interpreters';
import { decryptionSnippets, type JweSnippetInput, type JweSnippetTarget } from './jwe-snippets';

const PLAINTEXT = '{"sub":"alice","note":"déchiffré ✓"}';
const scratch = scratchDirectory();
afterAll(() => scratch.remove());

interface Case {
  readonly alg: string;
  readonly enc: string;
  /** Fixture key pair name, or a symmetric secret / password. */
  readonly pair?: string;
  readonly secret?: string;
  readonly password?: string;
  readonly p2c?: number;
}

const CASES: readonly Case[] = [
  { alg: 'dir', enc: 'A256GCM', secret: secrets.oct256! },
  { alg: 'A128KW', enc: 'A128CBC-HS256', secret: secrets.oct128! },
  { alg: 'A256GCMKW', enc: 'A256GCM', secret: secrets.oct256! },
  { alg: 'RSA-OAEP-256', enc: 'A128CBC-HS256', pair: 'rsa2048' },
  { alg: 'ECDH-ES', enc: 'A256GCM', pair: 'p384' },
  { alg: 'ECDH-ES+A128KW', enc: 'A128GCM', pair: 'x25519' },
  { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', password: passwords.strong, p2c: 20000 },
];

function writeOnce(name: string, text: string): string {
  const path = join(scratch.path, name);
  if (!existsSync(path)) writeFileSync(path, text, 'utf8');
  return path;
}

function environment(entry: Case): Record<string, string> {
  if (entry.secret) return { JWE_KEY: entry.secret };
  if (entry.password) return { JWE_PASSWORD: entry.password };
  const pair = jweKey(entry.pair!);
  return {
    JWE_PRIVATE_KEY_FILE: writeOnce(`${entry.pair}.pem`, pair.pkcs8),
    JWE_PRIVATE_JWK_FILE: writeOnce(`${entry.pair}.jwk`, JSON.stringify(pair.privateJwk)),
  };
}

async function token(entry: Case, alg = entry.alg): Promise<string> {
  const header = { alg, enc: entry.enc, ...(entry.p2c ? { p2c: entry.p2c } : {}) };
  const key = entry.secret ?? entry.password ?? jweKey(entry.pair!).spki;
  const made = await encryptJwe({
    protectedHeader: JSON.stringify(header),
    plaintext: new TextEncoder().encode(PLAINTEXT),
    key,
  });
  if (made.status !== 'encrypted') throw new Error(JSON.stringify(made));
  return made.token;
}

function input(entry: Case): JweSnippetInput {
  const curve = entry.pair ? jweKey(entry.pair).curve : undefined;
  return {
    alg: entry.alg,
    enc: entry.enc,
    ...(curve ? { curve } : {}),
    ...(entry.p2c ? { p2c: entry.p2c } : {}),
  };
}

/** Another alg of the same key kind, which the pinned snippet must refuse. */
const OTHER_ALG: Readonly<Record<string, string>> = {
  dir: 'dir',
  A128KW: 'A128GCMKW',
  A256GCMKW: 'A256KW',
  'RSA-OAEP-256': 'RSA-OAEP',
  'ECDH-ES': 'ECDH-ES+A256KW',
  'ECDH-ES+A128KW': 'ECDH-ES',
  'PBES2-HS256+A128KW': 'PBES2-HS256+A128KW',
};

type Runner = (code: string, token: string, env: Record<string, string>) => Promise<RunResult>;

function nodeRunner(): Runner {
  const url = packageUrl('jose');
  if (url === undefined) throw new Error('jose is not installed (npm ci)');
  return (code, jwe, env) =>
    runAsync(
      process.execPath,
      [
        writeScratch(
          scratch.path,
          'mjs',
          code.replaceAll('from "jose"', `from ${JSON.stringify(url)}`),
        ),
        jwe,
      ],
      { env },
    );
}

function pythonRunner(modules: readonly string[]): Runner {
  const python = pythonWith(modules);
  if (python === undefined) throw new Error(`no Python 3 here has ${modules.join(', ')}`);
  return (code, jwe, env) =>
    runAsync(python, [writeScratch(scratch.path, 'py', code), jwe], { env });
}

/** jose4j 0.9.6 and slf4j from the local Maven repository (the machine image has them). */
function javaRunner(): Runner {
  const repository = join(homedir(), '.m2', 'repository');
  const jars = [
    'org/bitbucket/b_c/jose4j/0.9.6/jose4j-0.9.6.jar',
    'org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar',
    'org/slf4j/slf4j-nop/2.0.17/slf4j-nop-2.0.17.jar',
  ].map((path) => join(repository, path));
  const missing = jars.filter((jar) => !existsSync(jar));
  if (missing.length > 0) throw new Error(`jose4j jars missing: ${missing.join(', ')}`);
  return (code, jwe, env) => {
    // The source-file launcher wants the file named after its public class: one directory each.
    const directory = mkdtempSync(join(scratch.path, 'java-'));
    const file = join(directory, 'DecryptJwe.java');
    writeFileSync(file, code, 'utf8');
    // A UTF-8 locale, as a developer's terminal has: Java 17 prints in the locale's charset.
    return runAsync('java', ['-cp', jars.join(':'), file, jwe], {
      env: { ...env, LC_ALL: 'C.UTF-8' },
    });
  };
}

const RUNNERS: Readonly<Record<JweSnippetTarget, () => Runner>> = {
  'node-jose': nodeRunner,
  'python-jwcrypto': () => pythonRunner(['jwcrypto']),
  'python-joserfc': () => pythonRunner(['joserfc']),
  'java-jose4j': javaRunner,
};

/** Java starts slowly: a smaller set there. */
const JAVA_CASES = new Set(['A128KW', 'RSA-OAEP-256', 'ECDH-ES', 'PBES2-HS256+A128KW']);

for (const target of Object.keys(RUNNERS) as JweSnippetTarget[]) {
  // Concurrent: the interpreters run as child processes, so the waits overlap.
  describe.concurrent(`${target} snippet`, () => {
    const cases =
      target === 'java-jose4j' ? CASES.filter((entry) => JAVA_CASES.has(entry.alg)) : CASES;
    for (const entry of cases) {
      it(`decrypts ${entry.alg} × ${entry.enc}${entry.pair ? ` (${jweKey(entry.pair).curve ?? 'RSA'})` : ''}, and refuses another alg`, async () => {
        const run = RUNNERS[target]();
        const snippet = decryptionSnippets(input(entry)).find(
          (candidate) => candidate.target === target,
        )!;
        expect(snippet.unsupported).toBeUndefined();
        const env = environment(entry);
        const result = await run(snippet.code, await token(entry), env);
        expect({
          status: result.status,
          stdout: result.stdout.trim(),
          stderr: result.stderr,
        }).toMatchObject({ status: 0, stdout: PLAINTEXT });
        const other = OTHER_ALG[entry.alg]!;
        if (other !== entry.alg) {
          const refused = await run(snippet.code, await token(entry, other), env);
          expect(refused.status).not.toBe(0);
        }
      }, 60_000);
    }
  });
}
