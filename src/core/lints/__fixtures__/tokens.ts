import { encodeUtf8Base64url } from '../../encoding/base64url';
import { parseCompact, type ParsedToken } from '../../jws/parse';
import type { Lint } from '../types';

/** 2023-11-14T22:13:20Z: the frozen clock of the lint tests. */
export const NOW = 1_700_000_000;

export const CLEAN_HEADER = { alg: 'HS256', typ: 'JWT' };
export const CLEAN_PAYLOAD = { sub: '1234567890', iat: NOW - 60, exp: NOW + 3600 };

/** 32 bytes as UTF-8, not on any list: a key RFC 7518 §3.2 accepts for HS256. */
export const STRONG_SECRET = 'q3Vt9ZrL0xYp8aBc4DeF7gHi2JkLmN5o';

/** A compact token from header and payload JSON text, exactly as written. */
export function tokenFromText(headerJson: string, payloadJson: string): ParsedToken {
  return parseCompact(
    `${encodeUtf8Base64url(headerJson)}.${encodeUtf8Base64url(payloadJson)}.c2ln`,
  );
}

/** A compact token from header and payload values (JSON.stringify of each). */
export function tokenOf(header: unknown, payload: unknown): ParsedToken {
  return tokenFromText(JSON.stringify(header), JSON.stringify(payload));
}

export function rulesOf(lints: readonly Lint[]): string[] {
  return lints.map((lint) => lint.rule);
}
