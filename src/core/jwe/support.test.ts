/**
 * Feature detection by trying WebCrypto: a runtime that refuses 192-bit AES (Chromium) or lacks
 * X25519 is reported by name, for alg, enc and curve, with neither "decrypted" nor "failed".
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentEncryptionAlgorithm, keyManagementAlgorithm } from './algorithms';
import { jweKey, secrets } from './__fixtures__';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

/** support.ts and decrypt.ts loaded afresh (the probe memo is per module instance). */
async function fresh() {
  const support = await import('./support');
  const { decryptJwe } = await import('./decrypt');
  const { encryptJwe } = await import('./encrypt');
  const { parseJwe } = await import('./parse');
  return { ...support, decryptJwe, encryptJwe, parseJwe };
}

/** Chromium refuses 192-bit AES keys with an OperationError (crbug.com/533699). */
function refuseAes192() {
  const generateKey = crypto.subtle.generateKey.bind(crypto.subtle);
  const importKey = crypto.subtle.importKey.bind(crypto.subtle);
  vi.spyOn(crypto.subtle, 'generateKey').mockImplementation(((
    params: { length?: number },
    ...rest: unknown[]
  ) =>
    params.length === 192
      ? Promise.reject(new DOMException('192-bit AES keys are not supported', 'OperationError'))
      : (generateKey as (...args: unknown[]) => Promise<unknown>)(
          params,
          ...rest,
        )) as typeof crypto.subtle.generateKey);
  vi.spyOn(crypto.subtle, 'importKey').mockImplementation(((
    format: string,
    data: { length?: number; byteLength?: number },
    params: { name?: string } | string,
    ...rest: unknown[]
  ) =>
    typeof params === 'object' &&
    params.name?.startsWith('AES') &&
    format === 'raw' &&
    data.byteLength === 24
      ? Promise.reject(new DOMException('192-bit AES keys are not supported', 'OperationError'))
      : (importKey as (...args: unknown[]) => Promise<unknown>)(
          format,
          data,
          params,
          ...rest,
        )) as typeof crypto.subtle.importKey);
}

describe('feature detection', () => {
  it('Node 20 has every JWE primitive but RSAES-PKCS1-v1_5', async () => {
    const { isCapabilitySupported } = await fresh();
    for (const capability of [
      'AES-KW-192',
      'AES-GCM-192',
      'AES-CBC-192',
      'RSA-OAEP-SHA-1',
      'RSA-OAEP-SHA-512',
      'PBKDF2-SHA-384',
      'HMAC-SHA-384',
      'ECDH-P-521',
      'ECDH-X25519',
    ] as const) {
      expect({ capability, supported: await isCapabilitySupported(capability) }).toEqual({
        capability,
        supported: true,
      });
    }
    expect(await isCapabilitySupported('RSAES-PKCS1-v1_5')).toBe(false);
  });

  it('a runtime without 192-bit AES names the alg, then the enc', async () => {
    refuseAes192();
    const { jweSupport } = await fresh();
    expect(
      await jweSupport(keyManagementAlgorithm('A192KW')!, contentEncryptionAlgorithm('A128GCM')),
    ).toEqual({
      supported: false,
      code: 'JWE_ALG_UNSUPPORTED',
      name: 'A192KW',
      capability: 'AES-KW-192',
    });
    expect(
      await jweSupport(keyManagementAlgorithm('PBES2-HS384+A192KW')!, undefined),
    ).toMatchObject({ code: 'JWE_ALG_UNSUPPORTED', name: 'PBES2-HS384+A192KW' });
    expect(
      await jweSupport(keyManagementAlgorithm('dir')!, contentEncryptionAlgorithm('A192CBC-HS384')),
    ).toMatchObject({
      code: 'JWE_ENC_UNSUPPORTED',
      name: 'A192CBC-HS384',
      capability: 'AES-CBC-192',
    });
    expect(
      await jweSupport(keyManagementAlgorithm('A256KW')!, contentEncryptionAlgorithm('A256GCM')),
    ).toEqual({ supported: true });
  });

  it('decrypting and encrypting A192GCM there say "not supported", with or without a key', async () => {
    const token = await (async () => {
      const { encryptJwe } = await fresh();
      const made = await encryptJwe({
        protectedHeader: '{"alg":"A128KW","enc":"A192GCM"}',
        plaintext: new Uint8Array(1),
        key: secrets.oct128!,
      });
      if (made.status !== 'encrypted') throw new Error(JSON.stringify(made));
      return made.token;
    })();
    vi.resetModules();
    refuseAes192();
    const { decryptJwe, encryptJwe, parseJwe } = await fresh();
    for (const key of ['', secrets.oct128!]) {
      expect(await decryptJwe(parseJwe(token), key)).toEqual({
        status: 'unsupported',
        code: 'JWE_ENC_UNSUPPORTED',
        detail: { name: 'A192GCM', capability: 'AES-GCM-192' },
      });
    }
    expect(
      await encryptJwe({
        protectedHeader: '{"alg":"A128KW","enc":"A192GCM"}',
        plaintext: new Uint8Array(1),
        key: secrets.oct128!,
      }),
    ).toMatchObject({ status: 'unsupported', code: 'JWE_ENC_UNSUPPORTED' });
  });

  it('a runtime without X25519 names the curve, from the epk or from the key', async () => {
    const { encryptJwe } = await fresh();
    const made = await encryptJwe({
      protectedHeader: '{"alg":"ECDH-ES","enc":"A128GCM"}',
      plaintext: new Uint8Array(1),
      key: jweKey('x25519').spki,
    });
    if (made.status !== 'encrypted') throw new Error(JSON.stringify(made));
    vi.resetModules();
    const generateKey = crypto.subtle.generateKey.bind(crypto.subtle);
    vi.spyOn(crypto.subtle, 'generateKey').mockImplementation(((
      params: { name?: string },
      ...rest: unknown[]
    ) =>
      params.name === 'X25519'
        ? Promise.reject(new DOMException('Unrecognized algorithm name', 'NotSupportedError'))
        : (generateKey as (...args: unknown[]) => Promise<unknown>)(
            params,
            ...rest,
          )) as typeof crypto.subtle.generateKey);
    const fresher = await fresh();
    expect(await fresher.decryptJwe(fresher.parseJwe(made.token), '')).toEqual({
      status: 'unsupported',
      code: 'JWE_CURVE_UNSUPPORTED',
      detail: { name: 'X25519', capability: 'ECDH-X25519' },
    });
    expect(
      await fresher.encryptJwe({
        protectedHeader: '{"alg":"ECDH-ES","enc":"A128GCM"}',
        plaintext: new Uint8Array(1),
        key: jweKey('x25519').spki,
      }),
    ).toEqual({
      status: 'unsupported',
      code: 'JWE_CURVE_UNSUPPORTED',
      detail: { name: 'X25519', capability: 'ECDH-X25519' },
    });
  });

  it('a probe runs once per capability', async () => {
    const spy = vi.spyOn(crypto.subtle, 'generateKey');
    const { isCapabilitySupported } = await fresh();
    await Promise.all([isCapabilitySupported('ECDH-P-384'), isCapabilitySupported('ECDH-P-384')]);
    await isCapabilitySupported('ECDH-P-384');
    expect(
      spy.mock.calls.filter(([params]) => (params as EcKeyGenParams).namedCurve === 'P-384'),
    ).toHaveLength(1);
  });
});
