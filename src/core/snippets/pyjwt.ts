/**
 * PyJWT: `jwt.decode(token, key, algorithms=[...], issuer=..., audience=...)`. The alg list is
 * written out, never read from the token (RFC 8725 §3.1; PyJWT's own docs warn the same).
 */
import { pythonString, pythonValue } from './literals';
import type { SnippetRequest, SnippetWriter } from './types';

function keyLines(request: SnippetRequest): readonly string[] {
  if (request.symmetric) return ['secret = os.environ["JWT_SECRET"]'];
  if (request.kid === undefined) {
    return ['key = Path(os.environ["JWT_PUBLIC_KEY_FILE"]).read_text()'];
  }
  // Indexing a PyJWKSet by kid needs PyJWT 2.4 or later (jpadilla/pyjwt#725).
  return [
    'jwks = jwt.PyJWKSet.from_json(Path(os.environ["JWT_JWKS_FILE"]).read_text())',
    '# The kid only picks a trusted key; the algorithm stays pinned.',
    'key = jwks[jwt.get_unverified_header(token)["kid"]].key',
  ];
}

function code(request: SnippetRequest): string {
  const keyName = request.symmetric ? 'secret' : 'key';
  const lines = [
    'import os',
    'import sys',
    ...(request.symmetric ? [] : ['from pathlib import Path']),
    '',
    'import jwt',
    '',
    'token = sys.argv[1]',
    ...keyLines(request),
    '',
    'claims = jwt.decode(',
    '    token,',
    `    ${keyName},`,
    `    algorithms=[${pythonString(request.alg)}],`,
    ...(request.iss === undefined ? [] : [`    issuer=${pythonString(request.iss)},`]),
    ...(request.aud === undefined ? [] : [`    audience=${pythonValue(request.aud)},`]),
    ')',
    'print(claims)',
  ];
  return `${lines.join('\n')}\n`;
}

export const pyjwt: SnippetWriter = {
  target: 'pyjwt',
  language: 'python',
  // The `crypto` extra brings `cryptography`, which every alg but HS* needs.
  install: (request) => (request.symmetric ? 'pip install pyjwt' : 'pip install "pyjwt[crypto]"'),
  code,
};
