/**
 * The JWS JSON serialization's own part of the view (ui-contract.md): the Signatures table,
 * one row per signature with its headers and, for the current keys, its verdict.
 */
import type { Verdict } from '../../jws/verify';
import type { JwsJsonFinding } from '../../jws/json-codes';
import type { JwsJsonInspection } from '../../jws/json-inspect';
import { sdJwtView, type SdJwtView } from './sd-jwt';

export interface SignatureRow {
  readonly index: number;
  /** The protected header as decoded, and the unprotected header as JSON text. */
  readonly protectedHeader: string;
  readonly unprotectedHeader: string | undefined;
  /** For the key boxes as they are now; undefined while that is being checked. */
  readonly verdict: Verdict | undefined;
}

export interface JwsJsonView {
  readonly kind: 'jws-json';
  readonly form: 'general' | 'flattened' | undefined;
  /** Undefined until the serialization is read (its reader is a chunk of its own). */
  readonly signatures: readonly SignatureRow[] | undefined;
  /** The signature `Signature status` speaks of (the first that verified, else the first). */
  readonly chosen: number | undefined;
  readonly findings: readonly JwsJsonFinding[];
  /** The compact form, for a single signature (one click converts, RFC 7515 §7.1). */
  readonly compact: string | undefined;
  /** An SD-JWT in the JSON serialization (RFC 9901 §8): its disclosures and key binding. */
  readonly sdJwt: SdJwtView | undefined;
}

/** `facts`: any reading of this token's text; `current`: the one for the current keys. */
export function jwsJsonView(
  facts: JwsJsonInspection | undefined,
  current: JwsJsonInspection | undefined,
): JwsJsonView {
  if (!facts) {
    return {
      kind: 'jws-json',
      form: undefined,
      signatures: undefined,
      chosen: undefined,
      findings: [],
      compact: undefined,
      sdJwt: undefined,
    };
  }
  const { parsed } = facts;
  return {
    kind: 'jws-json',
    form: parsed.form,
    signatures: parsed.signatures.map((signature, index) => ({
      index,
      protectedHeader: signature.token.header?.text ?? '',
      unprotectedHeader: signature.unprotectedHeader
        ? JSON.stringify(signature.unprotectedHeader)
        : undefined,
      verdict: current?.signatures[index]?.verdict,
    })),
    chosen: current ? (current.verified[0] ?? 0) : undefined,
    findings: parsed.findings,
    compact: facts.compact,
    sdJwt: parsed.sdJwt && {
      ...sdJwtView(parsed.sdJwt.kbJwt !== undefined, facts.sdJwt, undefined, []),
      json: true,
    },
  };
}
