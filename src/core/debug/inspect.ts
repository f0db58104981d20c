import { parseCompact, type ParsedToken } from '../jws/parse';
import { verifyCompact, type Verdict } from '../jws/verify';
import type { SecretEncoding } from '../keys/secret';
import { readKeyInputs, verifyingKey, type KeyInputs, type KeyReports } from './key-inputs';
import { workingSecretEncoding } from './secret-hint';

export interface Inspection {
  readonly parsed: ParsedToken;
  readonly keys: KeyReports;
  readonly verdict: Verdict;
  /** For an HMAC token that does not verify: an encoding under which the secret would. */
  readonly secretEncodingHint?: SecretEncoding;
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

/** As inspectToken, for a parsed token; `keys` when the caller has already read the boxes. */
export async function inspectParsed(
  parsed: ParsedToken,
  inputs: KeyInputs,
  known?: KeyReports,
): Promise<Inspection> {
  const keys = known ?? (await readKeyInputs(parsed.alg, kidOf(parsed), inputs));
  const verdict = await verifyCompact(parsed, verifyingKey(keys));
  if (verdict.reason === 'SIGNATURE_MISMATCH' && keys.secret?.ok) {
    const hint = await workingSecretEncoding(parsed, inputs.secret, inputs.secretEncoding);
    if (hint) return { parsed, keys, verdict, secretEncodingHint: hint };
  }
  return { parsed, keys, verdict };
}
