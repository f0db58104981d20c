/** The `Signature status` verdict and the key reports, for the plan of the current inputs. */
import type { KeyReports } from '../debug/key-inputs';
import type { ParsedToken } from '../jws/parse';
import type { VerdictView } from './model';
import type { Plan } from './plan';

/**
 * A JWS that does not decode: a part that is not base64url, a header that is not a JSON
 * object with an alg, a part missing. Its signature is never judged (neither verdict phrase).
 */
export function undecodable(parsed: ParsedToken): boolean {
  return (
    parsed.kind !== 'jws' ||
    parsed.protectedHeader === undefined ||
    parsed.alg === undefined ||
    (parsed.payload === undefined && parsed.protectedHeader.b64 !== false) ||
    parsed.signature === undefined
  );
}

/** `judged`: the JWS whose signature is the verdict, when it is known. */
export function verdictView({ shown, stage }: Plan, judged: ParsedToken | undefined): VerdictView {
  if (stage.kind === 'idle') return { state: 'empty' };
  if (stage.kind === 'failed') return { state: 'failed', error: stage.error };
  if (stage.kind === 'not-made') return { state: 'not-made' };
  // A JWE's and the JSON serialization's signature is known once read, with the verdict.
  if ((shown.kind === 'jwe' || shown.kind === 'jws-json') && stage.kind === 'pending')
    return { state: 'pending' };
  const inspection = stage.kind === 'inspected' ? stage.inspection : undefined;
  if (shown.kind === 'jwe' && !inspection) {
    // Only a JWE that decrypted to a nested JWS (RFC 7519 §5.2) has a signature to judge.
    const extra = stage.kind === 'inspected' ? stage.extra : undefined;
    const decrypted = extra?.kind === 'jwe' && extra.decryption.status === 'decrypted';
    return { state: 'encrypted', content: decrypted ? 'unsigned' : 'locked' };
  }
  const parsed = shown.kind === 'jws-json' || shown.kind === 'jwe' ? inspection?.parsed : judged;
  if (!parsed || undecodable(parsed)) {
    const detail = inspection?.verdict.detail ?? {};
    return typeof detail.textVerifies === 'boolean'
      ? { state: 'malformed', textVerifies: detail.textVerifies }
      : { state: 'malformed' };
  }
  if (stage.kind === 'pending' || !inspection) return { state: 'pending' };
  const { verdict, secretEncodingHint, candidates } = inspection;
  return {
    state: 'checked',
    verdict,
    ...(secretEncodingHint ? { hint: secretEncodingHint } : {}),
    ...(candidates ? { candidates } : {}),
  };
}

/** What the key boxes hold, for exactly the current key texts. */
export function reportsOf(p: Plan): KeyReports | undefined {
  if (p.stage.kind === 'inspected') return p.stage.inspection?.keys ?? {};
  if (p.stage.kind === 'not-made') return p.stage.encoding.keys;
  if (p.encoding && !p.encoding.ok) return p.encoding.keys;
  return undefined;
}
