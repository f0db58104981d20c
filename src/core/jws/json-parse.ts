/**
 * Reads the JWS JSON Serialization (RFC 7515 §7.2): general (`signatures`) or flattened
 * (`signature`), with each signature's protected and unprotected header and their union, and
 * the flattened and general SD-JWT of RFC 9901 §8 (`disclosures` and `kb_jwt` in the first
 * unprotected header). Never throws for bad input.
 */
import { decodeBase64url } from '../encoding/base64url';
import { utf8DecodeStrict, utf8Encode } from '../encoding/utf8';
import type { Diagnostic } from '../diagnostics';
import { decodePart, type DecodedPart, type Segment } from '../jose/part';
import { isJsonObject } from '../json/is-object';
import { parseJson } from '../json/parse';
import { jwsJsonFinding, type JwsJsonFinding } from './json-codes';
import type { ParsedToken } from './parse';

type JsonObject = Readonly<Record<string, unknown>>;

export interface JwsJsonSignature {
  readonly index: number;
  /** The `protected` member exactly as written; `''` when absent. */
  readonly protectedSegment: string;
  readonly protectedHeader?: JsonObject;
  readonly unprotectedHeader?: JsonObject;
  /** The JOSE Header: the union of both (§7.2.1). */
  readonly header: JsonObject;
  readonly alg?: string;
  readonly signatureSegment: string;
  readonly signature?: Uint8Array;
  /** This signature as a compact-shaped parse, for verifyCompact (signing input as written). */
  readonly token: ParsedToken;
}

export interface ParsedJwsJson {
  readonly input: string;
  readonly form?: 'general' | 'flattened';
  readonly payloadSegment?: string;
  readonly payload?: DecodedPart;
  readonly signatures: readonly JwsJsonSignature[];
  /** RFC 9901 §8: the disclosures and KB-JWT carried in the first unprotected header. */
  readonly sdJwt?: { readonly disclosures: readonly string[]; readonly kbJwt?: string };
  readonly findings: readonly JwsJsonFinding[];
  /** Decoding problems of the protected headers and the payload, with the compact codes. */
  readonly diagnostics: readonly Diagnostic[];
}

const SD_MEMBERS = ['disclosures', 'kb_jwt'] as const;

function segment(text: string): Segment {
  return { text, start: 0 };
}

function emptyHeader(): DecodedPart {
  return {
    segment: segment(''),
    bytes: new Uint8Array(0),
    text: '',
    json: undefined,
    isJson: false,
    numbers: [],
  };
}

function readProtected(
  value: unknown,
  index: number,
  findings: JwsJsonFinding[],
  diagnostics: Diagnostic[],
): { text: string; part: DecodedPart; header?: JsonObject } {
  if (value === undefined) return { text: '', part: emptyHeader() };
  if (typeof value !== 'string') {
    findings.push(jwsJsonFinding('JWS_JSON_PROTECTED_NOT_STRING', 'error', { signature: index }));
    return { text: '', part: emptyHeader() };
  }
  const part = decodePart(segment(value), 'header', diagnostics) ?? emptyHeader();
  if (part.isJson && !isJsonObject(part.json)) {
    findings.push(jwsJsonFinding('JWS_JSON_PROTECTED_NOT_OBJECT', 'error', { signature: index }));
  }
  return {
    text: value,
    part,
    ...(part.isJson && isJsonObject(part.json) ? { header: part.json } : {}),
  };
}

function readSignature(
  entry: JsonObject,
  index: number,
  payloadSegment: string,
  payload: DecodedPart | undefined,
  findings: JwsJsonFinding[],
  diagnostics: Diagnostic[],
): JwsJsonSignature {
  const at = { signature: index };
  const prot = readProtected(entry.protected, index, findings, diagnostics);
  let unprotected: JsonObject | undefined;
  if (entry.header !== undefined) {
    if (isJsonObject(entry.header)) unprotected = entry.header;
    else findings.push(jwsJsonFinding('JWS_JSON_HEADER_NOT_OBJECT', 'error', at));
  }
  if (entry.protected === undefined && entry.header === undefined) {
    findings.push(jwsJsonFinding('JWS_JSON_NO_HEADER', 'error', at));
  }
  const header: Record<string, unknown> = { ...prot.header };
  for (const [name, value] of Object.entries(unprotected ?? {})) {
    // §7.2.1: the names in the protected and the unprotected header MUST be disjoint.
    if (prot.header && Object.hasOwn(prot.header, name)) {
      findings.push(
        jwsJsonFinding('JWS_JSON_HEADER_DUPLICATE', 'error', { ...at, detail: { name } }),
      );
    } else header[name] = value;
  }
  // RFC 7515 §4.1.11: `crit` MUST be integrity protected.
  if (unprotected && Object.hasOwn(unprotected, 'crit')) {
    findings.push(jwsJsonFinding('JWS_JSON_CRIT_UNPROTECTED', 'error', at));
  }
  let alg: string | undefined;
  if (header.alg === undefined) findings.push(jwsJsonFinding('JWS_JSON_NO_ALG', 'error', at));
  else if (typeof header.alg !== 'string')
    findings.push(jwsJsonFinding('JWS_JSON_ALG_NOT_STRING', 'error', at));
  else alg = header.alg;
  let signatureSegment = '';
  let signature: Uint8Array | undefined;
  if (typeof entry.signature !== 'string') {
    findings.push(jwsJsonFinding('JWS_JSON_SIGNATURE_NOT_STRING', 'error', at));
  } else {
    signatureSegment = entry.signature;
    const decoded = decodeBase64url(signatureSegment);
    if (decoded.ok) signature = decoded.bytes;
    else {
      const detail = { problem: decoded.problem.code, at: decoded.problem.offset };
      findings.push(jwsJsonFinding('JWS_JSON_SIGNATURE_BASE64URL', 'error', { ...at, detail }));
    }
  }
  const segments = [segment(prot.text), segment(payloadSegment), segment(signatureSegment)];
  const token: ParsedToken = {
    token: `${prot.text}.${payloadSegment}.${signatureSegment}`,
    kind: 'jws',
    segments,
    header: prot.part,
    payload,
    ...(signature ? { signature: { segment: segments[2]!, bytes: signature } } : {}),
    ...(prot.header ? { protectedHeader: prot.header } : {}),
    ...(alg !== undefined ? { alg } : {}),
    diagnostics: [],
  };
  return {
    index,
    protectedSegment: prot.text,
    ...(prot.header ? { protectedHeader: prot.header } : {}),
    ...(unprotected ? { unprotectedHeader: unprotected } : {}),
    header,
    ...(alg !== undefined ? { alg } : {}),
    signatureSegment,
    ...(signature ? { signature } : {}),
    token,
  };
}

/** RFC 7797 §3: does the (first) protected header say `b64: false`? */
function isUnencoded(entry: unknown): boolean {
  if (!isJsonObject(entry) || typeof entry.protected !== 'string') return false;
  const decoded = decodeBase64url(entry.protected);
  const text = decoded.ok ? utf8DecodeStrict(decoded.bytes) : undefined;
  const parsed = text === undefined ? undefined : parseJson(text);
  return parsed?.ok === true && isJsonObject(parsed.value) && parsed.value.b64 === false;
}

/** RFC 7797 §3: with `b64: false` the payload is the octets as written, not base64url. */
function readPayload(
  text: string,
  unencoded: boolean,
  diagnostics: Diagnostic[],
): DecodedPart | undefined {
  if (!unencoded) return decodePart(segment(text), 'payload', diagnostics);
  const parsed = parseJson(text);
  const json = parsed.ok ? parsed.value : undefined;
  return {
    segment: segment(text),
    bytes: utf8Encode(text),
    text,
    json,
    isJson: parsed.ok,
    numbers: parsed.ok ? parsed.numbers : [],
  };
}

function sdJwtMembers(
  signatures: readonly JwsJsonSignature[],
  findings: JwsJsonFinding[],
): ParsedJwsJson['sdJwt'] {
  const first = signatures[0]?.unprotectedHeader;
  signatures.slice(1).forEach((signature) => {
    // RFC 9901 §8.3: only the first unprotected header carries `disclosures` and `kb_jwt`.
    for (const name of SD_MEMBERS) {
      if (signature.unprotectedHeader && Object.hasOwn(signature.unprotectedHeader, name)) {
        findings.push(
          jwsJsonFinding('JWS_JSON_SD_NOT_FIRST', 'error', {
            signature: signature.index,
            detail: { name },
          }),
        );
      }
    }
  });
  if (!first || (first.disclosures === undefined && first.kb_jwt === undefined)) return undefined;
  const list = first.disclosures ?? [];
  const valid = Array.isArray(list) && list.every((item) => typeof item === 'string');
  if (!valid)
    findings.push(jwsJsonFinding('JWS_JSON_SD_DISCLOSURES_INVALID', 'error', { signature: 0 }));
  if (first.kb_jwt !== undefined && typeof first.kb_jwt !== 'string') {
    findings.push(jwsJsonFinding('JWS_JSON_SD_KB_JWT_INVALID', 'error', { signature: 0 }));
  }
  const disclosures = valid ? (list as string[]) : [];
  return typeof first.kb_jwt === 'string' ? { disclosures, kbJwt: first.kb_jwt } : { disclosures };
}

export function parseJwsJson(input: string): ParsedJwsJson {
  const findings: JwsJsonFinding[] = [];
  const diagnostics: Diagnostic[] = [];
  const done = (extra: Partial<ParsedJwsJson> = {}): ParsedJwsJson => ({
    input,
    signatures: [],
    findings,
    diagnostics,
    ...extra,
  });
  const parsed = parseJson(input);
  if (!parsed.ok) {
    const { offset, line, column } = parsed.error;
    findings.push(jwsJsonFinding('JWS_JSON_SYNTAX', 'error', { offset, line, column }));
    return done();
  }
  const object = parsed.value;
  if (!isJsonObject(object)) {
    findings.push(jwsJsonFinding('JWS_JSON_NOT_OBJECT', 'error'));
    return done();
  }
  for (const duplicate of parsed.duplicateKeys) {
    findings.push(
      jwsJsonFinding('JWS_JSON_DUPLICATE_MEMBER', 'warning', {
        offset: duplicate.offset,
        detail: { key: duplicate.key },
      }),
    );
  }
  const general = object.signatures !== undefined;
  const flattened = object.signature !== undefined;
  if (general && flattened) findings.push(jwsJsonFinding('JWS_JSON_BOTH_FORMS', 'error'));
  if (!general && !flattened) findings.push(jwsJsonFinding('JWS_JSON_NO_SIGNATURE', 'error'));
  if (object.payload === undefined) findings.push(jwsJsonFinding('JWS_JSON_NO_PAYLOAD', 'error'));
  else if (typeof object.payload !== 'string')
    findings.push(jwsJsonFinding('JWS_JSON_PAYLOAD_NOT_STRING', 'error'));
  const form = general ? 'general' : flattened ? 'flattened' : undefined;
  if (form === undefined || typeof object.payload !== 'string') return done(form ? { form } : {});

  let entries: unknown[] = [object];
  if (general) {
    if (!Array.isArray(object.signatures)) {
      findings.push(jwsJsonFinding('JWS_JSON_SIGNATURES_NOT_ARRAY', 'error'));
      entries = [];
    } else entries = object.signatures;
    if (Array.isArray(object.signatures) && entries.length === 0)
      findings.push(jwsJsonFinding('JWS_JSON_SIGNATURES_EMPTY', 'error'));
  }
  const payloadSegment = object.payload;
  const payload = readPayload(payloadSegment, isUnencoded(entries[0]), diagnostics);
  const signatures: JwsJsonSignature[] = [];
  for (const [index, entry] of entries.entries()) {
    if (!isJsonObject(entry)) {
      findings.push(jwsJsonFinding('JWS_JSON_SIGNATURE_NOT_OBJECT', 'error', { signature: index }));
      continue;
    }
    signatures.push(readSignature(entry, index, payloadSegment, payload, findings, diagnostics));
  }
  const sdJwt = sdJwtMembers(signatures, findings);
  return done({
    form,
    payloadSegment,
    ...(payload ? { payload } : {}),
    signatures,
    ...(sdJwt ? { sdJwt } : {}),
  });
}
