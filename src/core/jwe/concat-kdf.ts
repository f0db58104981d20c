/**
 * The Concat KDF of NIST SP 800-56A §5.8.1 as RFC 7518 §4.6.2 uses it, built from SHA-256
 * digest calls (WebCrypto has no such KDF):
 *   OtherInfo = AlgorithmID || PartyUInfo || PartyVInfo || SuppPubInfo
 * each of the first three a 32-bit big-endian length and its octets, SuppPubInfo the key length
 * in bits as 32 bits; round i hashes counter(i) || Z || OtherInfo.
 */
import { utf8Encode } from '../encoding/utf8';
import { concatBytes, source, uint32be } from './bytes';

function lengthPrefixed(bytes: Uint8Array): Uint8Array {
  return concatBytes(uint32be(bytes.length), bytes);
}

export function otherInfo(
  algorithmId: string,
  apu: Uint8Array,
  apv: Uint8Array,
  keyDataLen: number,
): Uint8Array {
  return concatBytes(
    lengthPrefixed(utf8Encode(algorithmId)),
    lengthPrefixed(apu),
    lengthPrefixed(apv),
    uint32be(keyDataLen),
  );
}

/** `keyDataLen` bits of key from the shared secret Z. */
export async function concatKdf(
  z: Uint8Array,
  keyDataLen: number,
  algorithmId: string,
  apu: Uint8Array,
  apv: Uint8Array,
): Promise<Uint8Array> {
  const info = otherInfo(algorithmId, apu, apv, keyDataLen);
  const rounds = Math.ceil(keyDataLen / 256);
  const digests: Uint8Array[] = [];
  for (let counter = 1; counter <= rounds; counter++) {
    const input = concatBytes(uint32be(counter), z, info);
    digests.push(new Uint8Array(await crypto.subtle.digest('SHA-256', source(input))));
  }
  return concatBytes(...digests).slice(0, keyDataLen / 8);
}
