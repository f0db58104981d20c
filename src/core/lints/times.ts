/**
 * Time-claim lints (RFC 7519 §4.1.4-§4.1.6, NumericDate §2), on the claims module's readings.
 * A value that looks like milliseconds gets only `numericdate-milliseconds`: judged as seconds
 * it would also seem to live for millennia or be issued in the far future, which says nothing
 * more.
 */
import {
  analyseTimes,
  isInFuture,
  isNotYetValid,
  isNumericDateInfo,
  instantDetail,
  spanDetail,
  type NumericDateReading,
} from '../claims';
import { detailValue } from './detail-value';
import type { Check, Finding } from './types';
import { isJsonObject } from '../json/is-object';

const DAY = 86_400;
/** Longer than this from issue (or from now) to `exp` is a long-lived bearer credential. */
export const LONG_LIFETIME_SECONDS = 30 * DAY;
/** Clock skew allowed before `iat` counts as in the future. */
export const IAT_FUTURE_TOLERANCE_SECONDS = 60;

/** The value in seconds when it reads as a NumericDate that does not look like milliseconds. */
function seconds(reading: NumericDateReading | undefined): number | undefined {
  if (reading === undefined || !isNumericDateInfo(reading) || reading.looksLikeMilliseconds) {
    return undefined;
  }
  return reading.seconds;
}

function lifetimeFinding(
  exp: number | undefined,
  start: { readonly seconds: number; readonly from: 'iat' | 'nbf' | 'now' } | undefined,
): Finding[] {
  if (exp === undefined || start === undefined) return [];
  const lifetime = exp - start.seconds;
  if (!(lifetime > LONG_LIFETIME_SECONDS)) return [];
  return [
    {
      rule: 'long-lifetime',
      detail: {
        seconds: lifetime,
        days: Math.round((lifetime / DAY) * 10) / 10,
        from: start.from,
      },
    },
  ];
}

/**
 * RFC 7519 §2: exp, nbf and iat are JSON numbers. A string is read differently by each library
 * (jose rejects it; PyJWT 2.6 reads digits in exp and nbf as a number and fails on iat), so a
 * token may be valid for one service and not for another.
 */
const STRICT_TIME_CLAIMS = ['exp', 'nbf', 'iat'] as const;

function stringTimeClaims(payload: Readonly<Record<string, unknown>>): Finding[] {
  const findings: Finding[] = [];
  for (const claim of STRICT_TIME_CLAIMS) {
    const value = payload[claim];
    if (!Object.hasOwn(payload, claim) || typeof value !== 'string') continue;
    const { value: text, truncated } = detailValue(value);
    findings.push({
      rule: 'time-claim-string',
      detail: { claim, value: text, truncated, digits: /^-?\d+(?:\.\d+)?$/.test(value) },
    });
  }
  return findings;
}

/** Throws `JwtDebuggerError` (`TIME_OPTIONS_INVALID`) only when `now` is not a finite number. */
export const checkTimes: Check = ({ parsed, now }) => {
  const payload = parsed.payload?.json;
  if (!isJsonObject(payload)) return [];
  const { claims } = analyseTimes(payload, { now });
  const findings: Finding[] = [];

  if (!Object.hasOwn(payload, 'exp')) findings.push({ rule: 'no-exp' });
  findings.push(...stringTimeClaims(payload));

  const exp = seconds(claims.exp);
  const iat = seconds(claims.iat);
  const nbf = seconds(claims.nbf);
  // Counted from iat, else nbf, else (a token with neither) from now. An iat or nbf that is
  // present but unreadable or in milliseconds gives no start, unless the other one does.
  const start =
    iat !== undefined
      ? { seconds: iat, from: 'iat' as const }
      : nbf !== undefined
        ? { seconds: nbf, from: 'nbf' as const }
        : claims.iat === undefined && claims.nbf === undefined
          ? { seconds: now, from: 'now' as const }
          : undefined;
  findings.push(...lifetimeFinding(exp, start));

  for (const [claim, reading] of Object.entries(claims)) {
    if (!isNumericDateInfo(reading) || !reading.looksLikeMilliseconds) continue;
    findings.push({
      rule: 'numericdate-milliseconds',
      detail: { claim, value: reading.seconds, isoIfMilliseconds: reading.isoIfMilliseconds ?? '' },
    });
  }

  if (exp !== undefined && iat !== undefined && exp <= iat) {
    // Expired the moment it was issued (RFC 7519 §4.1.4): a clock or unit mistake at the issuer.
    findings.push({ rule: 'exp-before-iat', detail: { exp, iat, ...spanDetail(iat - exp) } });
  }
  if (iat !== undefined && isInFuture(iat, now, IAT_FUTURE_TOLERANCE_SECONDS)) {
    findings.push({
      rule: 'iat-in-future',
      detail: { ...spanDetail(iat - now), ...instantDetail(claims.iat) },
    });
  }
  if (nbf !== undefined && isNotYetValid(nbf, now, 0)) {
    findings.push({
      rule: 'nbf-in-future',
      detail: { ...spanDetail(nbf - now), ...instantDetail(claims.nbf) },
    });
  }
  return findings;
};
