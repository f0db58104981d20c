/**
 * RFC 7519 §5.2, sign then encrypt: the panes' payload signed as a JWS with the inner alg,
 * that JWS encrypted with `cty: "JWT"`. jose (an independent implementation) decrypts the
 * token and verifies the JWS inside with the matching keys.
 */
import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import signingKeys from '../__fixtures__/keys.json';
import { EMPTY_KEYS, type KeyInputs } from '../debug/key-inputs';
import { jweKey, secrets } from './__fixtures__';
import { innerHeaderOf, signThenEncrypt, withJwtCty } from './sign-then-encrypt';

const rsa = jweKey('rsa2048');
const { p256, ed25519 } = signingKeys.keys;
const payload = '{"sub":"dana","admin":false,"n":12345678901234567890}';

function keysWith(patch: Partial<KeyInputs>): KeyInputs {
  return { ...EMPTY_KEYS, ...patch };
}

/** The payload signed with HS256, then encrypted with RSA-OAEP-256 for the keys' key. */
function rsaAroundHs256(patch: Partial<KeyInputs>) {
  return signThenEncrypt(
    '{"alg":"RSA-OAEP-256","enc":"A256GCM"}',
    payload,
    'HS256',
    keysWith({ secret: 'a secret of thirty-two bytes!!!!', ...patch }),
  );
}

async function opened(token: string, key: jose.CryptoKey | Uint8Array) {
  const { plaintext, protectedHeader } = await jose.compactDecrypt(token, key);
  return { inner: new TextDecoder().decode(plaintext), protectedHeader };
}

describe('signThenEncrypt', () => {
  it('RSA-OAEP-256 around HS256: jose decrypts it, and verifies the JWS inside with the secret', async () => {
    const made = await rsaAroundHs256({ encryptionKey: rsa.spki });
    if (!made.ok) throw new Error(JSON.stringify(made));
    const { inner, protectedHeader } = await opened(
      made.token,
      await jose.importPKCS8(rsa.pkcs8, 'RSA-OAEP-256'),
    );
    expect(protectedHeader).toEqual({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' });
    expect(inner).toBe(made.inner);
    const verified = await jose.compactVerify(
      inner,
      new TextEncoder().encode('a secret of thirty-two bytes!!!!'),
    );
    expect(verified.protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' });
    // The payload's compact JSON, its large number as written.
    expect(new TextDecoder().decode(verified.payload)).toBe(payload);
    // The header bytes are the user's, cty appended.
    expect(made.token.split('.')[0]).toBe(
      jose.base64url.encode('{"alg":"RSA-OAEP-256","enc":"A256GCM","cty":"JWT"}'),
    ); // The key it was encrypted for, from the Encryption key box.
    expect(made.encryptedFor).toEqual({
      box: 'encryption',
      facts: { format: 'spki', kind: 'public', kty: 'RSA', bits: 2048 },
    });
  });

  it('the Encryption key empty, the Decryption key’s public half encrypts, and the result says which box', async () => {
    const made = await rsaAroundHs256({ decryptionKey: rsa.pkcs8 });
    if (!made.ok) throw new Error(JSON.stringify(made));
    const { inner } = await opened(made.token, await jose.importPKCS8(rsa.pkcs8, 'RSA-OAEP-256'));
    expect(inner).toBe(made.inner);
    expect(made.encryptedFor).toEqual({
      box: 'decryption',
      facts: { format: 'pkcs8', kind: 'private', kty: 'RSA', bits: 2048 },
    });
  });

  it('dir around ES256 and A128KW around EdDSA: each verifies in jose with the public key', async () => {
    for (const [jweHeader, innerAlg, key, decryptWith, privateKey, spki] of [
      [
        '{"alg":"dir","enc":"A256GCM"}',
        'ES256',
        secrets.oct256!,
        jose.base64url.decode(secrets.oct256!),
        p256.pkcs8,
        p256.spki,
      ],
      [
        '{"alg":"A128KW","enc":"A128CBC-HS256","kid":"k1"}',
        'EdDSA',
        secrets.oct128!,
        jose.base64url.decode(secrets.oct128!),
        ed25519.pkcs8,
        ed25519.spki,
      ],
    ] as const) {
      const made = await signThenEncrypt(
        jweHeader,
        payload,
        innerAlg,
        keysWith({ privateKey, encryptionKey: key }),
      );
      if (!made.ok) throw new Error(JSON.stringify(made));
      const { inner, protectedHeader } = await opened(made.token, decryptWith);
      expect(protectedHeader.cty).toBe('JWT');
      const verified = await jose.compactVerify(inner, await jose.importSPKI(spki, innerAlg));
      expect(verified.protectedHeader.alg).toBe(innerAlg);
    }
  });

  it('the JWE values of the encryption come with it: the CEK that jose unwraps the same way', async () => {
    const made = await signThenEncrypt(
      '{"alg":"dir","enc":"A128GCM"}',
      '{}',
      'HS256',
      keysWith({ secret: 'secret', encryptionKey: secrets.oct128! }),
    );
    if (!made.ok) throw new Error(JSON.stringify(made));
    // RFC 7518 §4.5: with dir, the CEK is the shared key.
    expect(jose.base64url.encode(made.values.cek)).toBe(secrets.oct128);
  });

  it('no secret for the inner alg: no token, the key box says why, read for the inner alg', async () => {
    const made = await signThenEncrypt(
      '{"alg":"dir","enc":"A128GCM"}',
      payload,
      'HS384',
      keysWith({ encryptionKey: secrets.oct128! }),
    );
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.problems.map((problem) => problem.code)).toEqual(['SIGN_NO_SECRET']);
    expect(made.kindProblems).toEqual([]);
  });

  it('no encryption key: signed, but no JWE, and the JWE code says why', async () => {
    const made = await signThenEncrypt(
      '{"alg":"RSA-OAEP","enc":"A128GCM"}',
      payload,
      'HS256',
      keysWith({ secret: 'secret' }),
    );
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.kindProblems.map((problem) => problem.code)).toEqual(['JWE_NO_KEY']);
  });

  it('a header that is not JSON is the header pane’s problem', async () => {
    const made = await signThenEncrypt(
      '{"alg":"dir",',
      payload,
      'HS256',
      keysWith({ secret: 'secret', encryptionKey: secrets.oct128! }),
    );
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.problems.map((problem) => problem.part)).toEqual(['header']);
  });
});

describe('withJwtCty (RFC 7519 §5.1: cty "JWT" when nesting)', () => {
  it('appends cty to the text as typed, keeps a cty of "JWT", replaces another', () => {
    expect(withJwtCty('{"alg":"dir","enc":"A128GCM"}')).toBe(
      '{"alg":"dir","enc":"A128GCM","cty":"JWT"}',
    );
    expect(withJwtCty('{}')).toBe('{"cty":"JWT"}');
    expect(withJwtCty('{"cty":"JWT","alg":"dir"}')).toBe('{"cty":"JWT","alg":"dir"}');
    expect(JSON.parse(withJwtCty('{"alg":"dir","cty":"text/plain"}'))).toEqual({
      alg: 'dir',
      cty: 'JWT',
    });
  });

  it('the inner header names the inner alg and typ JWT', () => {
    expect(innerHeaderOf('PS384')).toBe('{"alg":"PS384","typ":"JWT"}');
  });
});
