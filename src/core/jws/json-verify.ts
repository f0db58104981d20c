/**
 * Verifies each signature of a JWS JSON Serialization (RFC 7515 §7.2, §5.2): the signing input
 * is the `protected` member, `.`, and the `payload` member, as written. Reports per signature
 * and which ones verified; never throws for bad input.
 */
import { KeyError } from '../errors';
import { importKeyText } from '../keys/import';
import type { JwsJsonSignature, ParsedJwsJson } from './json-parse';
import { verifyCompact, type Verdict } from './verify';

export interface JwsJsonSignatureVerdict {
  readonly index: number;
  readonly verdict: Verdict;
  /** Why the key text gave no key for this signature (a KeyError code and its detail). */
  readonly keyError?: {
    readonly code: string;
    readonly detail: Readonly<Record<string, string | number | boolean>>;
  };
}

export interface JwsJsonVerdict {
  readonly signatures: readonly JwsJsonSignatureVerdict[];
  /** The signatures that verified, by index; the page names them in `Signature status`. */
  readonly verified: readonly number[];
}

export type KeyForSignature = (
  signature: JwsJsonSignature,
) => CryptoKey | undefined | Promise<CryptoKey | undefined>;

/** Verifies every signature with the key `keyFor` gives it (undefined: no key for that one). */
export async function verifyJwsJson(
  parsed: ParsedJwsJson,
  keyFor: KeyForSignature,
): Promise<JwsJsonVerdict> {
  const signatures = await Promise.all(
    parsed.signatures.map(async (signature) => ({
      index: signature.index,
      verdict: await verifyCompact(signature.token, await keyFor(signature)),
    })),
  );
  return {
    signatures,
    verified: signatures.filter((s) => s.verdict.status === 'verified').map((s) => s.index),
  };
}

/**
 * Verifies every signature with one pasted key text, imported for each signature's own `alg`
 * (and `kid`, to pick from a JWK Set): the way the page's `Public key` box serves them all.
 */
export async function verifyJwsJsonWithKeyText(
  parsed: ParsedJwsJson,
  keyText: string,
): Promise<JwsJsonVerdict> {
  const signatures = await Promise.all(
    parsed.signatures.map(async (signature): Promise<JwsJsonSignatureVerdict> => {
      const kid = typeof signature.header.kid === 'string' ? signature.header.kid : undefined;
      let key: CryptoKey | undefined;
      let keyError: JwsJsonSignatureVerdict['keyError'];
      if (signature.alg !== undefined && signature.alg !== 'none' && keyText.trim() !== '') {
        try {
          key = (
            await importKeyText(keyText, {
              alg: signature.alg,
              usage: 'verify',
              ...(kid ? { kid } : {}),
            })
          ).cryptoKey;
        } catch (error) {
          if (!(error instanceof KeyError)) throw error;
          keyError = { code: error.code, detail: error.detail };
        }
      }
      const verdict = await verifyCompact(signature.token, key);
      return keyError
        ? { index: signature.index, verdict, keyError }
        : { index: signature.index, verdict };
    }),
  );
  return {
    signatures,
    verified: signatures.filter((s) => s.verdict.status === 'verified').map((s) => s.index),
  };
}
