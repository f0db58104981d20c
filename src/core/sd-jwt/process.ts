/**
 * RFC 9901 §7.1 (and the SD-JWT half of §7.3): digests of the disclosures, the disclosed
 * payload, and for each disclosure whether it is referenced and where it landed. The issuer
 * signature is verified separately (verifyCompact on `parsed.jws`): this is the rest.
 */
import type { JsonPath } from '../json/types';
import { finding, mustReject, type SdJwtFinding } from './codes';
import { digestsOf, sdAlgOf, type SdHashName, type SubtleHash } from './digest';
import type { Disclosure } from './disclosure';
import type { ParsedSdJwt } from './parse';
import { resolveDisclosures, type ClaimOrigin, type DecoyDigest } from './resolve';

export type { ClaimOrigin, DecoyDigest } from './resolve';

export interface DisclosureReport {
  readonly index: number;
  readonly kind: Disclosure['kind'];
  /** The disclosure as in the token. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly salt?: string;
  /** The claim name; absent for an array element. */
  readonly name?: string;
  readonly value?: unknown;
  /** The value's JSON text as the disclosure holds it. */
  readonly valueText?: string;
  /** The decoded JSON array. */
  readonly json?: string;
  /** Undefined only when `_sd_alg` names a hash we do not have. */
  readonly digest?: string;
  /** Its digest is found in the issuer payload or in another referenced disclosure. */
  readonly referenced: boolean;
  /** Where the claim landed in the disclosed payload. */
  readonly path?: JsonPath;
  /** The disclosure whose value holds this one's digest; absent when the issuer payload does. */
  readonly parent?: number;
}

export interface ProcessedSdJwt {
  /** The hash of `_sd_alg`; absent when it names one we do not have. */
  readonly sdAlg?: SdHashName;
  readonly hash?: SubtleHash;
  /** The Processed SD-JWT Payload (§7.1); absent when the issuer payload cannot be read. */
  readonly disclosedPayload?: Record<string, unknown>;
  readonly disclosures: readonly DisclosureReport[];
  /** Every member and element of the disclosed payload, parents before children. */
  readonly claims: readonly ClaimOrigin[];
  readonly decoys: readonly DecoyDigest[];
  /** The parse findings and the processing findings, in that order. */
  readonly findings: readonly SdJwtFinding[];
  /** RFC 9901 says to reject this SD-JWT (some finding has `reject`). */
  readonly rejected: boolean;
}

function report(
  disclosure: Disclosure,
  digest: string | undefined,
  referenced: boolean,
  path: JsonPath | undefined,
  parent: number | undefined,
): DisclosureReport {
  const { index, kind, text, start, end, salt, name, value, valueText, json } = disclosure;
  return {
    ...{ index, kind, text, start, end, salt, name, value, valueText, json, digest, referenced },
    ...(path ? { path } : {}),
    ...(parent !== undefined ? { parent } : {}),
  };
}

/** Processes a parsed SD-JWT per RFC 9901 §7.1. Never throws for bad input. */
export async function processSdJwt(parsed: ParsedSdJwt): Promise<ProcessedSdJwt> {
  const findings: SdJwtFinding[] = [...parsed.findings];
  const payload = parsed.issuerPayload;
  const sdAlg = sdAlgOf(payload);
  if (!sdAlg.ok) findings.push(sdAlg.finding);
  const digests: (string | undefined)[] = sdAlg.ok
    ? await digestsOf(
        parsed.disclosures.map((disclosure) => disclosure.text),
        sdAlg.hash,
      )
    : parsed.disclosures.map(() => undefined);
  const alg = sdAlg.ok ? { sdAlg: sdAlg.name, hash: sdAlg.hash } : {};

  if (!payload) {
    const disclosures = parsed.disclosures.map((d, i) =>
      report(d, digests[i], false, undefined, undefined),
    );
    return { ...alg, disclosures, claims: [], decoys: [], findings, rejected: true };
  }
  const resolution = resolveDisclosures(payload, parsed.disclosures, digests);
  findings.push(...resolution.findings);
  const repeated = new Set(
    parsed.findings
      .filter((item) => item.code === 'DISCLOSURE_REPEATED')
      .map((item) => item.disclosure),
  );
  const disclosures = parsed.disclosures.map((disclosure, i) => {
    const referenced = resolution.referenced[i]!;
    // §7.1 step 5: a disclosure no digest points at rejects the SD-JWT (unless `_sd_alg` already did).
    if (!referenced && sdAlg.ok && !repeated.has(i)) {
      findings.push(
        finding('DISCLOSURE_NOT_REFERENCED', 'disclosure', 'error', true, {
          disclosure: i,
          offset: disclosure.start,
          detail: { digest: digests[i]! },
        }),
      );
    }
    return report(disclosure, digests[i], referenced, resolution.paths[i], resolution.parents[i]);
  });
  return {
    ...alg,
    disclosedPayload: resolution.payload,
    disclosures,
    claims: resolution.claims,
    decoys: resolution.decoys,
    findings,
    rejected: mustReject(findings),
  };
}
