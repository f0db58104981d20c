/**
 * Between the compact serialization (RFC 7515 §7.1) and the flattened JWS JSON Serialization
 * (§7.2.2) of a single-signature JWS. Lossless while the unprotected header is empty: the
 * compact form has no place for it, so what is left behind is named.
 */
import { jwsJsonFinding, type JwsJsonFinding } from './json-codes';
import type { ParsedJwsJson } from './json-parse';
import { parseCompact } from './parse';

export type ToCompactResult =
  | {
      readonly ok: true;
      readonly compact: string;
      /** True when nothing of the JSON form was left behind. */
      readonly lossless: boolean;
      /** Unprotected header parameters the compact form cannot carry. */
      readonly notCarried: readonly string[];
      readonly findings: readonly JwsJsonFinding[];
    }
  | { readonly ok: false; readonly findings: readonly JwsJsonFinding[] };

/**
 * The compact form of a one-signature JSON JWS. `carried` names unprotected members another
 * serialization takes over (RFC 9901 §8: `disclosures`, `kb_jwt`), so they are not "lost".
 */
export function jwsJsonToCompact(
  parsed: ParsedJwsJson,
  carried: readonly string[] = [],
): ToCompactResult {
  const [signature, ...others] = parsed.signatures;
  if (!signature || parsed.payloadSegment === undefined || others.length > 0) {
    return {
      ok: false,
      findings: [
        jwsJsonFinding('JWS_JSON_CONVERT_MULTIPLE', 'error', {
          detail: { count: parsed.signatures.length },
        }),
      ],
    };
  }
  const findings: JwsJsonFinding[] = [];
  const notCarried = Object.keys(signature.unprotectedHeader ?? {}).filter(
    (name) => !carried.includes(name),
  );
  if (notCarried.length > 0) {
    findings.push(
      jwsJsonFinding('JWS_JSON_CONVERT_UNPROTECTED_DROPPED', 'warning', {
        detail: { names: notCarried.join(', ') },
      }),
    );
  }
  if (signature.protectedHeader?.alg === undefined) {
    // RFC 7520 §4.7: with `alg` only in the unprotected header, the compact form has no `alg`.
    findings.push(jwsJsonFinding('JWS_JSON_CONVERT_ALG_UNPROTECTED', 'warning'));
  }
  const compact = `${signature.protectedSegment}.${parsed.payloadSegment}.${signature.signatureSegment}`;
  return { ok: true, compact, lossless: notCarried.length === 0, notCarried, findings };
}

export type ToJsonResult =
  | {
      readonly ok: true;
      readonly json: {
        readonly payload: string;
        readonly protected: string;
        readonly signature: string;
      };
      /** Pretty-printed, members in RFC 7515 A.7's order. */
      readonly text: string;
    }
  | { readonly ok: false; readonly findings: readonly JwsJsonFinding[] };

/** The flattened JSON form of a compact JWS (its three segments, as written). */
export function compactToJwsJson(token: string): ToJsonResult {
  const parsed = parseCompact(token);
  if (parsed.kind !== 'jws')
    return { ok: false, findings: [jwsJsonFinding('JWS_JSON_CONVERT_NOT_COMPACT', 'error')] };
  const [protectedSegment, payload, signature] = parsed.segments.map((segment) => segment.text) as [
    string,
    string,
    string,
  ];
  const json = { payload, protected: protectedSegment, signature };
  return { ok: true, json, text: JSON.stringify(json, null, 2) };
}
