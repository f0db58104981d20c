import { isSymmetric, jwsAlgorithm } from '../algorithms';
import { flaskJwtExtended } from './flask-jwt-extended';
import { libraryVerifies } from './library-support';
import { nodeJose } from './node-jose';
import { nodeJsonwebtoken } from './node-jsonwebtoken';
import { pyjwt } from './pyjwt';
import type { Snippet, SnippetInput, SnippetRequest, SnippetWriter } from './types';

/** In the order of SNIPPET_TARGETS, which is the order the page shows. */
const WRITERS: readonly SnippetWriter[] = [pyjwt, flaskJwtExtended, nodeJose, nodeJsonwebtoken];

/** `typ` values that say only "a JWT" or "a JWS" (RFC 7519 §5.1, RFC 7515 §4.1.9). */
const GENERIC_TYPES: ReadonlySet<string> = new Set(['jwt', 'jose']);

function isGenericType(typ: string): boolean {
  // Compared as jose does: case-insensitive, `application/` optional (RFC 7515 §4.1.9).
  return GENERIC_TYPES.has(typ.toLowerCase().replace(/^application\//, ''));
}

function snippetRequest(input: SnippetInput): SnippetRequest {
  const entry = jwsAlgorithm(input.alg);
  // An empty `aud` array names no audience: asking for one would reject every token.
  const aud = typeof input.aud !== 'string' && input.aud?.length === 0 ? undefined : input.aud;
  return {
    alg: input.alg,
    symmetric: entry !== undefined && isSymmetric(entry),
    ...(input.iss === undefined ? {} : { iss: input.iss }),
    ...(aud === undefined ? {} : { aud }),
    ...(input.kid === undefined ? {} : { kid: input.kid }),
    ...(input.typ === undefined || isGenericType(input.typ) ? {} : { explicitTyp: input.typ }),
    refresh: input.tokenType === 'refresh',
  };
}

function snippet(writer: SnippetWriter, request: SnippetRequest): Snippet {
  const base = {
    target: writer.target,
    language: writer.language,
    install: writer.install(request),
  };
  // RFC 8725 §3.1: never show code that accepts an Unsecured JWS.
  if (request.alg === 'none') return { ...base, code: '', unsupported: 'alg-none' };
  if (!libraryVerifies(writer.target, request.alg)) {
    return { ...base, code: '', unsupported: 'alg-unsupported' };
  }
  return { ...base, code: writer.code(request) };
}

/**
 * Code that verifies a token like this one in PyJWT, flask-jwt-extended, jose and jsonwebtoken,
 * in that order. The code pins the token's alg and checks its `iss` and `aud` when it has them;
 * the key and the token are read at run time (environment, file, command line), never embedded.
 * An alg the debugger does not know is `alg-unsupported` everywhere.
 */
export function verificationSnippets(input: SnippetInput): readonly Snippet[] {
  const request = snippetRequest(input);
  return WRITERS.map((writer) => snippet(writer, request));
}
