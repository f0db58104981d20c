/**
 * The flask-jwt-extended snippet, run for real: its app is imported by Debian's Python (where
 * flask_jwt_extended 4.4 is installed) and called through Flask's test client with tokens jose
 * signs in flask-jwt-extended's claim layout (`type`, `fresh`, `jti`, `nbf`). The library decides,
 * not our code: an access token passes `@jwt_required()`, a refresh token only
 * `@jwt_required(refresh=True)`, and each is answered 422 by the other.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importPKCS8, SignJWT } from 'jose';
import { afterAll, describe, it } from 'vitest';
import { key } from '../__fixtures__';
import { pythonWith, runAsync, scratchDirectory, writeScratch } from './__tests__/interpreters';
import { verificationSnippets } from '.';

const ISS = 'https://issuer.example';
const AUD = 'api';
const SECRET = 'a test secret that is at least thirty-two bytes long';
const CLIENT = fileURLToPath(new URL('./__tests__/flask_client.py', import.meta.url));
const python = pythonWith(['flask_jwt_extended', 'cryptography']);

const scratch = scratchDirectory();
afterAll(() => scratch.remove());
const PUBLIC_KEY_FILE = join(scratch.path, 'rsa2048.pem');
writeFileSync(PUBLIC_KEY_FILE, key('rsa2048').spki, 'utf8');

type TokenType = 'access' | 'refresh';

/** Each case starts Python and imports Flask: seconds, not milliseconds, on a busy machine. */
const SLOW = 30_000;

async function flaskToken(alg: 'HS256' | 'RS256', type: TokenType, iss = ISS): Promise<string> {
  const signingKey =
    alg === 'HS256'
      ? new TextEncoder().encode(SECRET)
      : await importPKCS8(key('rsa2048').pkcs8, alg);
  // As flask_jwt_extended 4 writes them (tokens.py `_encode_jwt`).
  return new SignJWT({ fresh: false, type, csrf: randomUUID() })
    .setProtectedHeader({ alg, typ: 'JWT' })
    .setSubject('alice')
    .setJti(randomUUID())
    .setIssuer(iss)
    .setAudience(AUD)
    .setIssuedAt()
    .setNotBefore('0s')
    .setExpirationTime('10m')
    .sign(signingKey);
}

async function run(alg: 'HS256' | 'RS256', snippetFor: TokenType, token: string) {
  if (python === undefined) {
    throw new Error(
      'flask_jwt_extended is not installed: apt-get install python3-flask-jwt-extended',
    );
  }
  const snippet = verificationSnippets({ alg, iss: ISS, aud: AUD, tokenType: snippetFor }).find(
    (s) => s.target === 'flask-jwt-extended',
  )!;
  const env: Record<string, string> =
    alg === 'HS256' ? { JWT_SECRET: SECRET } : { JWT_PUBLIC_KEY_FILE: PUBLIC_KEY_FILE };
  const file = writeScratch(scratch.path, 'py', snippet.code);
  return { snippet, result: await runAsync(python, [CLIENT, file, token], { env }) };
}

describe(
  'the flask-jwt-extended snippet, against a Flask test client',
  { concurrent: true },
  () => {
    for (const alg of ['HS256', 'RS256'] as const) {
      for (const type of ['access', 'refresh'] as const) {
        it(
          `${alg}: the snippet for ${type === 'access' ? 'an access' : 'a refresh'} token accepts it`,
          async ({ expect }) => {
            const { snippet, result } = await run(alg, type, await flaskToken(alg, type));
            expect(snippet.code).toContain(
              type === 'refresh' ? '@jwt_required(refresh=True)' : '@jwt_required()\n',
            );
            expect(result.stderr).toBe('');
            expect(result.status).toBe(0);
            expect(JSON.parse(result.stdout)).toMatchObject({ sub: 'alice', type, iss: ISS });
          },
          SLOW,
        );
      }

      it(
        `${alg}: each decorator answers the other kind of token 422`,
        async ({ expect }) => {
          const accessForRefresh = await run(alg, 'access', await flaskToken(alg, 'refresh'));
          expect(accessForRefresh.result.status).toBe(1);
          expect(accessForRefresh.result.stderr).toMatch(
            /422 .*Only non-refresh tokens are allowed/,
          );
          const refreshForAccess = await run(alg, 'refresh', await flaskToken(alg, 'access'));
          expect(refreshForAccess.result.status).toBe(1);
          expect(refreshForAccess.result.stderr).toMatch(/422 .*Only refresh tokens are allowed/);
        },
        SLOW,
      );
    }

    it(
      'rejects a token from another issuer',
      async ({ expect }) => {
        const { result } = await run(
          'HS256',
          'access',
          await flaskToken('HS256', 'access', 'https://attacker.example'),
        );
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(/422 .*Invalid issuer/);
      },
      SLOW,
    );
  },
);
