/**
 * SD-JWT in the JWS JSON Serialization (RFC 9901 §8): the disclosures and the KB-JWT travel in
 * the (first) unprotected header as `disclosures` and `kb_jwt`. §8.1: `sd_hash` is still taken
 * over the compact form, so a JSON SD-JWT is read by building that form and parsing it.
 */
import type { ParsedJwsJson } from '../jws/json-parse';
import { parseSdJwt, type ParsedSdJwt } from './parse';

/** The compact SD-JWT (or SD-JWT+KB) of a JSON one, with the signature at `index` (§8.1). */
export function compactOfJwsJson(parsed: ParsedJwsJson, index = 0): string | undefined {
  const signature = parsed.signatures[index];
  if (!signature || parsed.payloadSegment === undefined || !parsed.sdJwt) return undefined;
  const jws = `${signature.protectedSegment}.${parsed.payloadSegment}.${signature.signatureSegment}`;
  const disclosures = parsed.sdJwt.disclosures.map((disclosure) => `${disclosure}~`).join('');
  return `${jws}~${disclosures}${parsed.sdJwt.kbJwt ?? ''}`;
}

/** Parses a JSON SD-JWT as its compact form; undefined when it carries no SD-JWT members. */
export function parseSdJwtFromJwsJson(parsed: ParsedJwsJson, index = 0): ParsedSdJwt | undefined {
  const compact = compactOfJwsJson(parsed, index);
  return compact === undefined ? undefined : parseSdJwt(compact);
}

export interface FlattenedSdJwt {
  readonly header: { readonly disclosures: readonly string[]; readonly kb_jwt?: string };
  readonly payload: string;
  readonly protected: string;
  readonly signature: string;
}

/** The flattened JSON form of a compact SD-JWT (§8.2), members in the RFC's order. */
export function sdJwtToFlattenedJson(
  parsed: ParsedSdJwt,
): { json: FlattenedSdJwt; text: string } | undefined {
  const [protectedSegment, payload, signature] = parsed.jws.segments.map((segment) => segment.text);
  if (parsed.jws.kind !== 'jws' || signature === undefined) return undefined;
  const disclosures = parsed.disclosures.map((disclosure) => disclosure.text);
  const header = parsed.kbJwt ? { disclosures, kb_jwt: parsed.kbJwt.text } : { disclosures };
  const json = { header, payload: payload!, protected: protectedSegment!, signature };
  return { json, text: JSON.stringify(json, null, 2) };
}
