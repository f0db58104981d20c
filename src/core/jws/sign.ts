import { jwsAlgorithm } from '../algorithms';
import { encodeBase64url } from '../encoding/base64url';
import { utf8Encode } from '../encoding/utf8';
import { JwtDebuggerError } from '../errors';
import { isJsonObject } from '../json/is-object';
import { parseJson } from '../json/parse';
import type { SignErrorCode } from './codes';
import { isUnencodedPayload } from './crit';
import { describeKeyAlgorithm, keyFitsAlgorithm } from './key-fit';

export interface SignInput {
  /** The protected header's JSON text, exactly as it is to be encoded. */
  readonly header: string;
  /** The payload text, exactly as it is to be encoded. */
  readonly payload: string;
  readonly alg: string;
  /** The signing key; not used for `none`. */
  readonly key?: CryptoKey;
}

export interface SignResult {
  readonly token: string;
  /**
   * ASCII(BASE64URL(UTF8(header)) || '.' || BASE64URL(payload)), RFC 7515 §5.1 step 6; with
   * `b64: false` listed in `crit`, the payload text itself (RFC 7797 §5.1).
   */
  readonly signingInput: string;
  readonly signature: Uint8Array;
}

/** Signing failed; `code` says why. */
export class SignError extends JwtDebuggerError {
  declare readonly code: SignErrorCode;

  constructor(
    code: SignErrorCode,
    message: string,
    detail: Record<string, string | number | boolean> = {},
    options?: { cause?: unknown },
  ) {
    super(code, message, detail, options);
  }
}

/** Whether the header text asks for an unencoded payload (RFC 7797 §3). */
function unencoded(header: string): boolean {
  if (!header.includes('b64')) return false;
  const parsed = parseJson(header);
  return parsed.ok && isJsonObject(parsed.value) && isUnencodedPayload(parsed.value);
}

/** The payload segment: base64url, or with `b64: false` the text itself (RFC 7797 §5.2). */
function payloadSegment(header: string, payload: string, alg: string): string {
  if (!unencoded(header)) return encodeBase64url(utf8Encode(payload));
  if (payload.includes('.')) {
    throw new SignError(
      'SIGN_UNENCODED_PAYLOAD_DOT',
      'a compact JWS with b64 false cannot carry a payload with a dot (RFC 7797 §5.2)',
      { alg, offset: payload.indexOf('.') },
    );
  }
  return payload;
}

/** Builds and signs a compact JWS from the header and payload text as given (RFC 7515 §5.1). */
export async function signCompact({ header, payload, alg, key }: SignInput): Promise<SignResult> {
  const entry = jwsAlgorithm(alg);
  if (!entry) throw new SignError('SIGN_ALG_UNKNOWN', `unknown alg ${alg}`, { alg });
  const signingInput = `${encodeBase64url(utf8Encode(header))}.${payloadSegment(header, payload, alg)}`;
  if (entry.family === 'none') {
    // RFC 7518 §3.6: the signature of an Unsecured JWS is the empty octet sequence.
    return { token: `${signingInput}.`, signingInput, signature: new Uint8Array(0) };
  }
  if (!key) throw new SignError('SIGN_NO_KEY', `${alg} needs a key to sign`, { alg });
  if (!keyFitsAlgorithm(key, entry)) {
    throw new SignError(
      'SIGN_KEY_ALG_MISMATCH',
      `the key is for ${describeKeyAlgorithm(key)}, not ${alg}`,
      {
        alg,
        keyAlgorithm: describeKeyAlgorithm(key),
      },
    );
  }
  if (!key.usages.includes('sign')) {
    throw new SignError(
      'SIGN_KEY_CANNOT_SIGN',
      'the key cannot sign: give a private key or secret',
      { alg },
    );
  }
  let signature: Uint8Array;
  try {
    signature = new Uint8Array(
      await crypto.subtle.sign(entry.signParams, key, utf8Encode(signingInput) as BufferSource),
    );
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new SignError(
      'SIGN_FAILED',
      `WebCrypto could not sign (${reason})`,
      { alg, reason },
      { cause: error },
    );
  }
  return { token: `${signingInput}.${encodeBase64url(signature)}`, signingInput, signature };
}
