/**
 * The snippets run, unchanged but for where `jose` is found, against real tokens: jose from this
 * project, PyJWT when a Python 3 here has it, jsonwebtoken when the project has it. They accept
 * the token they were made for and reject a wrong issuer, an HS/RS confusion and alg none.
 * A library missing here fails its tests: .ci/run installs PyJWT and npm ci installs the rest.
 * flask-jwt-extended runs in Flask's test client instead, in flask-run.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPKCS8, SignJWT } from 'jose';
import { afterAll, describe, it } from 'vitest';
import { jwks, key } from '../__fixtures__';
import { encodeBase64url } from '../encoding/base64url';
import {
  packageUrl,
  pythonWith,
  runAsync,
  scratchDirectory,
  writeScratch,
  type RunResult,
} from './__tests__/interpreters';
import { verificationSnippets, type SnippetInput, type SnippetTarget } from '.';

const ISS = 'https://issuer.example';
const AUD = ['api', 'reports'];
const SECRET = 'a test secret that is at least thirty-two bytes long';

interface Case {
  readonly alg: string;
  /** The fixture key that signs; none for HS*. */
  readonly key?: string;
  readonly kid?: string;
  readonly typ?: string;
  /** Also fed wrong tokens. One case per key source is enough: rejecting is the library's job. */
  readonly rejects?: true;
}

const CASES: readonly Case[] = [
  { alg: 'HS256', rejects: true },
  { alg: 'HS512', kid: 'secret-1' },
  { alg: 'RS256', key: 'rsa2048', rejects: true },
  { alg: 'PS256', key: 'rsa2048' },
  { alg: 'ES256', key: 'p256', typ: 'at+jwt' },
  { alg: 'ES512', key: 'p521' },
  { alg: 'EdDSA', key: 'ed25519' },
  { alg: 'Ed25519', key: 'ed25519' },
  // The fixture JWK Set's kids and algs (__fixtures__/README.md).
  { alg: 'RS256', key: 'rsa2048', kid: 'rsa-1' },
  { alg: 'ES256', key: 'p256', kid: 'ec-1', rejects: true },
  { alg: 'EdDSA', key: 'ed25519', kid: 'ed-1' },
  { alg: 'PS256', key: 'rsa2048b', kid: 'rsa-2' },
];

const scratch = scratchDirectory();
afterAll(() => scratch.remove());

function scratchFile(name: string, text: string): string {
  const path = join(scratch.path, name);
  writeFileSync(path, text, 'utf8');
  return path;
}

const JWKS_FILE = scratchFile('jwks.json', JSON.stringify(jwks));

/**
 * Each key's file is written once: the tests run concurrently, and rewriting a file that another
 * test's interpreter is reading can hand it an empty file (seen in CI: "secret or public key must
 * be provided").
 */
const keyFiles = new Map<string, string>();
function keyFile(name: string): string {
  let path = keyFiles.get(name);
  if (path === undefined) {
    path = scratchFile(`${name}.pem`, key(name).spki);
    keyFiles.set(name, path);
  }
  return path;
}

function environment(entry: Case): Record<string, string> {
  if (entry.key === undefined) return { JWT_SECRET: SECRET };
  return {
    JWT_PUBLIC_KEY_FILE: keyFile(entry.key),
    JWT_JWKS_FILE: JWKS_FILE,
  };
}

async function sign(
  entry: Case,
  claims: { readonly iss: string },
  signAs: { readonly alg: string; readonly secret: Uint8Array } | undefined = undefined,
): Promise<string> {
  const alg = signAs?.alg ?? entry.alg;
  const signingKey =
    signAs?.secret ??
    (entry.key === undefined
      ? new TextEncoder().encode(SECRET)
      : await importPKCS8(key(entry.key).pkcs8, alg));
  return new SignJWT({ sub: 'alice' })
    .setProtectedHeader({
      alg,
      ...(entry.kid === undefined ? {} : { kid: entry.kid }),
      ...(entry.typ === undefined ? {} : { typ: entry.typ }),
    })
    .setIssuer(claims.iss)
    .setAudience(AUD)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(signingKey);
}

function unsecured(entry: Case): string {
  const part = (value: object) => encodeBase64url(new TextEncoder().encode(JSON.stringify(value)));
  return `${part({ alg: 'none', ...(entry.kid === undefined ? {} : { kid: entry.kid }) })}.${part({ sub: 'alice', iss: ISS, aud: AUD })}.`;
}

function input(entry: Case): SnippetInput {
  return {
    alg: entry.alg,
    iss: ISS,
    aud: AUD,
    ...(entry.kid === undefined ? {} : { kid: entry.kid }),
    ...(entry.typ === undefined ? {} : { typ: entry.typ }),
  };
}

type Runner = (code: string, token: string, env: Record<string, string>) => Promise<RunResult>;

function nodeRunner(packageName: string): Runner | undefined {
  const url = packageUrl(packageName);
  if (url === undefined) return undefined;
  return (code, token, env) => {
    // The one change: a scratch file cannot find the project's node_modules by name.
    const located = code.replaceAll(`from "${packageName}"`, `from ${JSON.stringify(url)}`);
    return runAsync(process.execPath, [writeScratch(scratch.path, 'mjs', located), token], { env });
  };
}

function pythonRunner(): Runner | undefined {
  const python = pythonWith(['jwt', 'cryptography']);
  if (python === undefined) return undefined;
  return (code, token, env) =>
    runAsync(python, [writeScratch(scratch.path, 'py', code), token], { env });
}

interface Library {
  readonly target: SnippetTarget;
  readonly runner: Runner | undefined;
  /** What the library says when it rejects, so a test fails for the reason it names. */
  readonly wrongIssuer: RegExp;
  readonly algNotAllowed: RegExp;
}

const LIBRARIES: readonly Library[] = [
  {
    target: 'pyjwt',
    runner: pythonRunner(),
    wrongIssuer: /InvalidIssuerError/,
    algNotAllowed: /InvalidAlgorithmError: The specified alg value is not allowed/,
  },
  {
    target: 'node-jose',
    runner: nodeRunner('jose'),
    wrongIssuer: /JWTClaimValidationFailed: unexpected "iss" claim value/,
    algNotAllowed: /JOSEAlgNotAllowed/,
  },
  {
    target: 'node-jsonwebtoken',
    runner: nodeRunner('jsonwebtoken'),
    wrongIssuer: /jwt issuer invalid/,
    // An empty signature is refused before the alg list is looked at.
    algNotAllowed: /invalid algorithm|jwt signature is required/,
  },
];

/** A library the machine lacks fails its tests with how to install it; none is skipped. */
function missing(target: SnippetTarget): Runner {
  return () =>
    Promise.reject(
      new Error(
        `${target} is not installed: .ci/run installs it (apt-get install python3-jwt python3-cryptography; npm ci)`,
      ),
    );
}

for (const { target, runner = missing(target), wrongIssuer, algNotAllowed } of LIBRARIES) {
  // Concurrent: the time goes into starting interpreters, which can overlap.
  describe(`the ${target} snippet, run`, { concurrent: true }, () => {
    const supported = CASES.filter((entry) => {
      const snippet = verificationSnippets(input(entry)).find((s) => s.target === target);
      return snippet?.unsupported === undefined;
    });
    const rejecting = supported.filter((entry) => entry.rejects);

    it.for(supported)('verifies an $alg token (kid $kid)', async (entry, { expect }) => {
      const snippet = verificationSnippets(input(entry)).find((s) => s.target === target);
      const result = await runner(
        snippet?.code ?? '',
        await sign(entry, { iss: ISS }),
        environment(entry),
      );
      expect(result?.stderr).toBe('');
      expect(result?.status).toBe(0);
      expect(result?.stdout).toContain('alice');
      expect(result?.stdout).toContain(ISS);
    });

    it.for(rejecting)(
      'rejects an $alg token from another issuer (kid $kid)',
      async (entry, { expect }) => {
        const snippet = verificationSnippets(input(entry)).find((s) => s.target === target);
        const token = await sign(entry, { iss: 'https://attacker.example' });
        const result = await runner(snippet?.code ?? '', token, environment(entry));
        expect(result?.status).not.toBe(0);
        expect(result?.stderr).toMatch(wrongIssuer);
        expect(result?.stdout).not.toContain('alice');
      },
    );

    it.for(rejecting)(
      'rejects alg none where it expects $alg (kid $kid)',
      async (entry, { expect }) => {
        const snippet = verificationSnippets(input(entry)).find((s) => s.target === target);
        const result = await runner(snippet?.code ?? '', unsecured(entry), environment(entry));
        expect(result?.status).not.toBe(0);
        expect(result?.stderr).toMatch(algNotAllowed);
        expect(result?.stdout).not.toContain('alice');
      },
    );

    it('rejects an HS256 token MACed with the RS256 public key (RFC 8725 §2.1)', async ({
      expect,
    }) => {
      const entry = { alg: 'RS256', key: 'rsa2048' };
      const snippet = verificationSnippets(input(entry)).find((s) => s.target === target);
      const token = await sign(
        entry,
        { iss: ISS },
        { alg: 'HS256', secret: new TextEncoder().encode(key('rsa2048').spki) },
      );
      const result = await runner(snippet?.code ?? '', token, environment(entry));
      expect(result?.status).not.toBe(0);
      expect(result?.stderr).toMatch(algNotAllowed);
      expect(result?.stdout).not.toContain('alice');
    });
  });
}
