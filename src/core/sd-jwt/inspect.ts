/**
 * What the page learns about an SD-JWT beyond its issuer signature (which is verified as any
 * JWS): the disclosures processed (RFC 9901 §7.1) and the key binding checked (§7.3). Depends
 * on the token's text only, so a key change does not redo it.
 */
import { verifyKeyBinding, type KeyBindingVerdict } from './key-binding';
import { parseSdJwt, type ParsedSdJwt } from './parse';
import { processSdJwt, type ProcessedSdJwt } from './process';

export { compactOfJwsJson } from './json';

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
