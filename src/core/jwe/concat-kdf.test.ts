/** The Concat KDF (RFC 7518 §4.6.2) against the worked example of RFC 7518 Appendix C. */
import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '../encoding/base64url';
import { utf8Encode } from '../encoding/utf8';
import { ecdhCurve } from './algorithms';
import { concatKdf, otherInfo } from './concat-kdf';
import { importEpk, sharedSecret } from './ecdh-es';

/** RFC 7518 Appendix C: Alice's ephemeral key and Bob's key, both P-256. */
const ALICE = {
  kty: 'EC',
  crv: 'P-256',
  x: 'gI0GAILBdu7T53akrFmMyGcsF3n5dO7MmwNBHKW5SV0',
  y: 'SLW_xSffzlPWrHEVI30DHM_4egVwt3NQqeUD7nMFpps',
  d: '0_NxaRPUMQoAJt50Gz8YiTr8gRTwyEaCumd-MToTmIo',
};
const BOB = {
  kty: 'EC',
  crv: 'P-256',
  x: 'weNJy2HscCSM6AEDTDg04biOvhFhyyWvOHQfeF_PxMQ',
  y: 'e8lnCO-AlStT-NJVX-crhB7QRYhiix03illJOVAOyck',
  d: 'VEmDZpDXXK8p8N0Cndsxs924q6nS1RXFASRl6BfUqdw',
};

describe('RFC 7518 Appendix C', () => {
  it('Z from either side, then the Concat KDF, gives the printed A128GCM key', async () => {
    const curve = ecdhCurve('P-256')!;
    const importPrivate = (jwk: JsonWebKey) =>
      crypto.subtle.importKey('jwk', jwk, curve.importParams, false, ['deriveBits']);
    const alicePublic = await importEpk(ALICE, curve);
    const bobPublic = await importEpk(BOB, curve);
    if (!alicePublic.ok || !bobPublic.ok) throw new Error('import failed');
    const bobSide = await sharedSecret(await importPrivate(BOB), alicePublic.key, curve);
    const aliceSide = await sharedSecret(await importPrivate(ALICE), bobPublic.key, curve);
    if (!bobSide.ok || !aliceSide.ok) throw new Error('agreement failed');
    expect(bobSide.z).toEqual(aliceSide.z);
    const key = await concatKdf(bobSide.z, 128, 'A128GCM', utf8Encode('Alice'), utf8Encode('Bob'));
    expect(encodeBase64url(key)).toBe('VqqN6vgjbSBcIijNcacQGg');
  });

  it('OtherInfo is AlgorithmID, PartyUInfo, PartyVInfo with 32-bit lengths, then the key length', () => {
    expect([...otherInfo('A128GCM', utf8Encode('Alice'), utf8Encode('Bob'), 128)]).toEqual([
      0, 0, 0, 7, 65, 49, 50, 56, 71, 67, 77, 0, 0, 0, 5, 65, 108, 105, 99, 101, 0, 0, 0, 3, 66,
      111, 98, 0, 0, 0, 128,
    ]);
  });

  it('a key longer than one SHA-256 output takes more rounds (A256CBC-HS512: 512 bits)', async () => {
    const z = new Uint8Array(32).fill(1);
    const long = await concatKdf(z, 512, 'A256CBC-HS512', new Uint8Array(0), new Uint8Array(0));
    expect(long.length).toBe(64);
    const first = new Uint8Array(
      await crypto.subtle.digest(
        'SHA-256',
        new Uint8Array([
          0,
          0,
          0,
          1,
          ...z,
          ...otherInfo('A256CBC-HS512', new Uint8Array(0), new Uint8Array(0), 512),
        ]),
      ),
    );
    const second = new Uint8Array(
      await crypto.subtle.digest(
        'SHA-256',
        new Uint8Array([
          0,
          0,
          0,
          2,
          ...z,
          ...otherInfo('A256CBC-HS512', new Uint8Array(0), new Uint8Array(0), 512),
        ]),
      ),
    );
    expect(long).toEqual(new Uint8Array([...first, ...second]));
  });
});
