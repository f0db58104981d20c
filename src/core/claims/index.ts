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
export { readableDuration, spanDetail, type DurationUnit, type ReadableDuration } from './duration';
export { validityNotes, type ValidityCode, type ValidityNote } from './validity';
