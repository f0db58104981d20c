/**
 * Reads a compact JWE (RFC 7516 §7.1): five base64url parts, a protected header that is a JSON
 * object with `alg` and `enc`, and each part's length checked against what they need. Never
 * throws: every problem is a diagnostic naming its part.
 */
import { decodeBase64url } from '../encoding/base64url';
import { utf8Encode } from '../encoding/utf8';
import type { Diagnostic, Part } from '../diagnostics';
import {
  base64Diagnostic,
  decodePart,
  splitSegments,
  type DecodedPart,
  type Segment,
} from '../jose/part';
import { isJsonObject } from '../json/is-object';
import { parseJson } from '../json/parse';
import { encryptedKeyLength } from './algorithms';
import { jweDiagnostic, type JweDiagnostic } from './codes';
import { readJweHeader, type JweHeaderParams } from './header';

export interface ParsedJwe {
  readonly kind: 'jwe';
  readonly serialization: 'compact' | 'json';
  /** The token text as given to parseJwe. */
  readonly token: string;
  readonly segments: readonly Segment[];
  readonly header?: DecodedPart;
  readonly protectedHeader?: Readonly<Record<string, unknown>>;
  readonly params: JweHeaderParams;
  readonly encryptedKey?: Uint8Array;
  readonly iv?: Uint8Array;
  readonly ciphertext?: Uint8Array;
  readonly tag?: Uint8Array;
  /** ASCII(BASE64URL(UTF8(JWE Protected Header))), RFC 7516 §5.1 step 14. */
  readonly aad: Uint8Array;
  readonly diagnostics: readonly JweDiagnostic[];
}

const PARTS: readonly Part[] = ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag'];

/** RFC 7516 §7.2: an object with `ciphertext` is the JSON serialization. */
function isJsonSerialization(token: string): boolean {
  if (!token.trimStart().startsWith('{')) return false;
  const parsed = parseJson(token);
  return parsed.ok && isJsonObject(parsed.value) && 'ciphertext' in parsed.value;
}

function checkLengths(parsed: Omit<ParsedJwe, 'diagnostics'>, diagnostics: JweDiagnostic[]): void {
  const { algorithm: alg, encryption: enc } = parsed.params;
  const { encryptedKey, iv, ciphertext, tag } = parsed;
  if (enc && iv && iv.length !== enc.ivBytes) {
    diagnostics.push(
      jweDiagnostic('JWE_IV_LENGTH', 'iv', 'error', {
        detail: { expected: enc.ivBytes * 8, found: iv.length * 8, enc: enc.enc },
      }),
    );
  }
  if (enc && tag && tag.length !== enc.tagBytes) {
    diagnostics.push(
      jweDiagnostic('JWE_TAG_LENGTH', 'tag', 'error', {
        detail: { expected: enc.tagBytes * 8, found: tag.length * 8, enc: enc.enc },
      }),
    );
  }
  // RFC 7518 §5.2.2.1: PKCS #7 padding always adds a block's worth at most, never nothing.
  if (
    enc?.family === 'aes-cbc-hmac' &&
    ciphertext &&
    (ciphertext.length === 0 || ciphertext.length % 16 !== 0)
  ) {
    diagnostics.push(
      jweDiagnostic('JWE_CIPHERTEXT_LENGTH', 'ciphertext', 'error', {
        detail: { bytes: ciphertext.length },
      }),
    );
  }
  if (!alg || !encryptedKey) return;
  const expected = enc ? encryptedKeyLength(alg, enc) : undefined;
  const found = encryptedKey.length;
  if (alg.encryptedKey === 'empty') {
    if (found !== 0) {
      diagnostics.push(
        jweDiagnostic('JWE_ENCRYPTED_KEY_NOT_EMPTY', 'encrypted-key', 'error', {
          detail: { bytes: found, alg: alg.alg },
        }),
      );
    }
  } else if (found === 0) {
    diagnostics.push(
      jweDiagnostic('JWE_ENCRYPTED_KEY_MISSING', 'encrypted-key', 'error', {
        detail: { alg: alg.alg },
      }),
    );
  } else if (alg.encryptedKey === 'rsa' && found < 256) {
    // RFC 7518 §4.2, §4.3: keys of 2048 bits or more, so at least 256 octets.
    diagnostics.push(
      jweDiagnostic('JWE_ENCRYPTED_KEY_TOO_SHORT', 'encrypted-key', 'error', {
        detail: { minimum: 256, found, alg: alg.alg },
      }),
    );
  } else if (expected !== undefined && found !== expected) {
    diagnostics.push(
      jweDiagnostic('JWE_ENCRYPTED_KEY_LENGTH', 'encrypted-key', 'error', {
        detail: { expected, found, alg: alg.alg },
      }),
    );
  }
}

/**
 * Parses `token` (already stripped of `Bearer ` and white space by the token reader); `offset`
 * is where it starts in the text the user typed, for the segments' positions.
 */
export function parseJwe(token: string, offset = 0): ParsedJwe {
  const diagnostics: JweDiagnostic[] = [];
  const empty = { kind: 'jwe', token, params: {}, aad: new Uint8Array(0), diagnostics } as const;
  if (isJsonSerialization(token)) {
    diagnostics.push(jweDiagnostic('JWE_JSON_SERIALIZATION', 'token', 'error'));
    return { ...empty, serialization: 'json', segments: [] };
  }
  const segments = splitSegments(token, offset);
  if (segments.length !== 5) {
    diagnostics.push(
      jweDiagnostic('JWE_PART_COUNT', 'token', 'error', { detail: { count: segments.length } }),
    );
    return { ...empty, serialization: 'compact', segments };
  }
  // The shared decoders push shared diagnostics; they are JWE diagnostics too.
  const shared: Diagnostic[] = [];
  const header = decodePart(segments[0]!, 'header', shared);
  diagnostics.push(...shared);
  let protectedHeader: Readonly<Record<string, unknown>> | undefined;
  let params: JweHeaderParams = {};
  if (header?.isJson) {
    if (isJsonObject(header.json)) {
      protectedHeader = header.json;
      params = readJweHeader(protectedHeader, diagnostics);
    } else {
      diagnostics.push(jweDiagnostic('JWE_HEADER_NOT_OBJECT', 'header', 'error'));
    }
  }
  const bytes: (Uint8Array | undefined)[] = [];
  for (let i = 1; i < 5; i++) {
    const segment = segments[i]!;
    const decoded = decodeBase64url(segment.text);
    if (decoded.ok) bytes[i] = decoded.bytes;
    else diagnostics.push(base64Diagnostic(decoded.problem, PARTS[i]!, segment));
  }
  const parsed = {
    kind: 'jwe' as const,
    serialization: 'compact' as const,
    token,
    segments,
    ...(header ? { header } : {}),
    ...(protectedHeader ? { protectedHeader } : {}),
    params,
    ...(bytes[1] ? { encryptedKey: bytes[1] } : {}),
    ...(bytes[2] ? { iv: bytes[2] } : {}),
    ...(bytes[3] ? { ciphertext: bytes[3] } : {}),
    ...(bytes[4] ? { tag: bytes[4] } : {}),
    // The segment is ASCII when it decoded; UTF-8 of ASCII is ASCII.
    aad: utf8Encode(segments[0]!.text),
  };
  checkLengths(parsed, diagnostics);
  return { ...parsed, diagnostics };
}

/** The first diagnostic that stops decryption, if any (errors do; warnings and notes do not). */
export function blockingDiagnostic(parsed: ParsedJwe): JweDiagnostic | undefined {
  return parsed.diagnostics.find((entry) => entry.severity === 'error');
}
