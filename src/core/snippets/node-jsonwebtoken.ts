/**
 * jsonwebtoken 9 (CommonJS, imported from ESM here): `jwt.verify(token, key, { algorithms,
 * issuer, audience })`. It takes the PEM string itself and has no JWK Set support, so a kid
 * changes nothing here.
 */
import { jsString, jsValue } from './literals';
import type { SnippetRequest, SnippetWriter } from './types';

function code(request: SnippetRequest): string {
  const keyName = request.symmetric ? 'secret' : 'publicKey';
  const lines = [
    ...(request.symmetric ? [] : ['import fs from "node:fs";']),
    'import jwt from "jsonwebtoken";',
    '',
    'const token = process.argv[2];',
    request.symmetric
      ? 'const secret = process.env.JWT_SECRET;'
      : 'const publicKey = fs.readFileSync(process.env.JWT_PUBLIC_KEY_FILE, "utf8");',
    '',
    `const payload = jwt.verify(token, ${keyName}, {`,
    `  algorithms: [${jsString(request.alg)}],`,
    ...(request.iss === undefined ? [] : [`  issuer: ${jsString(request.iss)},`]),
    ...(request.aud === undefined ? [] : [`  audience: ${jsValue(request.aud)},`]),
    '});',
    'console.log(payload);',
  ];
  return `${lines.join('\n')}\n`;
}

export const nodeJsonwebtoken: SnippetWriter = {
  target: 'node-jsonwebtoken',
  language: 'javascript',
  install: () => 'npm install jsonwebtoken',
  code,
};
