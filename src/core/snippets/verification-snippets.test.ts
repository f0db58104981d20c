import { describe, expect, it } from 'vitest';
import { SNIPPET_TARGETS, verificationSnippets, type Snippet, type SnippetInput } from '.';

const ISS = 'https://issuer.example';

function byTarget(input: SnippetInput): Record<string, Snippet> {
  return Object.fromEntries(verificationSnippets(input).map((s) => [s.target, s]));
}

function snippetOf(input: SnippetInput, target: string): Snippet {
  const found = verificationSnippets(input).find((s) => s.target === target);
  if (!found) throw new Error(`no ${target} snippet`);
  return found;
}

/** How each library says "only this alg". */
function pinned(snippet: Snippet, alg: string): string {
  if (snippet.target === 'flask-jwt-extended') return `app.config["JWT_ALGORITHM"] = "${alg}"`;
  return snippet.language === 'python' ? `algorithms=["${alg}"]` : `algorithms: ["${alg}"],`;
}

const ALGS = ['RS256', 'PS384', 'ES256', 'HS256', 'EdDSA', 'Ed25519', 'ML-DSA-44'] as const;
const CLAIMS: readonly Omit<SnippetInput, 'alg'>[] = [
  {},
  { iss: ISS },
  { aud: 'api' },
  { aud: ['api', 'admin'] },
  { iss: ISS, aud: ['api'], kid: 'key-1' },
  { kid: 'key-1' },
];
const CASES: readonly SnippetInput[] = ALGS.flatMap((alg) =>
  CLAIMS.map((claims) => ({ alg, ...claims })),
);

function written(input: SnippetInput): readonly Snippet[] {
  return verificationSnippets(input).filter((s) => s.unsupported === undefined);
}

describe('verificationSnippets', () => {
  it('gives the four libraries in order, Python first', () => {
    const snippets = verificationSnippets({ alg: 'RS256' });
    expect(snippets.map((s) => s.target)).toEqual([...SNIPPET_TARGETS]);
    expect(snippets.map((s) => s.language)).toEqual([
      'python',
      'python',
      'javascript',
      'javascript',
    ]);
  });

  it('marks what each library cannot verify (PyJWT docs, jsonwebtoken README, jose 6)', () => {
    const matrix = Object.fromEntries(
      ['HS256', 'RS512', 'PS256', 'ES512', 'EdDSA', 'Ed25519', 'ML-DSA-44', 'ML-DSA-87'].map(
        (alg) => [alg, verificationSnippets({ alg }).map((s) => s.unsupported ?? 'ok')],
      ),
    );
    expect(matrix).toEqual({
      HS256: ['ok', 'ok', 'ok', 'ok'],
      RS512: ['ok', 'ok', 'ok', 'ok'],
      PS256: ['ok', 'ok', 'ok', 'ok'],
      ES512: ['ok', 'ok', 'ok', 'ok'],
      EdDSA: ['ok', 'ok', 'ok', 'alg-unsupported'],
      Ed25519: ['alg-unsupported', 'alg-unsupported', 'ok', 'alg-unsupported'],
      'ML-DSA-44': ['alg-unsupported', 'alg-unsupported', 'ok', 'alg-unsupported'],
      'ML-DSA-87': ['alg-unsupported', 'alg-unsupported', 'ok', 'alg-unsupported'],
    });
  });

  it('RFC 8725 §3.1: shows no code at all for alg none', () => {
    for (const snippet of verificationSnippets({ alg: 'none', iss: ISS })) {
      expect(snippet).toMatchObject({ unsupported: 'alg-none', code: '' });
      expect(snippet.install).not.toBe('');
    }
  });

  it('an alg the debugger does not know is unsupported everywhere, with no code', () => {
    for (const alg of ['ES256K', 'HS1', 'NONE', '__proto__', 'RS256"); import os; ("']) {
      for (const snippet of verificationSnippets({ alg })) {
        expect(snippet).toMatchObject({ unsupported: 'alg-unsupported', code: '' });
      }
    }
  });

  it('RFC 8725 §3.1: the code pins the alg and never allows none', () => {
    for (const input of CASES) {
      for (const snippet of written(input)) {
        expect(snippet.code).toContain(pinned(snippet, input.alg));
        expect(snippet.code).not.toMatch(/"none"/i);
      }
    }
  });

  it('checks the issuer exactly when the token has one', () => {
    for (const input of CASES) {
      for (const snippet of written(input)) {
        const issuer = {
          pyjwt: `issuer="${ISS}",`,
          'flask-jwt-extended': `app.config["JWT_DECODE_ISSUER"] = "${ISS}"`,
          'node-jose': `issuer: "${ISS}",`,
          'node-jsonwebtoken': `issuer: "${ISS}",`,
        }[snippet.target];
        if (input.iss === undefined) expect(snippet.code).not.toMatch(/issuer|ISSUER/);
        else expect(snippet.code).toContain(issuer);
      }
    }
  });

  it('checks the audience exactly when the token has one, passing an array as an array', () => {
    for (const input of CASES) {
      for (const snippet of written(input)) {
        const value =
          input.aud === undefined
            ? undefined
            : typeof input.aud === 'string'
              ? `"${input.aud}"`
              : `[${input.aud.map((a) => `"${a}"`).join(', ')}]`;
        const audience = {
          pyjwt: `audience=${value},`,
          'flask-jwt-extended': `app.config["JWT_DECODE_AUDIENCE"] = ${value}`,
          'node-jose': `audience: ${value},`,
          'node-jsonwebtoken': `audience: ${value},`,
        }[snippet.target];
        if (value === undefined) expect(snippet.code).not.toMatch(/audience|AUDIENCE/);
        else expect(snippet.code).toContain(audience);
      }
    }
  });

  it('an empty aud array asks for no audience, which would reject every token', () => {
    for (const snippet of written({ alg: 'RS256', aud: [] })) {
      expect(snippet.code).not.toMatch(/audience|AUDIENCE/);
    }
  });

  it('never embeds a key: HS* reads JWT_SECRET, the others a file named in the environment', () => {
    for (const input of CASES) {
      for (const snippet of written(input)) {
        expect(snippet.code).not.toContain('-----BEGIN');
        // No string literal is assigned to a key, secret or config key.
        expect(snippet.code).not.toMatch(/(secret|key|KEY)\w*"?\]? = ["']/i);
        expect(snippet.code).not.toMatch(/(secret|key|KEY)\w*: ["']/i);
        if (input.alg === 'HS256') {
          expect(snippet.code).toMatch(/os\.environ\["JWT_SECRET"\]|process\.env\.JWT_SECRET/);
          expect(snippet.code).not.toContain('JWT_PUBLIC_KEY');
        } else {
          expect(snippet.code).toMatch(/JWT_PUBLIC_KEY_FILE|JWT_JWKS_FILE/);
          expect(snippet.code).not.toContain('JWT_SECRET');
        }
      }
    }
  });

  it('never embeds the token: it comes from the command line, or the request for Flask', () => {
    for (const input of CASES) {
      const snippets = byTarget(input);
      if (snippets.pyjwt?.unsupported === undefined) {
        expect(snippets.pyjwt?.code).toContain('token = sys.argv[1]');
      }
      expect(snippets['node-jose']?.code).toContain('const token = process.argv[2];');
      if (snippets['node-jsonwebtoken']?.unsupported === undefined) {
        expect(snippets['node-jsonwebtoken']?.code).toContain('const token = process.argv[2];');
      }
      if (snippets['flask-jwt-extended']?.unsupported === undefined) {
        expect(snippets['flask-jwt-extended']?.code).toContain(
          'app.config["JWT_TOKEN_LOCATION"] = ["headers"]',
        );
        expect(snippets['flask-jwt-extended']?.code).toContain('@jwt_required()');
        expect(snippets['flask-jwt-extended']?.code).toContain('get_jwt()');
      }
    }
  });

  it('with a kid, PyJWT and jose pick the key from a local JWK Set; the others keep one PEM', () => {
    const withKid = byTarget({ alg: 'ES256', kid: 'key-1' });
    expect(withKid.pyjwt?.code).toContain(
      'jwks = jwt.PyJWKSet.from_json(Path(os.environ["JWT_JWKS_FILE"]).read_text())',
    );
    expect(withKid.pyjwt?.code).toContain(
      'key = jwks[jwt.get_unverified_header(token)["kid"]].key',
    );
    expect(withKid['node-jose']?.code).toContain(
      'const jwks = createLocalJWKSet(JSON.parse(jwksJson));',
    );
    expect(withKid['node-jose']?.code).toContain('await jwtVerify(token, jwks, {');
    expect(withKid['flask-jwt-extended']?.code).toContain('JWT_PUBLIC_KEY_FILE');
    expect(withKid['node-jsonwebtoken']?.code).toContain('JWT_PUBLIC_KEY_FILE');

    const withoutKid = byTarget({ alg: 'ES256' });
    expect(withoutKid.pyjwt?.code).toContain(
      'key = Path(os.environ["JWT_PUBLIC_KEY_FILE"]).read_text()',
    );
    expect(withoutKid['node-jose']?.code).toContain(
      'const publicKey = await importSPKI(spki, "ES256");',
    );
  });

  it('with a kid on an HS* token, the secret still comes from JWT_SECRET (no JWK Set)', () => {
    for (const snippet of verificationSnippets({ alg: 'HS512', kid: 'key-1' })) {
      expect(snippet.code).toContain('JWT_SECRET');
      expect(snippet.code).not.toContain('JWKS');
    }
  });

  it('jose encodes an HS* secret as UTF-8 bytes', () => {
    expect(snippetOf({ alg: 'HS384' }, 'node-jose').code).toContain(
      'const secret = new TextEncoder().encode(process.env.JWT_SECRET);',
    );
  });

  it('RFC 8725 §3.11: jose checks an explicit typ, and not the generic JWT', () => {
    expect(snippetOf({ alg: 'ES256', typ: 'at+jwt' }, 'node-jose').code).toContain(
      '  typ: "at+jwt",\n',
    );
    for (const typ of ['JWT', 'jwt', 'application/jwt', 'JOSE']) {
      expect(snippetOf({ alg: 'ES256', typ }, 'node-jose').code).not.toContain('typ:');
    }
  });

  it('installs the crypto extras only for the algs that need them', () => {
    expect(verificationSnippets({ alg: 'HS256' }).map((s) => s.install)).toEqual([
      'pip install pyjwt',
      'pip install flask-jwt-extended',
      'npm install jose',
      'npm install jsonwebtoken',
    ]);
    expect(verificationSnippets({ alg: 'RS256' }).map((s) => s.install)).toEqual([
      'pip install "pyjwt[crypto]"',
      'pip install "flask-jwt-extended[asymmetric_crypto]"',
      'npm install jose',
      'npm install jsonwebtoken',
    ]);
  });

  it('a hostile iss, aud or kid stays inside its string literal', () => {
    const hostile = 'x"); import os; os.system("rm -rf /';
    const snippets = byTarget({ alg: 'RS256', iss: hostile, aud: [hostile, "'''"], kid: hostile });
    expect(snippets.pyjwt?.code).toContain('issuer="x\\"); import os; os.system(\\"rm -rf /",');
    expect(snippets.pyjwt?.code).toContain(
      'audience=["x\\"); import os; os.system(\\"rm -rf /", "\'\'\'"],',
    );
    expect(snippets['node-jose']?.code).toContain(
      'issuer: "x\\"); import os; os.system(\\"rm -rf /",',
    );
    // The kid is read from the token at run time, never written into the code.
    for (const snippet of Object.values(snippets)) expect(snippet.code).not.toContain(hostile);
  });

  it('ends every snippet with one newline and no trailing spaces', () => {
    for (const input of CASES) {
      for (const snippet of written(input)) {
        expect(snippet.code).toMatch(/[^\n]\n$/);
        expect(snippet.code).not.toMatch(/[ \t]$/m);
      }
    }
  });
});
