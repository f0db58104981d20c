import { sdJwtCoreCode } from './sd-jwt-core';
import { nodeVerifyParams, pyjwtVerifies } from './sd-jwt-algorithms';
import { pythonSdJwtCode } from './sd-jwt-python';
import type { SdJwtSnippet, SdJwtSnippetInput } from './sd-jwt-types';

function unsupported(
  input: SdJwtSnippetInput,
  verifies: (alg: string) => boolean,
): SdJwtSnippet['unsupported'] {
  // RFC 9901 §4.1 and §4.3: neither JWT may use `none`.
  if (input.alg === 'none' || input.kbAlg === 'none') return 'alg-none';
  if (!verifies(input.alg) || (input.kbAlg !== undefined && !verifies(input.kbAlg)))
    return 'alg-unsupported';
  return undefined;
}

/**
 * Code that verifies an SD-JWT like this one with @sd-jwt/core (TypeScript) and in Python
 * (PyJWT), in that order: issuer signature with the pinned alg and a key from a file
 * (`SD_JWT_ISSUER_KEY_FILE`, PEM), disclosures processed, and, when the token has a KB-JWT,
 * key binding with its `aud` and `nonce`. The token comes from the command line.
 */
export function sdJwtVerificationSnippets(input: SdJwtSnippetInput): readonly SdJwtSnippet[] {
  const core = unsupported(input, (alg) => nodeVerifyParams(alg) !== undefined);
  const python = unsupported(input, pyjwtVerifies);
  return [
    {
      target: 'sd-jwt-core',
      language: 'typescript',
      install: 'npm install @sd-jwt/core @sd-jwt/crypto-nodejs && npm install -D tsx @types/node',
      code: core ? '' : sdJwtCoreCode(input),
      ...(core ? { unsupported: core } : {}),
    },
    {
      target: 'python-sd-jwt',
      language: 'python',
      install: 'pip install "pyjwt[crypto]"',
      code: python ? '' : pythonSdJwtCode(input),
      ...(python ? { unsupported: python } : {}),
    },
  ];
}
