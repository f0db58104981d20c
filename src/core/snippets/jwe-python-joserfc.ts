/**
 * joserfc: `jwe.decrypt_compact(token, key, algorithms=[alg, enc])`; naming the algorithms also
 * allows the ones joserfc does not recommend by default. Keys from `joserfc.jwk`.
 */
import { pythonString } from './literals';
import type { JweSnippetRequest, JweSnippetWriter } from './jwe-types';

/** The joserfc key class for each key-management family's key. */
const KEY_CLASSES = { oct: 'OctKey', RSA: 'RSAKey', EC: 'ECKey', OKP: 'OKPKey' } as const;

function keyClass(request: JweSnippetRequest): string {
  return KEY_CLASSES[request.keyType];
}

function keyLines(request: JweSnippetRequest, cls: string): string[] {
  switch (request.keySource) {
    case 'secret':
      return [`key = ${cls}.import_key(base64.urlsafe_b64decode(os.environ["JWE_KEY"] + "=="))`];
    case 'password':
      return [`key = ${cls}.import_key(os.environ["JWE_PASSWORD"].encode("utf-8"))`];
    case 'private-key':
    case 'private-jwk':
      return [
        'with open(os.environ["JWE_PRIVATE_KEY_FILE"], "rb") as f:',
        `    key = ${cls}.import_key(f.read())`,
      ];
  }
}

function code(request: JweSnippetRequest): string {
  const cls = keyClass(request);
  const lines = [
    ...(request.keySource === 'secret' ? ['import base64'] : []),
    'import os',
    'import sys',
    '',
    'from joserfc import jwe',
    `from joserfc.jwk import ${cls}`,
    '',
    'token = sys.argv[1]',
    ...keyLines(request, cls),
    '',
    `decrypted = jwe.decrypt_compact(token, key, algorithms=[${pythonString(request.alg)}, ${pythonString(request.enc)}])`,
    'print(decrypted.plaintext.decode("utf-8"))',
  ];
  return `${lines.join('\n')}\n`;
}

export const jwePythonJoserfc: JweSnippetWriter = {
  target: 'python-joserfc',
  language: 'python',
  install: 'pip install joserfc',
  supports: () => true,
  code,
};
