/**
 * jwcrypto: `JWE(algs=[alg, enc])` allows only the token's algorithms (its default list leaves
 * RSA1_5 out), then `deserialize(token, key=key)`. Its PEM reader knows no X25519/X448 key, so
 * those read a JWK file.
 */
import { pythonString } from './literals';
import type { JweSnippetRequest, JweSnippetWriter } from './jwe-types';

function keyLines(request: JweSnippetRequest): string[] {
  switch (request.keySource) {
    case 'secret':
      return ['key = jwk.JWK(kty="oct", k=os.environ["JWE_KEY"])'];
    case 'password':
      return ['key = jwk.JWK.from_password(os.environ["JWE_PASSWORD"])'];
    case 'private-key':
      return [
        'with open(os.environ["JWE_PRIVATE_KEY_FILE"], "rb") as f:',
        '    key = jwk.JWK.from_pem(f.read())',
      ];
    case 'private-jwk':
      return [
        'with open(os.environ["JWE_PRIVATE_JWK_FILE"], encoding="utf-8") as f:',
        '    key = jwk.JWK.from_json(f.read())',
      ];
  }
}

function code(request: JweSnippetRequest): string {
  const lines = [
    'import os',
    'import sys',
    '',
    'from jwcrypto import jwe, jwk',
    '',
    'token = sys.argv[1]',
    ...keyLines(request),
    '',
    `decrypted = jwe.JWE(algs=[${pythonString(request.alg)}, ${pythonString(request.enc)}])`,
    'decrypted.deserialize(token, key=key)',
    'print(decrypted.payload.decode("utf-8"))',
  ];
  return `${lines.join('\n')}\n`;
}

export const jwePythonJwcrypto: JweSnippetWriter = {
  target: 'python-jwcrypto',
  language: 'python',
  install: 'pip install jwcrypto',
  supports: () => true,
  code,
};
