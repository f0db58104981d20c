/**
 * @sd-jwt/core (TypeScript, ESM with top-level await: save as `.mts`, run with tsx): an
 * SDJwtInstance whose verifier checks the issuer signature with the pinned alg and key, and whose
 * kbVerifier checks the KB-JWT with the holder key in `cnf.jwk`. `verify` then processes the
 * disclosures (RFC 9901 §7.1) and, given the nonce, checks the KB-JWT and its `sd_hash` (§7.3).
 * The snippet adds the one §7.1 check the library leaves out: every disclosure is referenced.
 */
import { jsString } from './literals';
import { nodeVerifyParams } from './sd-jwt-algorithms';
import type { NodeVerifyParams, SdJwtSnippetInput } from './sd-jwt-types';

function checkFunction(name: string, params: NodeVerifyParams): string[] {
  const digest = params.digest === null ? 'null' : jsString(params.digest);
  return [
    `function ${name}(key: KeyObject, data: string, signature: string): boolean {`,
    `  return verify(${digest}, Buffer.from(data), ${params.options}, Buffer.from(signature, "base64url"));`,
    '}',
  ];
}

export function sdJwtCoreCode(input: SdJwtSnippetInput): string {
  const issuer = nodeVerifyParams(input.alg)!;
  const kb = input.kbAlg === undefined ? undefined : nodeVerifyParams(input.kbAlg)!;
  const usesConstants = [issuer, kb].some((params) => params?.options.includes('constants'));
  const lines = [
    `import { ${usesConstants ? 'constants, ' : ''}createPublicKey, verify, type KeyObject } from "node:crypto";`,
    'import fs from "node:fs";',
    'import { SDJwtInstance } from "@sd-jwt/core";',
    'import { digest } from "@sd-jwt/crypto-nodejs";',
    '',
    'const token = process.argv[2]!;',
    "// The issuer's public key (PEM); the algorithm is pinned here, never read from the token.",
    'const issuerKey = createPublicKey(fs.readFileSync(process.env.SD_JWT_ISSUER_KEY_FILE!, "utf8"));',
    '',
    ...checkFunction('checkIssuer', issuer),
    ...(kb ? ['', ...checkFunction('checkHolder', kb)] : []),
    '',
    'const sdjwt = new SDJwtInstance({',
    '  hasher: digest,',
    '  verifier: async (data, signature) => checkIssuer(issuerKey, data, signature),',
    ...(kb
      ? [
          '  // RFC 9901 §4.3: the KB-JWT is signed with the holder key the issuer put in cnf.jwk.',
          '  kbVerifier: async (data, signature, payload) => {',
          '    const jwk = (payload.cnf as { jwk: JsonWebKey }).jwk;',
          '    return checkHolder(createPublicKey({ key: jwk, format: "jwk" }), data, signature);',
          '  },',
        ]
      : []),
    '});',
    '',
    `const result = await sdjwt.verify(token${kb ? `, { keyBindingNonce: ${jsString(input.nonce ?? '')} }` : ''});`,
    `if (result.header?.alg !== ${jsString(input.alg)}) throw new Error("unexpected issuer alg");`,
    ...(kb
      ? [
          `if (result.kb?.header.alg !== ${jsString(input.kbAlg!)}) throw new Error("unexpected KB-JWT alg");`,
          `if (result.kb?.payload.aud !== ${jsString(input.aud ?? '')}) throw new Error("KB-JWT for another audience");`,
        ]
      : []),
    '// @sd-jwt/core 0.19.0 accepts a disclosure nothing refers to; RFC 9901 §7.1 step 5 rejects it.',
    'const { jwt, disclosures = [] } = await sdjwt.decode(token);',
    'const embedded = JSON.stringify([jwt?.payload, ...disclosures.map((d) => d.value)]);',
    'for (const disclosure of disclosures) {',
    '  if (!embedded.includes(`"${disclosure._digest}"`)) throw new Error("a disclosure is not referenced");',
    '}',
    'console.log(JSON.stringify(result.payload));',
  ];
  return `${lines.join('\n')}\n`;
}
