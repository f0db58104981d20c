/**
 * The JWE protected header's parameters (RFC 7516 §4.1, RFC 7518 §4.6.1, §4.7.1, §4.8.1), read
 * and checked against the alg. Every problem is a diagnostic on the header; nothing throws.
 */
import { headerParameters } from '../claims/catalogue';
import { decodeBase64url } from '../encoding/base64url';
import type { Severity } from '../diagnostics';
import { isJsonObject } from '../json/is-object';
import {
  contentEncryptionAlgorithm,
  ecdhCurve,
  keyManagementAlgorithm,
  type ContentEncryptionAlgorithm,
  type EcdhCurveInfo,
  type KeyManagementAlgorithm,
  type KeyManagementParam,
} from './algorithms';
import { jweDiagnostic, type JweDetail, type JweDiagnostic, type JweParseCode } from './codes';
import { isCtyJwt } from './nested';
import { checkP2c, P2C_CAP, P2C_WARN, P2S_MIN_BYTES } from './pbes2';

export interface JweHeaderParams {
  readonly alg?: string;
  readonly enc?: string;
  readonly algorithm?: KeyManagementAlgorithm;
  readonly encryption?: ContentEncryptionAlgorithm;
  readonly zip?: 'DEF';
  /** The ephemeral public key, its members checked against its curve. */
  readonly epk?: { readonly jwk: Readonly<Record<string, unknown>>; readonly curve: EcdhCurveInfo };
  readonly apu?: Uint8Array;
  readonly apv?: Uint8Array;
  readonly p2s?: Uint8Array;
  readonly p2c?: number;
  /** AES-GCM key wrap's `iv` and `tag` (RFC 7518 §4.7.1), not the content's. */
  readonly kwIv?: Uint8Array;
  readonly kwTag?: Uint8Array;
  readonly cty?: string;
  readonly kid?: string;
}

/**
 * Names RFC 7515, RFC 7516 and RFC 7518 define, which `crit` must not list (RFC 7516 §4.1.13):
 * from the header-parameter catalogue.
 */
const REGISTERED: ReadonlySet<string> = new Set(
  headerParameters
    .filter((entry) => ['RFC 7515', 'RFC 7516', 'RFC 7518'].includes(entry.source.spec))
    .map((entry) => entry.name),
);

type Push = (code: JweParseCode, severity: Severity, detail?: JweDetail) => void;

function stringParam(
  header: Readonly<Record<string, unknown>>,
  name: string,
  push: Push,
): string | undefined {
  const value = header[name];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  push('JWE_PARAM_WRONG_TYPE', 'error', { name, expected: 'string' });
  return undefined;
}

function bytesParam(
  header: Readonly<Record<string, unknown>>,
  name: string,
  push: Push,
): Uint8Array | undefined {
  const text = stringParam(header, name, push);
  if (text === undefined) return undefined;
  const decoded = decodeBase64url(text);
  if (decoded.ok) return decoded.bytes;
  push('JWE_PARAM_NOT_BASE64URL', 'error', {
    name,
    problem: decoded.problem.code,
    offset: decoded.problem.offset,
  });
  return undefined;
}

/** A base64url member of the epk that must be exactly `bytes` long (RFC 7518 §6.2.1.2, RFC 8037 §2). */
function coordinate(
  jwk: Readonly<Record<string, unknown>>,
  member: 'x' | 'y',
  bytes: number,
  push: Push,
): boolean {
  const value = jwk[member];
  const decoded = typeof value === 'string' ? decodeBase64url(value) : undefined;
  if (!decoded?.ok) {
    push('JWE_EPK_INVALID', 'error', { reason: 'not-base64url', member });
    return false;
  }
  if (decoded.bytes.length !== bytes) {
    push('JWE_EPK_INVALID', 'error', {
      reason: 'length',
      member,
      expected: bytes,
      found: decoded.bytes.length,
    });
    return false;
  }
  return true;
}

function readEpk(value: unknown, push: Push): JweHeaderParams['epk'] {
  if (!isJsonObject(value)) {
    push('JWE_PARAM_WRONG_TYPE', 'error', { name: 'epk', expected: 'object' });
    return undefined;
  }
  if (value.kty !== 'EC' && value.kty !== 'OKP') {
    push('JWE_EPK_INVALID', 'error', { reason: 'kty', member: 'kty', found: String(value.kty) });
    return undefined;
  }
  const curve = ecdhCurve(value.crv);
  if (!curve) {
    push('JWE_EPK_CURVE_UNKNOWN', 'error', { crv: String(value.crv) });
    return undefined;
  }
  if (curve.kty !== value.kty) {
    push('JWE_EPK_INVALID', 'error', {
      reason: 'kty-crv',
      member: 'kty',
      found: value.kty,
      crv: curve.crv,
    });
    return undefined;
  }
  if (value.d !== undefined) push('JWE_EPK_HAS_PRIVATE_KEY', 'warning');
  const x = coordinate(value, 'x', curve.coordinateBytes, push);
  const y = curve.kty === 'OKP' || coordinate(value, 'y', curve.coordinateBytes, push);
  return x && y ? { jwk: value, curve } : undefined;
}

function checkCrit(header: Readonly<Record<string, unknown>>, push: Push): void {
  const crit = header.crit;
  if (crit === undefined) return;
  if (
    !Array.isArray(crit) ||
    crit.length === 0 ||
    crit.some(
      (name) => typeof name !== 'string' || REGISTERED.has(name) || header[name] === undefined,
    )
  ) {
    push('JWE_CRIT_INVALID', 'error');
    return;
  }
  // This page implements no JOSE extension, so any critical one means: reject (RFC 7515 §4.1.11).
  push('JWE_CRIT_UNSUPPORTED', 'error', { names: crit.join(', ') });
}

function checkKwParam(
  bytes: Uint8Array | undefined,
  name: 'iv' | 'tag',
  expected: number,
  push: Push,
): void {
  if (bytes !== undefined && bytes.length !== expected) {
    push('JWE_KW_PARAM_LENGTH', 'error', { name, expected: expected * 8, found: bytes.length * 8 });
  }
}

function readPbes2(header: Readonly<Record<string, unknown>>, push: Push) {
  const p2s = bytesParam(header, 'p2s', push);
  if (p2s !== undefined && p2s.length < P2S_MIN_BYTES) {
    push('JWE_P2S_TOO_SHORT', 'error', { bytes: p2s.length, minimum: P2S_MIN_BYTES });
  }
  let p2c: number | undefined;
  if (header.p2c !== undefined) {
    const check = checkP2c(header.p2c);
    if (check === 'invalid')
      push('JWE_P2C_INVALID', 'error', { found: JSON.stringify(header.p2c) });
    else p2c = header.p2c as number;
    if (check === 'over-cap') push('JWE_P2C_OVER_CAP', 'error', { p2c: p2c!, cap: P2C_CAP });
    if (check === 'high') push('JWE_P2C_HIGH', 'warning', { p2c: p2c!, threshold: P2C_WARN });
  }
  return { p2s, p2c };
}

const KM_PARAMS: readonly KeyManagementParam[] = ['epk', 'apu', 'apv', 'p2s', 'p2c', 'iv', 'tag'];

/** Reads the header object's JWE parameters; pushes a diagnostic on `header` for each problem. */
export function readJweHeader(
  header: Readonly<Record<string, unknown>>,
  diagnostics: JweDiagnostic[],
): JweHeaderParams {
  const push: Push = (code, severity, detail) =>
    diagnostics.push(
      jweDiagnostic(code, 'header', severity, detail === undefined ? {} : { detail }),
    );

  let algorithm: KeyManagementAlgorithm | undefined;
  const alg = header.alg;
  if (alg === undefined) push('JWE_ALG_MISSING', 'error');
  else if (typeof alg !== 'string') push('JWE_ALG_NOT_STRING', 'error');
  else if (!(algorithm = keyManagementAlgorithm(alg))) push('JWE_ALG_UNKNOWN', 'error', { alg });

  let encryption: ContentEncryptionAlgorithm | undefined;
  const enc = header.enc;
  if (enc === undefined) push('JWE_ENC_MISSING', 'error');
  else if (typeof enc !== 'string') push('JWE_ENC_NOT_STRING', 'error');
  else if (!(encryption = contentEncryptionAlgorithm(enc)))
    push('JWE_ENC_UNKNOWN', 'error', { enc });

  const zipText = stringParam(header, 'zip', push);
  if (zipText !== undefined && zipText !== 'DEF')
    push('JWE_ZIP_UNKNOWN', 'error', { zip: zipText });

  const epk = header.epk === undefined ? undefined : readEpk(header.epk, push);
  const apu = bytesParam(header, 'apu', push);
  const apv = bytesParam(header, 'apv', push);
  const { p2s, p2c } = readPbes2(header, push);
  const kwIv = bytesParam(header, 'iv', push);
  const kwTag = bytesParam(header, 'tag', push);
  if (algorithm?.family === 'aes-gcm-kw') {
    checkKwParam(kwIv, 'iv', 12, push);
    checkKwParam(kwTag, 'tag', 16, push);
  }
  if (algorithm) {
    for (const name of algorithm.requires) {
      if (header[name] === undefined)
        push('JWE_PARAM_MISSING', 'error', { name, alg: algorithm.alg });
    }
    for (const name of KM_PARAMS) {
      if (header[name] !== undefined && !algorithm.uses.includes(name)) {
        push('JWE_PARAM_UNUSED', 'info', { name, alg: algorithm.alg });
      }
    }
  }
  checkCrit(header, push);
  const cty = stringParam(header, 'cty', push);
  // RFC 7519 §5.2: "JWT" (any case, RFC 7515 §4.1.10) says the content is a nested JWT.
  if (isCtyJwt(cty)) push('JWE_CTY_JWT', 'info');
  const kid = stringParam(header, 'kid', push);

  return {
    ...(typeof alg === 'string' ? { alg } : {}),
    ...(typeof enc === 'string' ? { enc } : {}),
    ...(algorithm ? { algorithm } : {}),
    ...(encryption ? { encryption } : {}),
    ...(zipText === 'DEF' ? { zip: 'DEF' as const } : {}),
    ...(epk ? { epk } : {}),
    ...(apu ? { apu } : {}),
    ...(apv ? { apv } : {}),
    ...(p2s ? { p2s } : {}),
    ...(p2c !== undefined ? { p2c } : {}),
    ...(kwIv ? { kwIv } : {}),
    ...(kwTag ? { kwTag } : {}),
    ...(cty !== undefined ? { cty } : {}),
    ...(kid !== undefined ? { kid } : {}),
  };
}
