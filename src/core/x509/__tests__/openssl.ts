/** Reading what openssl printed (the fixtures' oracle) into values the tests compare with. */
import { certificate } from '../../__fixtures__/certificates';
import { parsePem } from '../../keys/pem';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `notAfter=Feb  1 00:00:00 2020 GMT` as seconds since the epoch. */
export function opensslDate(text: string): number {
  const match = /^(\w{3}) +(\d+) (\d\d):(\d\d):(\d\d) (\d{4}) GMT$/.exec(text);
  if (!match) throw new Error(`not an openssl date: ${text}`);
  const [, month, day, hour, minute, second, year] = match;
  const ms = Date.UTC(
    Number(year),
    MONTHS.indexOf(month!),
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
  );
  return ms / 1000;
}

/** `AB:CD:…` as lower-case hex. */
export function opensslHex(fingerprint: string): string {
  return fingerprint.replaceAll(':', '').toLowerCase();
}

/** The first `error N at D depth lookup` of `openssl verify`. */
export function opensslError(output: string): { code: number; depth: number } | undefined {
  const match = /error (\d+) at (\d+) depth lookup/.exec(output);
  return match ? { code: Number(match[1]), depth: Number(match[2]) } : undefined;
}

export function der(name: string): Uint8Array {
  return parsePem(certificate(name).pem).der;
}
