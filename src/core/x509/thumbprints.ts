import { encodeBase64url } from '../encoding/base64url';
import { bytesToHex } from '../encoding/hex';

/** A certificate's SHA-1 and SHA-256 digests: hex, and base64url as x5t and x5t#S256 hold them. */
export interface CertificateThumbprints {
  readonly sha1: string;
  readonly sha256: string;
  /** RFC 7515 §4.1.7: base64url of the SHA-1 digest of the DER. */
  readonly x5t: string;
  /** RFC 7515 §4.1.8: base64url of the SHA-256 digest. */
  readonly x5tS256: string;
}

export async function certificateThumbprints(der: Uint8Array): Promise<CertificateThumbprints> {
  const [sha1, sha256] = await Promise.all(
    (['SHA-1', 'SHA-256'] as const).map(
      async (hash) => new Uint8Array(await crypto.subtle.digest(hash, der as BufferSource)),
    ),
  );
  return {
    sha1: bytesToHex(sha1!),
    sha256: bytesToHex(sha256!),
    x5t: encodeBase64url(sha1!),
    x5tS256: encodeBase64url(sha256!),
  };
}
