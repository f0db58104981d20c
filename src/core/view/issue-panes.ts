/**
 * The header and payload lead with claims chosen as selectively disclosable: they become an
 * SD-JWT (RFC 9901 §4.2), signed with the current key as a JWS of theirs would be. The panes
 * are read and the key found exactly as for that JWS (debug/encode.ts), so a pane or key that
 * cannot make one says so in the same words; the SD-JWT made is inspected as a pasted one.
 */
import { signingKey } from '../debug/key-inputs';
import { encodeToken } from '../debug/encode';
import { isJsonObject } from '../json/is-object';
import { issueSdJwt } from '../sd-jwt/issue';
import { inspected, type PanesEncoding } from './encode-panes';
import type { Chunks } from './chunks';
import type { Job } from './jobs';
import { claimPaths, pathKey, type IssueChoice } from './kinds/sd-jwt-issue';

export async function issuePanes(
  job: Extract<Job, { kind: 'encode' }>,
  choice: IssueChoice,
  chunks: Chunks,
): Promise<PanesEncoding> {
  const encoding = await encodeToken(job.header, job.payload, job.keys, chunks);
  if (!encoding.ok) return { ...encoding, kindProblems: [] };
  const payload: unknown = JSON.parse(encoding.payload);
  // A chosen claim the payload no longer has is no disclosure (it is chosen again when typed
  // back); those it has are made in document order.
  const chosen = new Set(choice.disclosable);
  const disclosable = isJsonObject(payload)
    ? claimPaths(payload).filter((path) => chosen.has(pathKey(path)))
    : [];
  if (disclosable.length === 0) {
    return { ok: true, token: encoding.token, inspected: { inspection: encoding.inspection } };
  }
  const issued = await issueSdJwt({
    header: JSON.parse(encoding.header) as Record<string, unknown>,
    payload,
    disclosable,
    decoys: choice.decoys,
    sdAlg: choice.sdAlg,
    ...keyOf(encoding.inspection.keys),
  });
  if (!issued.ok) {
    return {
      ok: false,
      problems: [],
      kindProblems: issued.refusals.map((finding) => ({ kind: 'sd-jwt', finding })),
      keys: encoding.inspection.keys,
      compact: { header: encoding.header, payload: encoding.payload },
    };
  }
  return {
    ok: true,
    token: issued.sdJwt,
    inspected: await inspected(issued.sdJwt, job.keys, chunks),
  };
}

function keyOf(reports: Parameters<typeof signingKey>[0]): { key?: CryptoKey } {
  const key = signingKey(reports);
  return key ? { key } : {};
}
