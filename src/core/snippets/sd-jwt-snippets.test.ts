/**
 * The SD-JWT snippets run for real: the TypeScript one with tsx against this project's
 * @sd-jwt/core (only its import specifiers point at node_modules), the Python one with PyJWT.
 * Each accepts RFC 9901's §5.2 presentation and an SD-JWT made here, and rejects a tampered
 * disclosure, a KB-JWT for another nonce and an unreferenced disclosure.
 */
import { createPublicKey } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rfc9901 } from '../sd-jwt/__fixtures__';
import { disclosureOf } from '../sd-jwt/__tests__/make';
import {
  packageUrl,
  pythonWith,
  runAsync,
  scratchDirectory,
  writeScratch,
} from './__tests__/interpreters';
import { sdJwtVerificationSnippets } from '.';

const scratch = scratchDirectory();
afterAll(() => scratch.remove());

const KEY_FILE = join(scratch.path, 'issuer.pem');
writeFileSync(
  KEY_FILE,
  createPublicKey({ key: rfc9901.issuerKey.jwk as never, format: 'jwk' }).export({
    type: 'spki',
    format: 'pem',
  }) as string,
);

const presentation = rfc9901.examples.find((e) => e.id === 'RFC 9901 §5.2 presentation')!;
const issuance = rfc9901.examples.find((e) => e.id === 'RFC 9901 §5.1 issuance')!;
const input = {
  alg: 'ES256',
  kbAlg: 'ES256',
  aud: 'https://verifier.example.org',
  nonce: '1234567890',
};

/** The .mjs entry of a package, so that the snippet's ESM imports resolve. */
function esmUrl(name: string): string {
  return packageUrl(name)!.replace(/index\.js$/, 'index.mjs');
}

const python = pythonWith(['jwt', 'cryptography']);
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

async function runSnippet(target: 'sd-jwt-core' | 'python-sd-jwt', code: string, token: string) {
  const env = { SD_JWT_ISSUER_KEY_FILE: KEY_FILE };
  if (target === 'python-sd-jwt')
    return runAsync(python!, [writeScratch(scratch.path, 'py', code), token], { env });
  const local = code
    .replace('"@sd-jwt/core"', JSON.stringify(esmUrl('@sd-jwt/core')))
    .replace('"@sd-jwt/crypto-nodejs"', JSON.stringify(esmUrl('@sd-jwt/crypto-nodejs')));
  return runAsync(tsx, [writeScratch(scratch.path, 'mts', local), token], {
    env: { ...env, HOME: scratch.path },
  });
}

describe.each(['sd-jwt-core', 'python-sd-jwt'] as const)('%s snippet', (target) => {
  const snippet = (options = input) =>
    sdJwtVerificationSnippets(options).find((s) => s.target === target)!;

  it('accepts RFC 9901 §5.2 and prints its Processed SD-JWT Payload', async () => {
    const result = await runSnippet(target, snippet().code, presentation.sdJwt);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(presentation.processed);
  });

  it('accepts RFC 9901 §5.1 without key binding', async () => {
    const result = await runSnippet(
      target,
      snippet({ alg: 'ES256' } as typeof input).code,
      issuance.sdJwt,
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      given_name: 'John',
      nationalities: ['US', 'DE'],
    });
  });

  it('rejects a tampered disclosure, another nonce, and a disclosure nothing references', async () => {
    const token = presentation.sdJwt;
    const tilde = token.indexOf('~') + 5;
    const tampered = `${token.slice(0, tilde)}${token[tilde] === 'A' ? 'B' : 'A'}${token.slice(tilde + 1)}`;
    const stray = issuance.sdJwt + disclosureOf('["salt","extra",1]') + '~';
    const runs = await Promise.all([
      runSnippet(target, snippet().code, tampered),
      runSnippet(target, snippet({ ...input, nonce: 'other' }).code, token),
      runSnippet(target, snippet({ alg: 'ES256' } as typeof input).code, stray),
    ]);
    for (const run of runs) {
      expect(run.status).not.toBe(0);
      expect(run.stdout).toBe('');
    }
  });
});

describe('sdJwtVerificationSnippets', () => {
  it('writes no code for alg none or an alg the library lacks', () => {
    expect(sdJwtVerificationSnippets({ alg: 'none' }).map((s) => s.unsupported)).toEqual([
      'alg-none',
      'alg-none',
    ]);
    expect(sdJwtVerificationSnippets({ alg: 'HS256' }).map((s) => s.unsupported)).toEqual([
      'alg-unsupported',
      'alg-unsupported',
    ]);
    expect(sdJwtVerificationSnippets({ alg: 'Ed25519' }).map((s) => s.unsupported)).toEqual([
      undefined,
      'alg-unsupported',
    ]);
  });
});
