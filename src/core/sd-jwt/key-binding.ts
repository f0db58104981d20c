/**
 * The key-binding JWT of an SD-JWT+KB (RFC 9901 §4.3, §7.3 step 5): `typ` is `kb+jwt`, the
 * signature checks out with the holder key in the issuer payload's `cnf.jwk` (RFC 7800 §3.2),
 * and `sd_hash` is the digest of the presentation up to and including its last `~`.
 */
import { KeyError } from '../errors';
import { verifyCompact, type Verdict } from '../jws/verify';
import { isJsonObject } from '../json/is-object';
import { importKeyText } from '../keys/import';
import { finding, type SdJwtCode, type SdJwtFinding } from './codes';
import { digestOf, sdAlgOf } from './digest';
import type { ParsedSdJwt } from './parse';

export type KbCheck = 'typ' | 'signature' | 'sd_hash';

/** What the KB-JWT says and what was checked, for showing and explaining. */
export interface KbFacts {
  readonly typ?: unknown;
  readonly alg?: string;
  readonly iat?: unknown;
  readonly aud?: unknown;
  readonly nonce?: unknown;
  readonly sdHash?: unknown;
  /** The digest of the presentation, as the holder should have computed it. */
  readonly expectedSdHash?: string;
  readonly holderJwk?: Readonly<Record<string, unknown>>;
  readonly checks: { readonly typ: boolean; readonly signature: boolean; readonly sdHash: boolean };
  /** Required claims missing (§4.3), or an `aud` or `nonce` other than the one expected. */
  readonly findings: readonly SdJwtFinding[];
}

export type KeyBindingVerdict =
  | { readonly status: 'absent'; readonly reason: 'KB_ABSENT' }
  | { readonly status: 'malformed'; readonly reason: 'KB_MALFORMED' }
  | {
      readonly status: 'no-holder-key';
      readonly reason: 'KB_NO_HOLDER_KEY';
      readonly facts: KbFacts;
    }
  | {
      readonly status: 'invalid';
      /** The first check that failed, in the order typ, signature, sd_hash. */
      readonly failed: KbCheck;
      readonly reason: SdJwtCode;
      readonly detail: Readonly<Record<string, string | number | boolean>>;
      readonly facts: KbFacts;
      readonly signature?: Verdict;
    }
  | {
      readonly status: 'verified';
      readonly reason: 'KB_VERIFIED';
      readonly facts: KbFacts;
      readonly signature: Verdict;
    };

export interface KeyBindingOptions {
  /** The verifier's own identifier and nonce, when it has them: a mismatch is a finding. */
  readonly expectedAud?: string;
  readonly expectedNonce?: string;
  /**
   * The Processed SD-JWT Payload, when the caller has it: its `cnf` counts, since a plain
   * SD-JWT may make `cnf` selectively disclosable. Otherwise the issuer payload's `cnf`.
   */
  readonly disclosedPayload?: Readonly<Record<string, unknown>>;
}

function claimFindings(
  payload: Readonly<Record<string, unknown>>,
  options: KeyBindingOptions,
): SdJwtFinding[] {
  const found: SdJwtFinding[] = [];
  const missing = (code: SdJwtCode, claim: string) =>
    found.push(finding(code, 'kb-jwt', 'warning', false, { path: [claim] }));
  if (typeof payload.iat !== 'number') missing('KB_IAT_MISSING', 'iat');
  if (typeof payload.aud !== 'string') missing('KB_AUD_MISSING', 'aud');
  if (typeof payload.nonce !== 'string') missing('KB_NONCE_MISSING', 'nonce');
  if (options.expectedAud !== undefined && payload.aud !== options.expectedAud) {
    found.push(
      finding('KB_AUD_UNEXPECTED', 'kb-jwt', 'error', true, {
        path: ['aud'],
        detail: { expected: options.expectedAud },
      }),
    );
  }
  if (options.expectedNonce !== undefined && payload.nonce !== options.expectedNonce) {
    found.push(
      finding('KB_NONCE_UNEXPECTED', 'kb-jwt', 'error', true, {
        path: ['nonce'],
        detail: { expected: options.expectedNonce },
      }),
    );
  }
  return found;
}

async function holderVerdict(
  parsed: NonNullable<ParsedSdJwt['kbJwt']>['parsed'],
  jwk: Readonly<Record<string, unknown>>,
): Promise<{ verdict?: Verdict; reason?: SdJwtCode; detail: Record<string, string> }> {
  const alg = parsed.alg!;
  if (alg === 'none') return { reason: 'KB_ALG_NONE', detail: {} };
  try {
    const imported = await importKeyText(JSON.stringify(jwk), { alg, usage: 'verify' });
    return { verdict: await verifyCompact(parsed, imported.cryptoKey), detail: {} };
  } catch (error) {
    if (!(error instanceof KeyError)) throw error;
    return { reason: 'KB_HOLDER_KEY_UNUSABLE', detail: { keyError: error.code, alg } };
  }
}

/** Checks the KB-JWT of a parsed SD-JWT+KB. Never throws for bad input. */
export async function verifyKeyBinding(
  sdJwt: ParsedSdJwt,
  options: KeyBindingOptions = {},
): Promise<KeyBindingVerdict> {
  const kb = sdJwt.kbJwt;
  if (!kb) return { status: 'absent', reason: 'KB_ABSENT' };
  const { parsed } = kb;
  const header = parsed.protectedHeader;
  const payload = parsed.payload?.json;
  if (
    parsed.kind !== 'jws' ||
    !header ||
    !isJsonObject(payload) ||
    !parsed.signature ||
    parsed.alg === undefined
  ) {
    return { status: 'malformed', reason: 'KB_MALFORMED' };
  }
  const cnf = (options.disclosedPayload ?? sdJwt.issuerPayload)?.cnf;
  const holderJwk = isJsonObject(cnf) && isJsonObject(cnf.jwk) ? cnf.jwk : undefined;
  const sdAlg = sdAlgOf(sdJwt.issuerPayload);
  // §4.3.1: the same hash as for the disclosures.
  const expectedSdHash = sdAlg.ok ? await digestOf(sdJwt.sdJwt, sdAlg.hash) : undefined;
  const typOk = header.typ === 'kb+jwt';
  const sdHashOk = expectedSdHash !== undefined && payload.sd_hash === expectedSdHash;
  const base = {
    typ: header.typ,
    alg: parsed.alg,
    iat: payload.iat,
    aud: payload.aud,
    nonce: payload.nonce,
    sdHash: payload.sd_hash,
    ...(expectedSdHash !== undefined ? { expectedSdHash } : {}),
    findings: claimFindings(payload, options),
  };
  if (!holderJwk) {
    const checks = { typ: typOk, signature: false, sdHash: sdHashOk };
    return { status: 'no-holder-key', reason: 'KB_NO_HOLDER_KEY', facts: { ...base, checks } };
  }
  const holder = await holderVerdict(parsed, holderJwk);
  const signatureOk = holder.verdict?.status === 'verified';
  const facts: KbFacts = {
    ...base,
    holderJwk,
    checks: { typ: typOk, signature: signatureOk, sdHash: sdHashOk },
  };
  const signature = holder.verdict ? { signature: holder.verdict } : {};
  if (!typOk) {
    return {
      status: 'invalid',
      failed: 'typ',
      reason: 'KB_TYP',
      detail: { typ: String(header.typ) },
      facts,
      ...signature,
    };
  }
  if (!signatureOk) {
    const reason = holder.reason ?? 'KB_SIGNATURE_INVALID';
    const detail = holder.verdict ? { verdict: holder.verdict.reason } : holder.detail;
    return { status: 'invalid', failed: 'signature', reason, detail, facts, ...signature };
  }
  if (!sdHashOk) {
    const reason: SdJwtCode = !sdAlg.ok
      ? 'KB_SD_HASH_ALG_UNSUPPORTED'
      : payload.sd_hash === undefined
        ? 'KB_SD_HASH_MISSING'
        : 'KB_SD_HASH_MISMATCH';
    return {
      status: 'invalid',
      failed: 'sd_hash',
      reason,
      detail: {},
      facts,
      signature: holder.verdict!,
    };
  }
  return { status: 'verified', reason: 'KB_VERIFIED', facts, signature: holder.verdict! };
}
