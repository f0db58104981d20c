export {
  headerParameters,
  lookupClaim,
  lookupHeaderParameter,
  payloadClaims,
  type ClaimFamily,
  type ClaimInfo,
  type ClaimKind,
  type ClaimLocation,
  type ClaimSource,
} from './catalogue';
export {
  instantDetail,
  isNumericDateInfo,
  looksLikeMilliseconds,
  MILLISECONDS_PLAUSIBLE_FROM,
  MILLISECONDS_PLAUSIBLE_UNTIL,
  readNumericDate,
  type NumericDateInfo,
  type NumericDateProblem,
  type NumericDateReading,
  type TimeOptions,
} from './time';
export { isExpired, isInFuture, isNoLongerFresh, isNotYetValid } from './leeway';
export {
  analyseTimes,
  type PastInstantClaim,
  type TimeAnalysis,
  type TimeStatus,
} from './analyse-times';
export {
  classifyClaim,
  isNamespacedName,
  type ClaimCategory,
  type ClaimClassification,
} from './category';
export {
  issuerFamily,
  type IssuerFact,
  type IssuerFacts,
  type IssuerFamily,
  type IssuerFamilyCode,
} from './issuer-family';
export { PROVIDER_CODES, isProviderCode, type ProviderCode } from './providers';
export { lookupProviderClaim, providerClaims, providersUsing } from './provider-catalogue';
export { HEADER_VALUES, lookupHeaderValue, type HeaderValue } from './header-values';
export { explainClaim, explainClaims, type ClaimContext, type ClaimExplanation } from './explain';
export { allTextKeys, claimTextKey, GENERIC_TEXT_KEYS } from './text-keys';
export { readableDuration, spanDetail, type DurationUnit, type ReadableDuration } from './duration';
export { validityNotes, type ValidityCode, type ValidityNote } from './validity';
