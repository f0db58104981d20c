/**
 * jose (ESM, top-level await: save as `.mjs`): `jwtVerify(token, key, { algorithms, issuer,
 * audience, typ })`. With a kid, a local JWK Set picks the key by the token's kid itself.
 */
import { jsString, jsValue } from './literals';
import type { SnippetRequest, SnippetWriter } from './types';

interface KeySetup {
  readonly imports: string;
  readonly fs: boolean;
  readonly lines: readonly string[];
  readonly name: string;
}

function keySetup(request: SnippetRequest): KeySetup {
  if (request.symmetric) {
    return {
      imports: 'jwtVerify',
      fs: false,
      lines: ['const secret = new TextEncoder().encode(process.env.JWT_SECRET);'],
      name: 'secret',
    };
  }
  // createLocalJWKSet refuses secret algs, so a kid changes nothing for HS*.
  if (request.kid !== undefined) {
    return {
      imports: 'createLocalJWKSet, jwtVerify',
      fs: true,
      lines: [
        'const jwksJson = fs.readFileSync(process.env.JWT_JWKS_FILE, "utf8");',
        'const jwks = createLocalJWKSet(JSON.parse(jwksJson));',
      ],
      name: 'jwks',
    };
  }
  return {
    imports: 'importSPKI, jwtVerify',
    fs: true,
    lines: [
      'const spki = fs.readFileSync(process.env.JWT_PUBLIC_KEY_FILE, "utf8");',
      `const publicKey = await importSPKI(spki, ${jsString(request.alg)});`,
    ],
    name: 'publicKey',
  };
}

function code(request: SnippetRequest): string {
  const key = keySetup(request);
  const lines = [
    ...(key.fs ? ['import fs from "node:fs";'] : []),
    `import { ${key.imports} } from "jose";`,
    '',
    'const token = process.argv[2];',
    ...key.lines,
    '',
    `const { payload } = await jwtVerify(token, ${key.name}, {`,
    `  algorithms: [${jsString(request.alg)}],`,
    ...(request.iss === undefined ? [] : [`  issuer: ${jsString(request.iss)},`]),
    ...(request.aud === undefined ? [] : [`  audience: ${jsValue(request.aud)},`]),
    ...(request.explicitTyp === undefined ? [] : [`  typ: ${jsString(request.explicitTyp)},`]),
    '});',
    'console.log(payload);',
  ];
  return `${lines.join('\n')}\n`;
}

export const nodeJose: SnippetWriter = {
  target: 'node-jose',
  language: 'javascript',
  install: () => 'npm install jose',
  code,
};
