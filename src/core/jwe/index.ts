/**
 * The JWE engine's public API: one chunk the page loads lazily when a token has five parts or a
 * header has an `enc` (nothing on the JWS path imports this folder).
 */
export {
  contentEncryptionAlgorithm,
  ECDH_CURVES,
  JWE_ALGS,
  JWE_ENCS,
  keyManagementAlgorithm,
  type ContentEncryptionAlgorithm,
  type EcdhCurve,
  type KeyManagementAlgorithm,
} from './algorithms';
export type {
  JweCode,
  JweDecryptCode,
  JweDetail,
  JweEncryptCode,
  JweKeyCode,
  JweNestedCode,
  JweParseCode,
  JweUnsupportedCode,
} from './codes';
export { decryptJwe, type DecryptResult, type JweValues } from './decrypt';
export { encryptJwe, type EncryptInput, type EncryptResult } from './encrypt';
export {
  jweSteps,
  tokenValues,
  type JweStep,
  type JweStepId,
  type JweSteps,
  type ShownBytes,
  type TokenValues,
} from './explain';
export { generateJweKey, type GeneratedJweKey, type GenerateOptions } from './generate';
export type { JweHeaderParams } from './header';
export {
  readDecryptionKey,
  readEncryptionKey,
  type JweKey,
  type JweKeyFacts,
  type JweKeyResult,
  type KeyContext,
} from './key';
export {
  JWE_LINT_RULES,
  lintJwe,
  type JweLint,
  type JweLintInput,
  type JweLintRule,
} from './lints';
export { isCtyJwt, nestedToken, type NestedToken } from './nested';
export { blockingDiagnostic, parseJwe, type ParsedJwe } from './parse';
export { isCapabilitySupported, jweSupport, type Capability, type JweSupport } from './support';
export { INFLATE_LIMIT } from './zip';
export { P2C_CAP, P2C_DEFAULT, P2C_WARN } from './pbes2';
