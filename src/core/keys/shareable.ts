import { encodeBase64 } from '../encoding/base64url';
import { KeyError } from '../errors';
import { certificatesFromPem } from '../x509/sources';
import { isJwkObject, jwkKind, type Jwk } from './jwk';
import { parsePem, toPem } from './pem';
import { readKeyText } from './read';

/** Why key text may not go into a share link. */
export type ShareRefusal =
  /** A private key, or a JWK Set holding one. */
  | 'private'
  /** An HMAC secret (`oct` JWK). */
  | 'secret'
  /** Text that is not a key: it could be a secret typed into the wrong box. */
  | 'not-a-key'
  /** A public key's PEM text with other blocks beside it, that could be anything. */
  | 'mixed';

export type Shareable =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly refusal: ShareRefusal };

const PUBLIC_LABELS = new Set(['PUBLIC KEY', 'RSA PUBLIC KEY', 'CERTIFICATE']);

function labelsOf(text: string): string[] {
  return [...text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].map((match) => match[1]!);
}

/**
 * The public key text a share link may carry (ui-contract.md, Privacy: never a secret or a
 * private key in a URL), rebuilt from what was read so that nothing else rides along: the
 * first PEM block (every block, for a certificate chain), or the JWK or JWK Set as compact
 * JSON when every key in it is public. Anything else is refused, with the reason.
 */
export function shareablePublicKey(text: string): Shareable {
  let material;
  try {
    material = readKeyText(text);
  } catch (error) {
    // Unreadable text might be a secret typed into the wrong box: it stays out of the URL.
    if (error instanceof KeyError) return { ok: false, refusal: 'not-a-key' };
    throw error;
  }
  switch (material.format) {
    case 'spki':
    case 'pkcs1-public':
    case 'x509': {
      const labels = labelsOf(text);
      if (labels.some((label) => !PUBLIC_LABELS.has(label)))
        return { ok: false, refusal: 'private' };
      if (material.format !== 'x509') {
        if (labels.length > 1) return { ok: false, refusal: 'mixed' };
        const { label, der } = parsePem(text);
        return { ok: true, text: toPem(label, encodeBase64(der)) };
      }
      if (labels.some((label) => label !== 'CERTIFICATE')) return { ok: false, refusal: 'mixed' };
      const { ders } = certificatesFromPem(text, 'key');
      return {
        ok: true,
        text: ders.map((der) => toPem('CERTIFICATE', encodeBase64(der))).join(''),
      };
    }
    case 'jwk':
      return jwkRefusal(material.jwk) ?? { ok: true, text: JSON.stringify(material.jwk) };
    case 'jwks': {
      for (const key of material.keys) {
        const refusal = isJwkObject(key)
          ? jwkRefusal(key)
          : { ok: false as const, refusal: 'not-a-key' as const };
        if (refusal) return refusal;
      }
      return { ok: true, text: JSON.stringify({ keys: material.keys }) };
    }
    default:
      return { ok: false, refusal: 'private' };
  }
}

function jwkRefusal(jwk: Jwk): Shareable | undefined {
  const kind = jwkKind(jwk);
  if (kind === 'public') return undefined;
  return { ok: false, refusal: kind === 'secret' ? 'secret' : 'private' };
}
