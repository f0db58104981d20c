/**
 * Code that decrypts a JWE like this one in jose (Node), jwcrypto and joserfc (Python) and
 * jose4j (Java), in that order. Each pins the token's alg and enc; the key and the token are
 * read at run time (environment, file, command line), never embedded.
 */
import { jweJavaJose4j } from './jwe-java-jose4j';
import { jweNodeJose } from './jwe-node-jose';
import { jwePythonJoserfc } from './jwe-python-joserfc';
import { jwePythonJwcrypto } from './jwe-python-jwcrypto';
import { contentEncryptionAlgorithm, ecdhCurve, keyManagementAlgorithm } from '../jwe/algorithms';
import type { JweSnippet, JweSnippetInput, JweSnippetRequest, JweSnippetWriter } from './jwe-types';

export {
  JWE_SNIPPET_TARGETS,
  type JweSnippet,
  type JweSnippetInput,
  type JweSnippetTarget,
} from './jwe-types';

const WRITERS: readonly JweSnippetWriter[] = [
  jweNodeJose,
  jwePythonJwcrypto,
  jwePythonJoserfc,
  jweJavaJose4j,
];

/** The key source and type, from the JWE alg table (and the epk curve for ECDH-ES). */
function keyOf(
  input: JweSnippetInput,
): Pick<JweSnippetRequest, 'keySource' | 'keyType'> | undefined {
  const entry = keyManagementAlgorithm(input.alg);
  if (!entry) return undefined;
  switch (entry.keyKind) {
    case 'oct':
      return { keySource: 'secret', keyType: 'oct' };
    case 'password':
      return { keySource: 'password', keyType: 'oct' };
    case 'RSA':
      return { keySource: 'private-key', keyType: 'RSA' };
    case 'ECDH':
      return { keySource: 'private-key', keyType: ecdhCurve(input.curve)?.kty ?? 'EC' };
  }
}

function request(input: JweSnippetInput, writer: JweSnippetWriter): JweSnippetRequest | undefined {
  const key = keyOf(input);
  if (!key) return undefined;
  // jwcrypto 1.1's PEM reader has no X25519/X448: a JWK file instead.
  const keySource =
    writer.target === 'python-jwcrypto' && key.keyType === 'OKP' ? 'private-jwk' : key.keySource;
  return {
    alg: input.alg,
    enc: input.enc,
    keySource,
    keyType: key.keyType,
    ...(input.curve === undefined ? {} : { curve: input.curve }),
    ...(input.p2c === undefined ? {} : { p2c: input.p2c }),
  };
}

export function decryptionSnippets(input: JweSnippetInput): readonly JweSnippet[] {
  return WRITERS.map((writer) => {
    const base = { target: writer.target, language: writer.language, install: writer.install };
    const made = request(input, writer);
    // An enc the JWE table does not know is as unusable as an unknown alg.
    if (!made || !contentEncryptionAlgorithm(input.enc) || !writer.supports(input)) {
      return { ...base, code: '', unsupported: 'alg-unsupported' };
    }
    return { ...base, code: writer.code(made) };
  });
}
