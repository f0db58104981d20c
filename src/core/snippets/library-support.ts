/**
 * Which library verifies which alg, one entry per alg of algorithms.ts. Checked against:
 * - PyJWT: docs/algorithms.rst (HS*, RS*, PS*, ES256/384/512, ES256K, EdDSA). The RFC 9864
 *   name `Ed25519` is not registered (jpadilla/pyjwt#1190, still open), nor is ML-DSA.
 * - flask-jwt-extended: hands `JWT_ALGORITHM` to PyJWT, so it verifies what PyJWT does.
 * - jose 6.2: its alg table, lib/jws_algorithms.js (every alg here, `Ed25519` and
 *   ML-DSA-44/65/87 included). ML-DSA also needs a runtime whose WebCrypto has it.
 * - jsonwebtoken 9.0.3: README "Algorithms supported" and verify.js (HS*, RS*, PS*, ES*, none):
 *   no EdDSA, no `Ed25519`, no ML-DSA.
 * `none` is absent on purpose: it is reported as `alg-none`, never as supported.
 */
import type { SnippetTarget } from './types';

const EVERY: readonly SnippetTarget[] = [
  'pyjwt',
  'flask-jwt-extended',
  'node-jose',
  'node-jsonwebtoken',
];
const PYJWT_AND_JOSE: readonly SnippetTarget[] = ['pyjwt', 'flask-jwt-extended', 'node-jose'];
const JOSE_ONLY: readonly SnippetTarget[] = ['node-jose'];

const VERIFIERS: ReadonlyMap<string, readonly SnippetTarget[]> = new Map([
  ['HS256', EVERY],
  ['HS384', EVERY],
  ['HS512', EVERY],
  ['RS256', EVERY],
  ['RS384', EVERY],
  ['RS512', EVERY],
  ['PS256', EVERY],
  ['PS384', EVERY],
  ['PS512', EVERY],
  ['ES256', EVERY],
  ['ES384', EVERY],
  ['ES512', EVERY],
  ['EdDSA', PYJWT_AND_JOSE],
  ['Ed25519', JOSE_ONLY],
  ['ML-DSA-44', JOSE_ONLY],
  ['ML-DSA-65', JOSE_ONLY],
  ['ML-DSA-87', JOSE_ONLY],
]);

/** Whether `target` verifies `alg`; false for `none` and for algs the debugger does not know. */
export function libraryVerifies(target: SnippetTarget, alg: string): boolean {
  return VERIFIERS.get(alg)?.includes(target) ?? false;
}
