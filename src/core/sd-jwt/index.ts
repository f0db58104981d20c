/**
 * SD-JWT (RFC 9901): the engine's public operations. Nothing on the compact-JWS path imports
 * this folder, so the page can load it as its own chunk.
 */
export { finding, mustReject, type SdJwtCode, type SdJwtFinding } from './codes';
export { DEFAULT_SD_ALG, SD_HASH_ALGORITHMS, digestOf, sdAlgOf, type SdHashName } from './digest';
export type { Disclosure } from './disclosure';
export {
  disclosureStepsOf,
  makeDisclosureSteps,
  sdHashSteps,
  type DisclosureSteps,
  type SdHashSteps,
} from './explain';
export {
  SD_JWT_VC_NOT_DISCLOSABLE,
  isSdJwtVc,
  issueSdJwt,
  type DecoySpec,
  type IssueInput,
  type IssueResult,
  type IssuedDisclosure,
} from './issue';
export {
  compactOfJwsJson,
  parseSdJwtFromJwsJson,
  sdJwtToFlattenedJson,
  type FlattenedSdJwt,
} from './json';
export {
  verifyKeyBinding,
  type KbCheck,
  type KbFacts,
  type KeyBindingOptions,
  type KeyBindingVerdict,
} from './key-binding';
export { parseSdJwt, type KbJwtPart, type ParsedSdJwt } from './parse';
export {
  addKeyBinding,
  closureOfDropped,
  dropDisclosures,
  sdHashMatches,
  type KeyBindingInput,
  type Presentation,
} from './present';
export {
  processSdJwt,
  type ClaimOrigin,
  type DecoyDigest,
  type DisclosureReport,
  type ProcessedSdJwt,
} from './process';
