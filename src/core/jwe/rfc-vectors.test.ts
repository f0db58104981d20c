/**
 * The JWE vectors of RFC 7516 A.1-A.3, RFC 7519 A.1/A.2, RFC 7520 §5.1-§5.13 and RFC 8037 A.6
 * (src/core/jwe/__fixtures__/jwe-vectors.json): each compact one decrypts to its plaintext or is
 * reported unsupported by name; one bit flipped in any part fails with the reason named.
 */
import { describe, expect, it } from 'vitest';
import { jwsVectors } from '../__fixtures__';
import { parseCompact } from '../jws/parse';
import { verifyCompact } from '../jws/verify';
import { importKeyText } from '../keys/import';
import { encodeBase64url } from '../encoding/base64url';
import { bytesToHex } from '../encoding/hex';
import { contentEncryptionAlgorithm, ecdhCurve } from './algorithms';
import { decryptContent, encryptContent } from './content';
import { decryptJwe } from './decrypt';
import { importEpk, sharedSecret } from './ecdh-es';
import { encryptJwe } from './encrypt';
import { nestedToken } from './nested';
import { parseJwe } from './parse';
import { jweVector, jweVectors, type JweVector } from './__fixtures__';
import { bytesOf, flipBit, text, utf8, vectorKeyText, type PartName } from './__tests__/tokens';

/** Key encryption WebCrypto does not have: these vectors decrypt only at the content layer here. */
const UNSUPPORTED_ALGS = new Set(['RSA1_5']);
const compact = jweVectors.filter((vector) => vector.compact !== null);
const supported = compact.filter((vector) => !UNSUPPORTED_ALGS.has(vector.alg!));
const unsupported = compact.filter((vector) => UNSUPPORTED_ALGS.has(vector.alg!));
const jsonOnly = jweVectors.filter(
  (vector) => vector.compact === null && vector.expected.result === 'decrypts',
);

async function decrypt(token: string, keyText: string) {
  return decryptJwe(parseJwe(token), keyText);
}

describe('RFC JWE vectors: compact serialization', () => {
  it('covers every vector of the fixture file', () => {
    expect(compact.length + jsonOnly.length + 1).toBe(jweVectors.length);
    expect(supported.map((vector) => vector.id)).toEqual([
      'RFC7516-A.1',
      'RFC7516-A.3',
      'RFC7520-5.2',
      'RFC7520-5.3',
      'RFC7520-5.4',
      'RFC7520-5.5',
      'RFC7520-5.6',
      'RFC7520-5.7',
      'RFC7520-5.8',
      'RFC7520-5.9',
    ]);
  });

  for (const vector of supported) {
    it(`${vector.id} (${vector.alg}, ${vector.enc}) decrypts to its plaintext`, async () => {
      const parsed = parseJwe(vector.compact!);
      expect(parsed.diagnostics.filter((entry) => entry.severity === 'error')).toEqual([]);
      const result = await decryptJwe(parsed, vectorKeyText(vector));
      if (result.status !== 'decrypted') throw new Error(`${vector.id}: ${JSON.stringify(result)}`);
      expect(text(result.plaintext)).toBe(vector.expected.plaintext);
      expect(encodeBase64url(result.values.cek)).toBe(vector.cek_b64);
      expect(text(result.values.aad)).toBe(vector.aad_ascii);
      if (vector.compressed_plaintext_b64) {
        expect(encodeBase64url(result.values.compressed!)).toBe(vector.compressed_plaintext_b64);
      }
    });
  }

  for (const vector of unsupported) {
    it(`${vector.id} (${vector.alg}) is unsupported: WebCrypto has no RSAES-PKCS1-v1_5`, async () => {
      const result = await decrypt(vector.compact!, vectorKeyText(vector));
      expect(result).toEqual({
        status: 'unsupported',
        code: 'JWE_ALG_UNSUPPORTED',
        detail: { name: 'RSA1_5', capability: 'RSAES-PKCS1-v1_5' },
      });
      // Without a key too: the page names what it cannot do whatever the key box holds.
      expect((await decrypt(vector.compact!, '')).status).toBe('unsupported');
    });
  }
});

/** What one flipped bit in each part must give, per key-management family. */
function expectedForFlip(vector: JweVector, part: PartName): string {
  if (part === 'encrypted-key') return 'JWE_UNWRAP_FAILED';
  return 'JWE_TAG_MISMATCH';
}

describe('RFC JWE vectors with one bit flipped', () => {
  for (const vector of supported) {
    const emptyKey = vector.encrypted_key_b64 === '';
    for (const part of ['encrypted-key', 'iv', 'ciphertext', 'tag'] as const) {
      if (part === 'encrypted-key' && emptyKey) {
        it(`${vector.id}: ${vector.alg} has no encrypted key to flip; a non-empty one is refused`, async () => {
          const token = vector.compact!.split('.');
          token[1] = 'AAAA';
          const result = await decrypt(token.join('.'), vectorKeyText(vector));
          expect(result).toMatchObject({
            status: 'failed',
            code: 'JWE_ENCRYPTED_KEY_NOT_EMPTY',
            part: 'encrypted-key',
          });
        });
        continue;
      }
      for (const bit of [0, 7]) {
        it(`${vector.id}: bit ${bit} flipped in the ${part} fails with ${expectedForFlip(vector, part)}`, async () => {
          const result = await decrypt(flipBit(vector.compact!, part, bit), vectorKeyText(vector));
          expect(result).toMatchObject({ status: 'failed', code: expectedForFlip(vector, part) });
        });
      }
    }
    it(`${vector.id}: a header member added (the AAD altered) fails with JWE_TAG_MISMATCH`, async () => {
      const segments = vector.compact!.split('.');
      const header = JSON.parse(vector.header_json!) as Record<string, unknown>;
      segments[0] = encodeBase64url(utf8(JSON.stringify({ ...header, kid: 'altered' })));
      const result = await decrypt(segments.join('.'), vectorKeyText(vector));
      expect(result).toMatchObject({ status: 'failed', code: 'JWE_TAG_MISMATCH', part: 'tag' });
    });
  }

  for (const vector of unsupported) {
    it(`${vector.id}: each flipped part still reports RSA1_5 as unsupported, never a decryption`, async () => {
      for (const part of ['encrypted-key', 'iv', 'ciphertext', 'tag'] as const) {
        const result = await decrypt(flipBit(vector.compact!, part), vectorKeyText(vector));
        expect(result.status).toBe('unsupported');
      }
    });
  }
});

describe('RFC JWE vectors at the content layer (RFC 7516 §5.1 step 15 from the printed CEK and IV)', () => {
  const withContent = jweVectors.filter(
    (vector) => vector.cek_b64 && vector.iv_b64 && vector.aad_ascii !== null,
  );
  for (const vector of withContent) {
    const enc = contentEncryptionAlgorithm(vector.enc)!;
    const cek = () => bytesOf(vector.cek_b64!);
    const iv = () => bytesOf(vector.iv_b64!);
    const aad = () => utf8(vector.aad_ascii!);
    it(`${vector.id}: the CEK, IV and AAD give the printed ciphertext and tag`, async () => {
      const plaintext = vector.compressed_plaintext_b64
        ? bytesOf(vector.compressed_plaintext_b64)
        : utf8(vector.expected.plaintext!);
      const sealed = await encryptContent(enc, cek(), iv(), aad(), plaintext);
      expect(encodeBase64url(sealed.ciphertext)).toBe(vector.ciphertext_b64);
      expect(encodeBase64url(sealed.tag)).toBe(vector.tag_b64);
    });
    it(`${vector.id}: a flipped bit in the IV, ciphertext or tag fails the ${enc.family} tag check`, async () => {
      const ciphertext = bytesOf(vector.ciphertext_b64!);
      const tag = bytesOf(vector.tag_b64!);
      const flip = (bytes: Uint8Array) =>
        bytes.map((byte, index) => (index === 0 ? byte ^ 1 : byte));
      const opened = await decryptContent(enc, cek(), iv(), aad(), ciphertext, tag);
      expect(opened.ok).toBe(true);
      for (const [altered, label] of [
        [[flip(iv()), ciphertext, tag], 'iv'],
        [[iv(), flip(ciphertext), tag], 'ciphertext'],
        [[iv(), ciphertext, flip(tag)], 'tag'],
      ] as const) {
        const result = await decryptContent(enc, cek(), altered[0], aad(), altered[1], altered[2]);
        expect({ label, result }).toEqual({
          label,
          result: { ok: false, code: 'JWE_TAG_MISMATCH' },
        });
      }
    });
  }
});

describe('RFC 7519 A.2: a nested JWT (sign, then encrypt)', () => {
  it('the content decrypted with the CEK is the RS256 JWS of RFC 7515 A.2, which verifies', async () => {
    const vector = jweVector('RFC7519-A.2');
    const enc = contentEncryptionAlgorithm(vector.enc)!;
    const parsed = parseJwe(vector.compact!);
    expect(parsed.params.cty).toBe('JWT');
    // The RFC prints no usable CEK; the fixture's notes give the one RSA1_5 decryption of the
    // encrypted key yields (node:crypto): the CEK is an input here, not a result.
    const cek = /gives the 256-bit CEK ([A-Za-z0-9_-]{43})/.exec(String(vector.notes))![1]!;
    const opened = await decryptContent(
      enc,
      bytesOf(cek),
      parsed.iv!,
      parsed.aad,
      parsed.ciphertext!,
      parsed.tag!,
    );
    if (!opened.ok) throw new Error(opened.code);
    const nested = nestedToken(opened.plaintext, parsed.params);
    expect(nested.kind).toBe('jws');
    const inner = jwsVectors.find((entry) => entry.id === vector.nested!.inner_id)!;
    expect(nested.kind === 'jws' && nested.token).toBe(inner.compact);
    const key = await importKeyText(JSON.stringify(inner.keys!.public_jwk), {
      alg: inner.alg,
      usage: 'verify',
    });
    const verdict = await verifyCompact(parseCompact(text(opened.plaintext)), key.cryptoKey);
    expect(verdict.status).toBe('verified');
  });
});

describe('RFC 7520 re-encryption from the printed CEK and IV (deterministic key management)', () => {
  for (const id of ['RFC7516-A.3', 'RFC7520-5.6', 'RFC7520-5.8']) {
    it(`${id}: encryptJwe gives the compact serialization byte for byte`, async () => {
      const vector = jweVector(id);
      const result = await encryptJwe({
        protectedHeader: vector.header_json!,
        plaintext: utf8(vector.expected.plaintext!),
        key: vectorKeyText(vector),
        fixed: { cek: bytesOf(vector.cek_b64!), iv: bytesOf(vector.iv_b64!) },
      });
      expect(result.status === 'encrypted' && result.token).toBe(vector.compact);
    });
  }
});

describe('RFC 7520 §5.10-§5.13: the JSON serialization', () => {
  for (const vector of jsonOnly) {
    it(`${vector.id} is read as the JSON serialization and reported unsupported, not decrypted`, async () => {
      const serialized = JSON.stringify(vector.flattened ?? vector.general);
      const parsed = parseJwe(serialized);
      expect(parsed.serialization).toBe('json');
      expect(parsed.diagnostics.map((entry) => entry.code)).toEqual(['JWE_JSON_SERIALIZATION']);
      const result = await decryptJwe(parsed, '{"kty":"oct","k":"AAAA"}');
      expect(result).toEqual({
        status: 'unsupported',
        code: 'JWE_JSON_UNSUPPORTED',
        detail: { name: 'JSON' },
      });
    });
  }
});

describe('RFC 8037 A.6: ECDH-ES with X25519', () => {
  it('gives the printed shared secret Z from either side', async () => {
    const vector = jweVector('RFC8037-A.6');
    const km = vector.key_management as Record<string, Record<string, string> | string>;
    const curve = ecdhCurve('X25519')!;
    const importPrivate = (jwk: unknown) =>
      crypto.subtle.importKey('jwk', jwk as JsonWebKey, { name: 'X25519' }, false, ['deriveBits']);
    const recipientPublic = await importEpk(vector.keys!.public_jwk!, curve);
    const epkPublic = await importEpk(km.epk_public_jwk as Record<string, string>, curve);
    if (!recipientPublic.ok || !epkPublic.ok) throw new Error('import failed');
    const sender = await sharedSecret(
      await importPrivate(km.epk_private_jwk),
      recipientPublic.key,
      curve,
    );
    const receiver = await sharedSecret(
      await importPrivate(vector.keys!.private_jwk),
      epkPublic.key,
      curve,
    );
    expect(sender.ok && bytesToHex(sender.z)).toBe(vector.expected.z_hex);
    expect(receiver.ok && bytesToHex(receiver.z)).toBe(vector.expected.z_hex);
  });

  it('a JWE encrypted to the RFC recipient key with its header decrypts with its private key', async () => {
    const vector = jweVector('RFC8037-A.6');
    const { epk: _epk, ...header } = vector.header!;
    const encrypted = await encryptJwe({
      protectedHeader: JSON.stringify(header),
      plaintext: utf8('Live long and prosper.'),
      key: JSON.stringify(vector.keys!.public_jwk),
    });
    if (encrypted.status !== 'encrypted') throw new Error(JSON.stringify(encrypted));
    const result = await decrypt(encrypted.token, JSON.stringify(vector.keys!.private_jwk));
    expect(result.status === 'decrypted' && text(result.plaintext)).toBe('Live long and prosper.');
  });
});
