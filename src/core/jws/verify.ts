import { jwsAlgorithm, type JwsAlgorithm } from '../algorithms';
import { encodeBase64url } from '../encoding/base64url';
import { utf8Encode, utf8EncodeJoined } from '../encoding/utf8';
import { algorithmSupportKnown, isAlgorithmSupported } from '../support';
import { critProblems, type CritCode } from './crit';
import { ecdsaDerToRaw } from './ecdsa';
import { describeKeyAlgorithm, keyFitsAlgorithm } from './key-fit';
import type { ParsedToken } from './parse';

export type VerdictStatus =
  /** The signature checks out with the key given. */
  | 'verified'
  /** A key was given and the signature does not check out. */
  | 'invalid'
  /** `alg: none`: nothing to verify, and never verified (RFC 7518 §3.6). */
  | 'unsigned'
  /** Verification could not be attempted: see the reason. */
  | 'unusable';

export type VerdictReason =
  | 'VERIFIED'
  | 'SIGNATURE_MISMATCH'
  | 'SIGNATURE_WRONG_LENGTH'
  | 'SIGNATURE_DER_ENCODED'
  | 'UNSIGNED'
  | 'TOKEN_MALFORMED'
  | 'TOKEN_IS_JWE'
  | 'ALG_UNKNOWN'
  | 'ALG_UNSUPPORTED'
  | 'NO_KEY'
  | 'KEY_ALG_MISMATCH'
  | 'KEY_CANNOT_VERIFY'
  | 'PAYLOAD_DETACHED'
  /** RFC 7797 §5.2: a compact JWS whose unencoded payload holds a dot. */
  | 'PAYLOAD_UNENCODED_DOT'
  /** RFC 7515 §4.1.11: the JWS must be rejected for its `crit`; `detail.name` names the entry. */
  | CritCode
  | 'VERIFY_FAILED';

export interface Verdict {
  readonly status: VerdictStatus;
  readonly reason: VerdictReason;
  readonly detail: Readonly<Record<string, string | number | boolean>>;
  readonly alg?: string;
  /** The bytes that were signed (RFC 7515 §5.2 step 8), for the learning view. */
  readonly signingInput?: Uint8Array;
  readonly signature?: Uint8Array;
}

export interface VerifyOptions {
  /**
   * The payload for a token with detached content (RFC 7515 Appendix F), as text: the page's
   * "Detached payload" box. Base64url-encoded for the signing input, unless the header has
   * `b64: false` (RFC 7797 §3), which signs it as it is. Ignored when the token has a payload.
   */
  readonly detachedPayload?: string;
}

function verdict(
  status: VerdictStatus,
  reason: VerdictReason,
  detail: Record<string, string | number | boolean> = {},
  extra: Partial<Verdict> = {},
): Verdict {
  return { status, reason, detail, ...extra };
}

/**
 * RFC 7515 §5.2 step 8: ASCII(header segment) || '.' || the payload segment; with RFC 7797
 * §5.1 for `b64: false`, where the payload segment is the payload's own UTF-8 text.
 */
function signingInputOf(parsed: ParsedToken, detachedPayload: string | undefined): Uint8Array {
  const [headerSegment, payloadSegment] = parsed.segments;
  const unencoded = parsed.b64 === false;
  let payload = payloadSegment!.text;
  if (payload === '' && detachedPayload !== undefined) {
    payload = unencoded ? detachedPayload : encodeBase64url(utf8Encode(detachedPayload));
  }
  return utf8EncodeJoined([headerSegment!.text, '.', payload]);
}

function expectedLength(entry: JwsAlgorithm, key: CryptoKey): number | undefined {
  if (entry.signatureLength !== undefined) return entry.signatureLength;
  const bits = (key.algorithm as { modulusLength?: number }).modulusLength;
  return bits === undefined ? undefined : Math.ceil(bits / 8);
}

/** Not async: wrapping crypto.subtle's promise in another costs every verification a tick. */
function subtleVerify(
  entry: JwsAlgorithm,
  key: CryptoKey,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<boolean> {
  return crypto.subtle.verify(
    entry.signParams,
    key,
    signature as BufferSource,
    data as BufferSource,
  );
}

/**
 * Verifies a parsed compact JWS with a key and says why it did or did not verify. Never
 * throws for bad input; `verified` is the only status that means the signature is good.
 */
export async function verifyCompact(
  parsed: ParsedToken,
  key: CryptoKey | undefined,
  options: VerifyOptions = {},
): Promise<Verdict> {
  if (parsed.kind === 'jwe') return verdict('unusable', 'TOKEN_IS_JWE');
  if (parsed.kind !== 'jws' || !parsed.header || parsed.alg === undefined || !parsed.signature) {
    return verdict('unusable', 'TOKEN_MALFORMED');
  }
  const alg = parsed.alg;
  // Before anything else, as jose does: a JWS whose crit this page cannot honour is rejected
  // whatever its signature (RFC 7515 §4.1.11).
  const [critProblem] = critProblems(parsed.protectedHeader ?? {});
  if (critProblem) {
    const detail: Record<string, string> =
      critProblem.name === undefined ? { alg } : { alg, name: critProblem.name };
    return verdict('unusable', critProblem.code, detail, { alg });
  }
  if (parsed.b64 === false && parsed.segments[1]!.text.includes('.')) {
    return verdict('unusable', 'PAYLOAD_UNENCODED_DOT', { alg }, { alg });
  }
  const entry = jwsAlgorithm(alg);
  if (!entry) return verdict('unusable', 'ALG_UNKNOWN', { alg });
  const signature = parsed.signature.bytes;
  if (entry.family === 'none') {
    return verdict(
      'unsigned',
      'UNSIGNED',
      { signaturePresent: signature.length > 0 },
      { alg, signature },
    );
  }
  const supported = algorithmSupportKnown(alg) ?? (await isAlgorithmSupported(alg));
  if (!supported) return verdict('unusable', 'ALG_UNSUPPORTED', { alg }, { alg });
  if (!key) return verdict('unusable', 'NO_KEY', { alg }, { alg });
  if (!keyFitsAlgorithm(key, entry)) {
    return verdict(
      'unusable',
      'KEY_ALG_MISMATCH',
      { alg, keyAlgorithm: describeKeyAlgorithm(key) },
      { alg },
    );
  }
  if (!key.usages.includes('verify'))
    return verdict('unusable', 'KEY_CANNOT_VERIFY', { alg }, { alg });
  const signingInput = signingInputOf(parsed, options.detachedPayload);
  if (!parsed.payload) {
    // The payload is not base64url: no conforming verifier accepts the token (jose: "Failed to
    // base64url decode the payload"). Whether the signature matches its text is a diagnosis.
    const textVerifies = await subtleVerify(entry, key, signature, signingInput).catch(
      (error: unknown) => {
        // A signature WebCrypto cannot even check tells nothing more than the token's damage.
        if (error instanceof Error) return false;
        throw error;
      },
    );
    return verdict('unusable', 'TOKEN_MALFORMED', { alg, textVerifies }, { alg });
  }
  const emptyPayload = parsed.segments[1]!.text === '';
  // An empty payload part is an empty payload or detached content: only a good signature tells.
  const detached = emptyPayload && options.detachedPayload === undefined;
  const usedDetached = emptyPayload && options.detachedPayload !== undefined;

  const extra = { alg, signingInput, signature };
  try {
    const expected = expectedLength(entry, key);
    if (expected !== undefined && signature.length !== expected) {
      const raw = entry.family === 'ecdsa' ? ecdsaDerToRaw(signature, expected / 2) : undefined;
      if (raw) {
        const wouldVerify = await subtleVerify(entry, key, raw, signingInput);
        return verdict(
          'invalid',
          'SIGNATURE_DER_ENCODED',
          { alg, wouldVerify, expected, actual: signature.length },
          extra,
        );
      }
      return verdict(
        'invalid',
        'SIGNATURE_WRONG_LENGTH',
        { alg, expected, actual: signature.length },
        extra,
      );
    }
    const ok = await subtleVerify(entry, key, signature, signingInput);
    if (ok) {
      return verdict(
        'verified',
        'VERIFIED',
        usedDetached ? { alg, detached: true } : { alg },
        extra,
      );
    }
    if (detached) return verdict('unusable', 'PAYLOAD_DETACHED', { alg }, extra);
    return verdict(
      'invalid',
      'SIGNATURE_MISMATCH',
      usedDetached ? { alg, detached: true } : { alg },
      extra,
    );
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return verdict('unusable', 'VERIFY_FAILED', { alg, reason }, extra);
  }
}
