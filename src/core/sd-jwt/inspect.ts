/**
 * What the page learns about an SD-JWT beyond its issuer signature (which is verified as any
 * JWS): the disclosures processed (RFC 9901 §7.1) and the key binding checked (§7.3). Depends
 * on the token's text only, so a key change does not redo it.
 */
import type { ParsedJwsJson } from '../jws/json-parse';
import { compactOfJwsJson } from './json';
import { verifyKeyBinding, type KeyBindingVerdict } from './key-binding';
import { parseSdJwt, type ParsedSdJwt } from './parse';
import { processSdJwt, type ProcessedSdJwt } from './process';

export interface SdJwtInspection {
  readonly kind: 'sd-jwt';
  readonly parsed: ParsedSdJwt;
  readonly processed: ProcessedSdJwt;
  readonly keyBinding: KeyBindingVerdict;
}

export async function inspectSdJwt(text: string): Promise<SdJwtInspection> {
  const parsed = parseSdJwt(text);
  const processed = await processSdJwt(parsed);
  const keyBinding = await verifyKeyBinding(parsed, {
    ...(processed.disclosedPayload ? { disclosedPayload: processed.disclosedPayload } : {}),
  });
  return { kind: 'sd-jwt', parsed, processed, keyBinding };
}

/**
 * An SD-JWT in the JWS JSON serialization (RFC 9901 §8), inspected as its compact form (§8.1:
 * `sd_hash` is over that form), and that form when it says all the JSON does: one signature,
 * only the SD-JWT's members unprotected.
 */
export async function inspectJsonSdJwt(
  parsed: ParsedJwsJson,
): Promise<{ sdJwt?: SdJwtInspection; compact?: string }> {
  const compact = compactOfJwsJson(parsed);
  if (compact === undefined) return {};
  const members = Object.keys(parsed.signatures[0]?.unprotectedHeader ?? {});
  const lossless =
    parsed.signatures.length === 1 &&
    members.every((name) => name === 'disclosures' || name === 'kb_jwt');
  return { sdJwt: await inspectSdJwt(compact), ...(lossless ? { compact } : {}) };
}
