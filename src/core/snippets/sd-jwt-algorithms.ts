/**
 * Which issuer and KB-JWT algs the SD-JWT snippets verify, one entry each. The TypeScript
 * snippet checks signatures with Node's crypto.verify (RFC 7518 §3.3-§3.5, RFC 8037); the Python
 * one with PyJWT (docs/algorithms.rst). HS* (an issuer key a verifier would share), ML-DSA
 * (neither has it) and `none` (RFC 9901 §4.1 forbids it) are left out.
 */
import type { NodeVerifyParams } from './sd-jwt-types';

const ec = (bits: number): NodeVerifyParams => ({
  digest: `sha${bits}`,
  options: '{ key, dsaEncoding: "ieee-p1363" }',
});
const pss = (bits: number): NodeVerifyParams => ({
  digest: `sha${bits}`,
  options: `{ key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: ${bits / 8} }`,
});
const pkcs1 = (bits: number): NodeVerifyParams => ({ digest: `sha${bits}`, options: 'key' });

const NODE: ReadonlyMap<string, NodeVerifyParams> = new Map([
  ['RS256', pkcs1(256)],
  ['RS384', pkcs1(384)],
  ['RS512', pkcs1(512)],
  ['PS256', pss(256)],
  ['PS384', pss(384)],
  ['PS512', pss(512)],
  ['ES256', ec(256)],
  ['ES384', ec(384)],
  ['ES512', ec(512)],
  ['EdDSA', { digest: null, options: 'key' }],
  ['Ed25519', { digest: null, options: 'key' }],
]);

/** PyJWT 2.x has the RFC 7518 names and EdDSA, not the RFC 9864 name `Ed25519`. */
const PYJWT: ReadonlySet<string> = new Set([...NODE.keys()].filter((alg) => alg !== 'Ed25519'));

export function nodeVerifyParams(alg: string): NodeVerifyParams | undefined {
  return NODE.get(alg);
}

export function pyjwtVerifies(alg: string): boolean {
  return PYJWT.has(alg);
}
