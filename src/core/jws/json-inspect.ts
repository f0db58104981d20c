/**
 * The JWS JSON serialization (RFC 7515 §7.2) inspected with the page's key boxes: each
 * signature read with the box its own `alg` needs and verified; the page's verdict is the
 * first signature that verified, else the first one's (ui-contract.md, "JWS JSON
 * serialization").
 */
import { inspectParsed, type Inspection } from '../debug/inspect';
import type { SdJwtInspection } from '../sd-jwt/inspect';
import { KeyChunks, type KeyInputs } from '../debug/key-inputs';
import { jwsJsonToCompact } from './json-convert';
import { parseJwsJson, type ParsedJwsJson } from './json-parse';

export interface JwsJsonInspection {
  readonly kind: 'jws-json';
  readonly parsed: ParsedJwsJson;
  /** One per signature, in order. */
  readonly signatures: readonly Inspection[];
  /** The signatures that verified, by index. */
  readonly verified: readonly number[];
  /** The compact form, when there is one signature and nothing the compact form loses. */
  readonly compact?: string;
  /**
   * An SD-JWT in the JSON serialization (RFC 9901 §8): the disclosures and the key binding,
   * read as its compact form (view/inspect-token.ts adds it, from the SD-JWT's own chunk).
   */
  readonly sdJwt?: SdJwtInspection;
}

export async function inspectJwsJson(
  text: string,
  keys: KeyInputs,
  chunks = new KeyChunks(),
): Promise<JwsJsonInspection> {
  const parsed = parseJwsJson(text);
  const signatures = await Promise.all(
    parsed.signatures.map((signature) => inspectParsed(signature.token, keys, undefined, chunks)),
  );
  const verified = signatures.flatMap((inspection, index) =>
    inspection.verdict.status === 'verified' ? [index] : [],
  );
  const converted = jwsJsonToCompact(parsed);
  return converted.ok && converted.lossless && parsed.sdJwt === undefined
    ? { kind: 'jws-json', parsed, signatures, verified, compact: converted.compact }
    : { kind: 'jws-json', parsed, signatures, verified };
}

/** The signature the page's verdict is about: the first that verified, else the first. */
export function chosenSignature(inspection: JwsJsonInspection): number {
  return inspection.verified[0] ?? 0;
}
