/**
 * Digests of disclosures (RFC 9901 §4.2.3) and of the SD-JWT for `sd_hash` (§4.3.1):
 * base64url(hash(US-ASCII(text))), the hash named by `_sd_alg` (§4.1.1) with names from the
 * IANA "Named Information Hash Algorithm" registry; `sha-256` when `_sd_alg` is absent.
 */
import { encodeBase64url } from '../encoding/base64url';
import { utf8Encode } from '../encoding/utf8';
import { isJsonObject } from '../json/is-object';
import { finding, type SdJwtFinding } from './codes';

export type SdHashName = 'sha-256' | 'sha-384' | 'sha-512';
export type SubtleHash = 'SHA-256' | 'SHA-384' | 'SHA-512';

/** One entry per hash WebCrypto can compute; other registry names are reported unsupported. */
export const SD_HASH_ALGORITHMS: Readonly<Record<SdHashName, SubtleHash>> = {
  'sha-256': 'SHA-256',
  'sha-384': 'SHA-384',
  'sha-512': 'SHA-512',
};

export const DEFAULT_SD_ALG: SdHashName = 'sha-256';

export function isSdHashName(name: unknown): name is SdHashName {
  return typeof name === 'string' && Object.hasOwn(SD_HASH_ALGORITHMS, name);
}

export type SdAlgResult =
  | { readonly ok: true; readonly name: SdHashName; readonly hash: SubtleHash }
  | { readonly ok: false; readonly finding: SdJwtFinding };

/** The hash an issuer payload names in `_sd_alg`, or the finding that it is not one we have. */
export function sdAlgOf(payload: unknown): SdAlgResult {
  const value = isJsonObject(payload) ? payload._sd_alg : undefined;
  if (value === undefined) return { ok: true, name: DEFAULT_SD_ALG, hash: 'SHA-256' };
  if (isSdHashName(value)) return { ok: true, name: value, hash: SD_HASH_ALGORITHMS[value] };
  // §7.1 step 2.4: an `_sd_alg` that is not understood rejects the SD-JWT.
  return {
    ok: false,
    finding: finding('SD_ALG_UNSUPPORTED', 'payload', 'error', true, {
      path: ['_sd_alg'],
      detail: { alg: typeof value === 'string' ? value : JSON.stringify(value) },
    }),
  };
}

/** base64url(hash(ASCII(text))): a disclosure's digest, or the `sd_hash` of an SD-JWT. */
export async function digestOf(text: string, hash: SubtleHash): Promise<string> {
  // Base64url and `~` are ASCII, where UTF-8 and US-ASCII agree.
  const bytes = await crypto.subtle.digest(hash, utf8Encode(text) as BufferSource);
  return encodeBase64url(new Uint8Array(bytes));
}

/** The digest of each text, in order, computed together. */
export function digestsOf(texts: readonly string[], hash: SubtleHash): Promise<string[]> {
  return Promise.all(texts.map((text) => digestOf(text, hash)));
}
