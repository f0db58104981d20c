/**
 * The header and payload lead: they become a token of the kind they describe. A header with
 * an `enc` is a JWE (its engine a chunk of its own); any other a JWS, signed with the keys.
 * The made token is inspected as a pasted one would be, so the page judges it the same way.
 */
import type { Diagnostic } from '../diagnostics';
import type { KeyReports } from '../debug/key-inputs';
import type { JweProblem } from '../jwe/codes';
import type { JweValues } from '../jwe/decrypt';
import type { EncryptedFor } from '../jwe/encrypt';
import type { SdJwtFinding } from '../sd-jwt/codes';
import { isJsonObject } from '../json/is-object';
import { parseJson } from '../json/parse';
import { readToken } from '../token/read';
import { Chunks } from './chunks';
import { inspectToken, type TokenInspection } from './inspect-token';
import type { Job } from './jobs';

/** A kind's own reason the panes made no token, in its own codes. */
export type KindProblem =
  | JweProblem
  /** SD-JWT issuing refused (a claim SD-JWT VC forbids to disclose, alg none, …). */
  | { readonly kind: 'sd-jwt'; readonly finding: SdJwtFinding };

export type PanesEncoding =
  | {
      readonly ok: true;
      readonly token: string;
      readonly inspected: TokenInspection;
      /** A JWE made here: the values its encryption used (the CEK), for the learning view. */
      readonly values?: JweValues;
      /** A JWE made here: the key it was encrypted for. */
      readonly encryptedFor?: EncryptedFor;
    }
  | {
      readonly ok: false;
      readonly problems: readonly Diagnostic[];
      readonly kindProblems: readonly KindProblem[];
      readonly keys: KeyReports;
      /** The compact JSON of each pane that parsed: what a token of theirs would encode. */
      readonly compact: { readonly header?: string; readonly payload?: string };
    };

/** Whether the header text names a content encryption: then the panes make a JWE. */
export function headerHasEnc(header: string): boolean {
  const parsed = parseJson(header);
  return parsed.ok && isJsonObject(parsed.value) && parsed.value.enc !== undefined;
}

export async function inspected(
  token: string,
  keys: Job['keys'],
  chunks?: Chunks,
): Promise<TokenInspection> {
  const read = readToken(token);
  return read.kind === 'empty' ? {} : inspectToken(read, keys, chunks);
}

export async function encodePanes(
  job: Extract<Job, { kind: 'encode' }>,
  chunks = new Chunks(),
): Promise<PanesEncoding> {
  if (headerHasEnc(job.header)) {
    const { header, payload, keys, nested } = job;
    // Sign, then encrypt: a nested JWT (RFC 7519 §5.2), its engine a chunk of its own too.
    const made =
      nested !== undefined
        ? await chunks.signThenEncrypt
            .get()
            .then(({ signThenEncrypt }) => signThenEncrypt(header, payload, nested, keys, chunks))
        : await chunks.encryptPanes
            .get()
            .then(({ encryptPanes }) => encryptPanes(header, payload, keys));
    if (!made.ok) return made;
    const { token, values, encryptedFor } = made;
    const inspection = await inspected(token, keys, chunks);
    return { ok: true, token, values, encryptedFor, inspected: inspection };
  }
  if (job.issue) {
    // Claims chosen as selectively disclosable: an SD-JWT (its engine a chunk of its own).
    const { issuePanes } = await chunks.issuePanes.get();
    return issuePanes(job, job.issue, chunks);
  }
  const { encodeToken } = await chunks.encode.get();
  const encoding = await encodeToken(job.header, job.payload, job.keys, chunks);
  if (!encoding.ok) return { ...encoding, kindProblems: [] };
  return {
    ok: true,
    token: encoding.token,
    inspected: { inspection: encoding.inspection },
  };
}
