import { jwsAlgorithm } from '../algorithms';
import { encodeBase64url } from '../encoding/base64url';
import { utf8Encode } from '../encoding/utf8';
import { JwtDebuggerError } from '../errors';
import type { SignErrorCode } from './codes';
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
  /** ASCII(BASE64URL(UTF8(header)) || '.' || BASE64URL(payload)), RFC 7515 §5.1 step 6. */
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

/** Builds and signs a compact JWS from the header and payload text as given (RFC 7515 §5.1). */
export async function signCompact({ header, payload, alg, key }: SignInput): Promise<SignResult> {
  const entry = jwsAlgorithm(alg);
  if (!entry) throw new SignError('SIGN_ALG_UNKNOWN', `unknown alg ${alg}`, { alg });
  const signingInput = `${encodeBase64url(utf8Encode(header))}.${encodeBase64url(utf8Encode(payload))}`;
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
