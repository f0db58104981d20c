/**
 * What issuing refuses, before anything is made: claim paths that do not exist or name the
 * digest carriers, claims SD-JWT VC forbids to disclose selectively, a payload that already
 * uses the reserved names, decoys in a place that is no object or array.
 */
import { isJsonObject } from '../json/is-object';
import type { JsonPath } from '../json/types';
import { finding, type SdJwtCode, type SdJwtFinding } from './codes';
import { isSdHashName } from './digest';
import { SD_JWT_VC_NOT_DISCLOSABLE, isSdJwtVc } from './vc-claims';

export { SD_JWT_VC_NOT_DISCLOSABLE, isSdJwtVc } from './vc-claims';

export interface DecoySpec {
  /** An object (decoys join its `_sd`) or an array (decoy elements) in the payload as typed. */
  readonly path: JsonPath;
  readonly count: number;
}

/** RFC 9901 §4.1 rule 7: the names that carry digests, and `_sd_alg`, are the issuer's to write. */
const RESERVED: ReadonlySet<string> = new Set(['_sd', '...', '_sd_alg']);

/** The first member named `_sd`, `...` or `_sd_alg` anywhere in `value`, as a path. */
export function findReserved(value: unknown, path: JsonPath = []): JsonPath | undefined {
  if (Array.isArray(value)) {
    for (const [i, element] of value.entries()) {
      const found = findReserved(element, [...path, i]);
      if (found) return found;
    }
  } else if (isJsonObject(value)) {
    for (const [key, member] of Object.entries(value)) {
      if (RESERVED.has(key)) return [...path, key];
      const found = findReserved(member, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

function exists(root: unknown, path: JsonPath): boolean {
  let node = root;
  for (const key of path) {
    if (
      Array.isArray(node) &&
      typeof key === 'number' &&
      Number.isInteger(key) &&
      key >= 0 &&
      key < node.length
    ) {
      node = node[key];
    } else if (isJsonObject(node) && typeof key === 'string' && Object.hasOwn(node, key)) {
      node = node[key];
    } else return false;
  }
  return true;
}

function containerExists(root: unknown, path: JsonPath): boolean {
  if (!exists(root, path)) return false;
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return Array.isArray(node) || isJsonObject(node);
}

export function issueRefusals(
  header: Readonly<Record<string, unknown>>,
  payload: unknown,
  disclosable: readonly JsonPath[],
  decoys: readonly DecoySpec[],
  sdAlg: string,
): SdJwtFinding[] {
  const refusals: SdJwtFinding[] = [];
  const refuse = (code: SdJwtCode, part: 'header' | 'payload', path?: JsonPath, detail = {}) =>
    refusals.push(finding(code, part, 'error', false, { ...(path ? { path } : {}), detail }));
  // RFC 9901 §4.1: the Issuer-signed JWT MUST NOT use `none`.
  if (header.alg === 'none') refuse('ISSUE_ALG_NONE', 'header');
  if (!isSdHashName(sdAlg))
    refuse('ISSUE_SD_ALG_UNSUPPORTED', 'payload', undefined, { alg: sdAlg });
  if (!isJsonObject(payload)) {
    refuse('ISSUE_PAYLOAD_NOT_OBJECT', 'payload');
    return refusals;
  }
  const reserved = findReserved(payload);
  if (reserved)
    refuse('ISSUE_PAYLOAD_RESERVED_CLAIM', 'payload', reserved, { name: String(reserved.at(-1)) });
  const vc = isSdJwtVc(header);
  const seen = new Set<string>();
  for (const path of disclosable) {
    const key = JSON.stringify(path);
    if (path.length === 0) refuse('ISSUE_PATH_EMPTY', 'payload', path);
    else if (seen.has(key)) refuse('ISSUE_PATH_REPEATED', 'payload', path);
    else if (!exists(payload, path)) refuse('ISSUE_PATH_NOT_FOUND', 'payload', path);
    else if (vc && typeof path[0] === 'string' && SD_JWT_VC_NOT_DISCLOSABLE.has(path[0])) {
      refuse('ISSUE_VC_NOT_DISCLOSABLE', 'payload', path, { claim: path[0] });
    }
    seen.add(key);
  }
  for (const spec of decoys) {
    if (
      !Number.isInteger(spec.count) ||
      spec.count < 0 ||
      spec.count > 1000 ||
      !containerExists(payload, spec.path)
    ) {
      refuse('ISSUE_DECOY_PATH', 'payload', spec.path, { count: spec.count });
    }
  }
  return refusals;
}
