/** dir, A*KW and A*GCMKW keys: an `oct` JWK (or JWK Set) or the key octets as base64url. */
import { decodeBase64url } from '../encoding/base64url';
import { jwkAllows, type KeyContext, type KeyRole } from './key-jwk';
import {
  fail,
  isFailure,
  jwksFacts,
  kidOf,
  readMaterial,
  type JweKeyFacts,
  type JweKeyResult,
} from './key-material';

/** The key size the alg needs, in bits: the enc's CEK for dir, the wrap size otherwise. */
function symmetricBits(context: KeyContext): number | undefined {
  return context.alg.family === 'dir'
    ? context.enc
      ? context.enc.cekBytes * 8
      : undefined
    : context.alg.kwBits;
}

export function readSymmetric(text: string, context: KeyContext, role: KeyRole): JweKeyResult {
  let bytes: Uint8Array;
  let facts: JweKeyFacts;
  if (text.startsWith('{') || text.includes('-----BEGIN ')) {
    const chosen = readMaterial(text, context, role);
    if (isFailure(chosen)) return chosen;
    const { material } = chosen;
    if (material.format !== 'jwk' || material.kind !== 'secret') {
      return fail('JWE_KEY_WRONG_TYPE', {
        expected: 'oct',
        found: material.shape.kty ?? material.shape.curve ?? 'unknown',
      });
    }
    const problem = jwkAllows(material.jwk, context, role);
    if (problem) return fail(problem.code, problem.detail);
    const k = typeof material.jwk.k === 'string' ? decodeBase64url(material.jwk.k) : undefined;
    if (!k?.ok) return fail('JWE_KEY_NOT_BASE64URL', { member: 'k' });
    bytes = k.bytes;
    facts = {
      format: chosen.jwksIndex === undefined ? 'jwk' : 'jwks',
      kind: 'secret',
      kty: 'oct',
      ...kidOf(material.jwk),
      ...jwksFacts(chosen),
    };
  } else {
    // Padding is harmless here: people copy base64url with `=` from many tools.
    const decoded = decodeBase64url(text.replace(/=+$/, ''));
    if (!decoded.ok) {
      const { problem } = decoded;
      return fail('JWE_KEY_NOT_BASE64URL', {
        problem: problem.code,
        offset: problem.offset,
        ...('char' in problem ? { char: problem.char } : {}),
      });
    }
    bytes = decoded.bytes;
    facts = { format: 'base64url', kind: 'secret', kty: 'oct' };
  }
  if (bytes.length === 0) return fail('JWE_KEY_EMPTY');
  const expected = symmetricBits(context);
  if (expected !== undefined && bytes.length * 8 !== expected) {
    return fail('JWE_KEY_WRONG_SIZE', { expected, found: bytes.length * 8, alg: context.alg.alg });
  }
  return { ok: true, key: { kind: 'oct', bytes, facts: { ...facts, bits: bytes.length * 8 } } };
}
