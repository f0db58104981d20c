/**
 * Presentations (RFC 9901 §7.2): drop disclosures from an SD-JWT, and bind what is left to a
 * holder key with a KB-JWT (§4.3) over `aud`, `nonce`, `iat` and the `sd_hash` it computes.
 */
import { signCompact } from '../jws/sign';
import { finding, type SdJwtFinding } from './codes';
import { digestOf, sdAlgOf, type SubtleHash } from './digest';
import type { ParsedSdJwt } from './parse';
import type { ProcessedSdJwt } from './process';

export interface Presentation {
  /** The new token text: `<JWS>~<kept disclosures>~`, plus the KB-JWT when it still matches. */
  readonly token: string;
  /** The SD-JWT part, up to and including its last `~`: what a new KB-JWT would sign. */
  readonly sdJwt: string;
  readonly kept: readonly number[];
  /** Every disclosure left out: those asked for and those inside them (§4.2.6). */
  readonly dropped: readonly number[];
  /** What became of a KB-JWT the token ended in. */
  readonly keyBinding: 'none' | 'kept' | 'dropped';
  readonly findings: readonly SdJwtFinding[];
}

/**
 * The disclosures to leave out when `drop` are: a dropped disclosure takes with it every
 * disclosure whose digest only its value holds, as nothing else could reference them.
 */
export function closureOfDropped(processed: ProcessedSdJwt, drop: readonly number[]): Set<number> {
  const dropped = new Set(
    drop.filter((index) => index >= 0 && index < processed.disclosures.length),
  );
  for (let grew = true; grew;) {
    grew = false;
    for (const disclosure of processed.disclosures) {
      const parent = disclosure.parent;
      if (parent !== undefined && dropped.has(parent) && !dropped.has(disclosure.index)) {
        dropped.add(disclosure.index);
        grew = true;
      }
    }
  }
  return dropped;
}

/** Does `sdHash` match `sdJwt` under `hash`? False for a missing or non-string `sd_hash`. */
export async function sdHashMatches(
  sdHash: unknown,
  sdJwt: string,
  hash: SubtleHash,
): Promise<boolean> {
  return typeof sdHash === 'string' && sdHash === (await digestOf(sdJwt, hash));
}

/**
 * The token without the disclosures `drop` names (by index) and those nested in them. A KB-JWT
 * is kept when its `sd_hash` still matches the new text, and dropped with a finding otherwise.
 */
export async function dropDisclosures(
  parsed: ParsedSdJwt,
  processed: ProcessedSdJwt,
  drop: readonly number[],
): Promise<Presentation> {
  const findings: SdJwtFinding[] = [];
  for (const index of drop) {
    if (!Number.isInteger(index) || index < 0 || index >= parsed.disclosures.length) {
      findings.push(
        finding('PRESENT_DISCLOSURE_UNKNOWN', 'disclosure', 'warning', false, {
          detail: { index },
        }),
      );
    }
  }
  const dropped = closureOfDropped(processed, drop);
  const kept = parsed.disclosures.map((d) => d.index).filter((index) => !dropped.has(index));
  const sdJwt = `${parsed.jwsText}~${kept.map((index) => `${parsed.disclosures[index]!.text}~`).join('')}`;
  let keyBinding: Presentation['keyBinding'] = 'none';
  let token = sdJwt;
  if (parsed.kbJwt) {
    const sdAlg = sdAlgOf(parsed.issuerPayload);
    const sdHash = parsed.kbJwt.parsed.payload?.json;
    const claimed =
      sdHash !== null && typeof sdHash === 'object'
        ? (sdHash as Record<string, unknown>).sd_hash
        : undefined;
    const matches = sdAlg.ok && (await sdHashMatches(claimed, sdJwt, sdAlg.hash));
    if (matches || dropped.size === 0) {
      keyBinding = 'kept';
      token = `${sdJwt}${parsed.kbJwt.text}`;
    } else {
      keyBinding = 'dropped';
      findings.push(finding('PRESENT_KB_DROPPED', 'kb-jwt', 'info', false));
    }
  }
  return { token, sdJwt, kept, dropped: [...dropped].sort((a, b) => a - b), keyBinding, findings };
}

export interface KeyBindingInput {
  /** An SD-JWT ending in `~` (e.g. `Presentation.sdJwt`). */
  readonly sdJwt: string;
  /** The issuer payload, for `_sd_alg` (§4.3.1: the same hash as the disclosures). */
  readonly issuerPayload: unknown;
  readonly holderKey: CryptoKey;
  /** The KB-JWT's `alg`, fitting the holder key (e.g. `ES256`). */
  readonly alg: string;
  readonly aud: string;
  readonly nonce: string;
  /** Seconds since the epoch; now unless given. */
  readonly iat?: number;
}

/** Signs a KB-JWT for `sdJwt` and returns the SD-JWT+KB. Throws SignError for a key that cannot sign. */
export async function addKeyBinding(
  input: KeyBindingInput,
): Promise<{ token: string; kbJwt: string; sdHash: string }> {
  if (!input.sdJwt.endsWith('~')) throw new RangeError('an SD-JWT to bind ends in "~"');
  const sdAlg = sdAlgOf(input.issuerPayload);
  if (!sdAlg.ok)
    throw new RangeError('the issuer payload names an _sd_alg this engine cannot compute');
  const sdHash = await digestOf(input.sdJwt, sdAlg.hash);
  const iat = input.iat ?? Math.floor(Date.now() / 1000);
  const signed = await signCompact({
    header: JSON.stringify({ alg: input.alg, typ: 'kb+jwt' }),
    payload: JSON.stringify({ iat, aud: input.aud, nonce: input.nonce, sd_hash: sdHash }),
    alg: input.alg,
    key: input.holderKey,
  });
  return { token: `${input.sdJwt}${signed.token}`, kbJwt: signed.token, sdHash };
}
