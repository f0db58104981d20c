import { jwsAlgorithm } from '../algorithms';
import { diagnostic, type Diagnostic } from '../diagnostics';
import { compactPane } from '../jose/compact-pane';
import { parseCompact } from '../jws/parse';
import { signCompact, SignError } from '../jws/sign';
import { inspectParsed, type Inspection } from './inspect';
import {
  KeyChunks,
  readKeyInputs,
  signingKey,
  type KeyInputs,
  type KeyReports,
} from './key-inputs';
import { isJsonObject } from '../json/is-object';

export type Encoding =
  | {
      readonly ok: true;
      readonly token: string;
      readonly header: string;
      readonly payload: string;
      readonly inspection: Inspection;
    }
  | {
      readonly ok: false;
      readonly problems: readonly Diagnostic[];
      readonly keys: KeyReports;
      /** The compact JSON of each pane that parsed: what a token of theirs would encode. */
      readonly compact: { readonly header?: string; readonly payload?: string };
    };

function headerFacts(header: string, problems: Diagnostic[]): { alg?: string; kid?: string } {
  const value: unknown = JSON.parse(header);
  if (!isJsonObject(value)) {
    problems.push(diagnostic('HEADER_NOT_OBJECT', 'header', 'error'));
    return {};
  }
  const { alg, kid } = value;
  if (alg === undefined) problems.push(diagnostic('HEADER_NO_ALG', 'header', 'error'));
  else if (typeof alg !== 'string')
    problems.push(diagnostic('HEADER_ALG_NOT_STRING', 'header', 'error'));
  else if (!jwsAlgorithm(alg))
    problems.push(diagnostic('ALG_UNKNOWN', 'header', 'error', { detail: { alg } }));
  return {
    ...(typeof alg === 'string' ? { alg } : {}),
    ...(typeof kid === 'string' ? { kid } : {}),
  };
}

/**
 * The header and payload lead: each becomes its compact JSON (JSON.stringify of the parsed
 * text, keys in the order typed, numbers as written), base64url-encoded and signed with the
 * current key. When that cannot be done, the problems say why and no token is made.
 */
export async function encodeToken(
  headerText: string,
  payloadText: string,
  inputs: KeyInputs,
  chunks = new KeyChunks(),
): Promise<Encoding> {
  const problems: Diagnostic[] = [];
  const header = compactPane(headerText, 'header', problems);
  const payload = compactPane(payloadText, 'payload', problems);
  const { alg, kid } = header === undefined ? {} : headerFacts(header, problems);
  const compact = {
    ...(header !== undefined ? { header } : {}),
    ...(payload !== undefined ? { payload } : {}),
  };
  const keys = alg && jwsAlgorithm(alg) ? await readKeyInputs(alg, kid, inputs, chunks) : {};
  if (problems.length > 0 || header === undefined || payload === undefined || alg === undefined) {
    return { ok: false, problems, keys, compact };
  }
  const entry = jwsAlgorithm(alg)!;
  const key = signingKey(keys);
  if (entry.family !== 'none' && !key) {
    const keyProblem = keys.secret ?? keys.privateKey;
    // A box that failed reports its own error; an empty one needs filling in.
    if (!keyProblem || keyProblem.ok) {
      problems.push(
        diagnostic(
          entry.family === 'hmac' ? 'SIGN_NO_SECRET' : 'SIGN_NO_PRIVATE_KEY',
          'key',
          'error',
          { detail: { alg } },
        ),
      );
    }
    return { ok: false, problems, keys, compact };
  }
  try {
    const signed = await signCompact({ header, payload, alg, key });
    const inspection = await inspectParsed(parseCompact(signed.token), inputs, keys, chunks);
    return { ok: true, token: signed.token, header, payload, inspection };
  } catch (error) {
    if (!(error instanceof SignError)) throw error;
    problems.push(diagnostic(error.code, 'key', 'error', { detail: error.detail }));
    return { ok: false, problems, keys, compact };
  }
}
