/**
 * What marks an SD-JWT VC and which of its claims stay always visible: a module of its own,
 * with no imports, so the page's view can offer the claims without loading the SD-JWT engine.
 */

/**
 * draft-ietf-oauth-sd-jwt-vc §3.2.2.2: these registered claims, "including any of their
 * sub-claims", MUST NOT be selectively disclosed in an SD-JWT VC.
 */
export const SD_JWT_VC_NOT_DISCLOSABLE: ReadonlySet<string> = new Set([
  'iss',
  'nbf',
  'exp',
  'cnf',
  'vct',
  'vct#integrity',
  'aka_vcts',
  'status',
]);

/** `typ: dc+sd-jwt` (and `vc+sd-jwt`, its name before draft 06) marks an SD-JWT VC. */
export function isSdJwtVc(header: Readonly<Record<string, unknown>>): boolean {
  return header.typ === 'dc+sd-jwt' || header.typ === 'vc+sd-jwt';
}
