/**
 * Time analysis of a payload: reads every time claim the catalogue knows, and says where each
 * stands relative to `now`. Statuses use the value as given, even when it looks like
 * milliseconds (the reading's `looksLikeMilliseconds` lets the page say why a token seems to
 * live for millennia).
 */
import { JwtDebuggerError } from '../errors';
import { TIME_CLAIMS } from './time-claims';
import { isExpired, isInFuture, isNoLongerFresh, isNotYetValid } from './leeway';
import {
  isNumericDateInfo,
  readNumericDate,
  type NumericDateReading,
  type TimeOptions,
} from './time';
import { isJsonObject } from '../json/is-object';

/** Time claims that only say when something happened, so they should not be in the future. */
export type PastInstantClaim = 'auth_time' | 'updated_at' | 'toe';

/**
 * Durations are in seconds. `withinLeeway` is true when the claim passes only thanks to the
 * leeway (it would fail with leeway 0); the duration is then negative or zero.
 */
export type TimeStatus =
  /** RFC 7519 §4.1.4; `expiresIn` = exp - now. */
  | {
      readonly claim: 'exp';
      readonly state: 'valid';
      readonly expiresIn: number;
      readonly withinLeeway: boolean;
    }
  /** `ago` = now - exp, at least the leeway. */
  | { readonly claim: 'exp'; readonly state: 'expired'; readonly ago: number }
  /** RFC 7519 §4.1.5; `in` = nbf - now, more than the leeway. */
  | { readonly claim: 'nbf'; readonly state: 'not-yet-valid'; readonly in: number }
  /** `since` = now - nbf. */
  | {
      readonly claim: 'nbf';
      readonly state: 'valid';
      readonly since: number;
      readonly withinLeeway: boolean;
    }
  /** RFC 7519 §4.1.6; `by` = iat - now, more than the leeway. */
  | { readonly claim: 'iat'; readonly state: 'in-future'; readonly by: number }
  /** `ago` = now - iat. */
  | {
      readonly claim: 'iat';
      readonly state: 'valid';
      readonly ago: number;
      readonly withinLeeway: boolean;
    }
  | { readonly claim: PastInstantClaim; readonly state: 'in-future'; readonly by: number }
  | {
      readonly claim: PastInstantClaim;
      readonly state: 'past';
      readonly ago: number;
      readonly withinLeeway: boolean;
    }
  /** flask-jwt-extended's numeric `fresh`: fresh for `for` = fresh - now more seconds. */
  | { readonly claim: 'fresh'; readonly state: 'fresh'; readonly for: number }
  | { readonly claim: 'fresh'; readonly state: 'stale'; readonly ago: number };

export interface TimeAnalysis {
  /** Each catalogued time claim present in the payload, in catalogue order (null prototype). */
  readonly claims: Readonly<Record<string, NumericDateReading>>;
  readonly statuses: readonly TimeStatus[];
  /** exp - iat, or exp - nbf when iat is absent or unreadable. */
  readonly lifetime?: number;
  /** Which claim `lifetime` counts from; present exactly when `lifetime` is. */
  readonly lifetimeStart?: 'iat' | 'nbf';
}

type StatusRule = (value: number, now: number, leeway: number) => TimeStatus;

function pastInstant(claim: PastInstantClaim): StatusRule {
  return (value, now, leeway) =>
    isInFuture(value, now, leeway)
      ? { claim, state: 'in-future', by: value - now }
      : { claim, state: 'past', ago: now - value, withinLeeway: isInFuture(value, now, 0) };
}

/** One rule per time claim; a catalogued time claim without a rule gets a reading only. */
const STATUS_RULES: ReadonlyMap<string, StatusRule> = new Map<string, StatusRule>([
  [
    'exp',
    (exp, now, leeway) =>
      isExpired(exp, now, leeway)
        ? { claim: 'exp', state: 'expired', ago: now - exp }
        : {
            claim: 'exp',
            state: 'valid',
            expiresIn: exp - now,
            withinLeeway: isExpired(exp, now, 0),
          },
  ],
  [
    'nbf',
    (nbf, now, leeway) =>
      isNotYetValid(nbf, now, leeway)
        ? { claim: 'nbf', state: 'not-yet-valid', in: nbf - now }
        : {
            claim: 'nbf',
            state: 'valid',
            since: now - nbf,
            withinLeeway: isNotYetValid(nbf, now, 0),
          },
  ],
  [
    'iat',
    (iat, now, leeway) =>
      isInFuture(iat, now, leeway)
        ? { claim: 'iat', state: 'in-future', by: iat - now }
        : { claim: 'iat', state: 'valid', ago: now - iat, withinLeeway: isInFuture(iat, now, 0) },
  ],
  ['auth_time', pastInstant('auth_time')],
  ['updated_at', pastInstant('updated_at')],
  ['toe', pastInstant('toe')],
  [
    'fresh',
    (fresh, now) =>
      isNoLongerFresh(fresh, now)
        ? { claim: 'fresh', state: 'stale', ago: now - fresh }
        : { claim: 'fresh', state: 'fresh', for: fresh - now },
  ],
]);

function checkOptions(options: TimeOptions): number {
  const leeway = options.leeway ?? 0;
  if (typeof options.now !== 'number' || !Number.isFinite(options.now)) {
    throw new JwtDebuggerError('TIME_OPTIONS_INVALID', '"now" must be a finite number of seconds', {
      option: 'now',
    });
  }
  if (typeof leeway !== 'number' || !Number.isFinite(leeway) || leeway < 0) {
    throw new JwtDebuggerError(
      'TIME_OPTIONS_INVALID',
      '"leeway" must be a finite, non-negative number of seconds',
      { option: 'leeway' },
    );
  }
  return leeway;
}

/**
 * Reads and judges the payload's time claims at `options.now`. A payload that is not a JSON
 * object has no claims. Throws `JwtDebuggerError` (`TIME_OPTIONS_INVALID`) only for bad options.
 */
export function analyseTimes(payload: unknown, options: TimeOptions): TimeAnalysis {
  const leeway = checkOptions(options);
  const { now } = options;
  const claims: Record<string, NumericDateReading> = Object.create(null);
  const statuses: TimeStatus[] = [];
  const seconds = new Map<string, number>();
  if (!isJsonObject(payload)) return { claims, statuses };

  for (const { name, kind } of TIME_CLAIMS) {
    if (!Object.hasOwn(payload, name)) continue;
    const value = payload[name];
    if (kind === 'boolean-or-time' && typeof value !== 'number') continue;
    const reading = readNumericDate(value);
    claims[name] = reading;
    if (!isNumericDateInfo(reading)) continue;
    seconds.set(name, reading.seconds);
    const rule = STATUS_RULES.get(name);
    if (rule !== undefined) statuses.push(rule(reading.seconds, now, leeway));
  }

  const exp = seconds.get('exp');
  const start = seconds.has('iat') ? 'iat' : seconds.has('nbf') ? 'nbf' : undefined;
  const startSeconds = start === undefined ? undefined : seconds.get(start);
  if (exp === undefined || start === undefined || startSeconds === undefined) {
    return { claims, statuses };
  }
  return { claims, statuses, lifetime: exp - startSeconds, lifetimeStart: start };
}
