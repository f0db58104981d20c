import { DerError, type Tlv } from '../keys/der';

const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;

/**
 * A Validity time as seconds since the epoch (RFC 5280 §4.1.2.5): UTCTime YYMMDDHHMMSSZ, years
 * 50-99 meaning 19YY, and GeneralizedTime YYYYMMDDHHMMSSZ from 2050 on. Both end in Z and have
 * seconds; RFC 5280 allows no fractions and no offsets.
 */
export function readTime(tlv: Tlv): number {
  const text = String.fromCharCode(...tlv.value);
  const pattern =
    tlv.tag === UTC_TIME
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/
      : tlv.tag === GENERALIZED_TIME
        ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/
        : undefined;
  const match = pattern?.exec(text);
  if (!match) throw new DerError(`not an RFC 5280 time: ${JSON.stringify(text)}`, tlv.start);
  const [, year = '', month, day, hour, minute, second] = match;
  const fullYear =
    tlv.tag === UTC_TIME ? Number(year) + (Number(year) >= 50 ? 1900 : 2000) : Number(year);
  const ms = Date.UTC(
    fullYear,
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
  );
  return ms / 1000;
}
