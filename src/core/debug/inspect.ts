import { parseCompact, type ParsedToken } from '../jws/parse';
import type { CandidateVerdict } from '../jws/verify-candidates';
import { verifyCompact, type Verdict, type VerifyOptions } from '../jws/verify';
import type { SecretEncoding } from '../keys/secret';
import {
  KeyChunks,
  readKeyInputs,
  verifyingKey,
  verifyingReport,
  type KeyInputs,
  type KeyReports,
} from './key-inputs';
import { workingSecretEncoding } from './secret-hint';

export interface Inspection {
  readonly parsed: ParsedToken;
  readonly keys: KeyReports;
  readonly verdict: Verdict;
  /** For an HMAC token that does not verify: an encoding under which the secret would. */
  readonly secretEncodingHint?: SecretEncoding;
  /** Several keys of a JWK Set fitted: which of them verified (jws/verify-candidates.ts). */
  readonly candidates?: CandidateVerdict;
}

/** The verdict with the key boxes' key, or with each fitting key of a JWK Set in turn. */
async function verdictOf(
  parsed: ParsedToken,
  keys: KeyReports,
  options: VerifyOptions,
  chunks: KeyChunks,
): Promise<{ verdict: Verdict; candidates?: CandidateVerdict }> {
  const report = verifyingReport(keys);
  const candidates = report?.ok ? report.key.candidates : undefined;
  if (candidates && candidates.length > 1) {
    const { verifyWithCandidates } = await chunks.candidates.get();
    const tried = await verifyWithCandidates(
      parsed,
      candidates.map(({ index, kid, cryptoKey, publicKey }) => ({
        index,
        ...(kid !== undefined ? { kid } : {}),
        key: publicKey ?? cryptoKey,
      })),
      options,
    );
    return { verdict: tried.verdict, candidates: tried };
  }
  return { verdict: await verifyCompact(parsed, verifyingKey(keys), options) };
}

function kidOf(parsed: ParsedToken): string | undefined {
  const kid = parsed.protectedHeader?.kid;
  return typeof kid === 'string' ? kid : undefined;
}

/** The token leads: decode it, read the keys, verify. The token itself is never changed. */
export async function inspectToken(tokenText: string, inputs: KeyInputs): Promise<Inspection> {
  const parsed = parseCompact(tokenText);
  return inspectParsed(parsed, inputs);
}

/**
 * As inspectToken, for a parsed token; `known` when the caller has already read the boxes,
 * `chunks` the key handling its caller keeps loaded.
 */
export async function inspectParsed(
  parsed: ParsedToken,
  inputs: KeyInputs,
  known?: KeyReports,
  chunks = new KeyChunks(),
): Promise<Inspection> {
  const keys = known ?? (await readKeyInputs(parsed.alg, kidOf(parsed), inputs, chunks));
  // A detached payload is used only while the token's payload segment is empty.
  const options: VerifyOptions =
    inputs.detachedPayload !== '' && parsed.segments[1]?.text === ''
      ? { detachedPayload: inputs.detachedPayload }
      : {};
  const { verdict, candidates } = await verdictOf(parsed, keys, options, chunks);
  const base = { parsed, keys, verdict, ...(candidates ? { candidates } : {}) };
  if (verdict.reason === 'SIGNATURE_MISMATCH' && keys.secret?.ok) {
    const hint = await workingSecretEncoding(parsed, inputs.secret, inputs.secretEncoding);
    if (hint) return { ...base, secretEncodingHint: hint };
  }
  return base;
}
