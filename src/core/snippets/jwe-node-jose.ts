/**
 * jose (ESM, save as `.mjs`): `compactDecrypt(token, key, { keyManagementAlgorithms,
 * contentEncryptionAlgorithms })`, which pins both algorithms. jose 6 has no RSA1_5 and no X448,
 * and allows 10,000 PBES2 iterations unless told more (maxPBES2Count).
 */
import { jsString } from './literals';
import type { JweSnippetRequest, JweSnippetWriter } from './jwe-types';

function keyLines(request: JweSnippetRequest): { imports: string; fs: boolean; lines: string[] } {
  switch (request.keySource) {
    case 'secret':
      return {
        imports: 'compactDecrypt',
        fs: false,
        lines: ['const key = Buffer.from(process.env.JWE_KEY, "base64url");'],
      };
    case 'password':
      return {
        imports: 'compactDecrypt',
        fs: false,
        lines: ['const key = new TextEncoder().encode(process.env.JWE_PASSWORD);'],
      };
    case 'private-key':
    case 'private-jwk':
      return {
        imports: 'compactDecrypt, importPKCS8',
        fs: true,
        lines: [
          'const pkcs8 = fs.readFileSync(process.env.JWE_PRIVATE_KEY_FILE, "utf8");',
          `const key = await importPKCS8(pkcs8, ${jsString(request.alg)});`,
        ],
      };
  }
}

function code(request: JweSnippetRequest): string {
  const key = keyLines(request);
  const lines = [
    ...(key.fs ? ['import fs from "node:fs";'] : []),
    `import { ${key.imports} } from "jose";`,
    '',
    'const token = process.argv[2];',
    ...key.lines,
    '',
    'const { plaintext, protectedHeader } = await compactDecrypt(token, key, {',
    `  keyManagementAlgorithms: [${jsString(request.alg)}],`,
    `  contentEncryptionAlgorithms: [${jsString(request.enc)}],`,
    ...(request.p2c !== undefined && request.p2c > 10000
      ? [`  maxPBES2Count: ${request.p2c},`]
      : []),
    '});',
    'console.log(new TextDecoder().decode(plaintext));',
  ];
  return `${lines.join('\n')}\n`;
}

export const jweNodeJose: JweSnippetWriter = {
  target: 'node-jose',
  language: 'javascript',
  install: 'npm install jose',
  supports: (input) => input.alg !== 'RSA1_5' && input.curve !== 'X448',
  code,
};
