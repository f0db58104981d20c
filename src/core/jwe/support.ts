/**
 * What this runtime's WebCrypto can do for JWE, found by trying it (never from the user
 * agent): Chromium has no 192-bit AES, some runtimes lack X25519 or X448, and no WebCrypto has
 * had RSAES-PKCS1-v1_5 since the 2014 drafts. Each probe runs once; its result is remembered.
 */
import type {
  ContentEncryptionAlgorithm,
  EcdhCurve,
  KeyManagementAlgorithm,
  ShaHash,
} from './algorithms';

/** One WebCrypto ability, named after the primitive and its parameter. */
export type Capability =
  | `AES-KW-${128 | 192 | 256}`
  | `AES-GCM-${128 | 192 | 256}`
  | `AES-CBC-${128 | 192 | 256}`
  | `HMAC-${ShaHash}`
  | `PBKDF2-${ShaHash}`
  | `RSA-OAEP-${ShaHash}`
  | 'RSAES-PKCS1-v1_5'
  | `ECDH-${EcdhCurve}`;

/**
 * An RSA public key used only to ask importKey whether an RSA encryption scheme exists (a key
 * is needed to ask; generating one would take 100 ms). Made with node:crypto for this probe;
 * its private half was never kept.
 */
const PROBE_RSA_JWK: JsonWebKey = {
  kty: 'RSA',
  e: 'AQAB',
  n:
    '1IBKyWChDY1hNdXeBd-z_FwWrPw_FdhP33MC9rv_-Fu3hiAtNKvXsvzT4LUlkJpszSrI9bDtPqDRIxiQYkdDB7' +
    'TgoR6uIZI1afA7SROSNhGCpS9V0RTxdizysmDaiGM1Geq4jT7J25p2UgxCrDVCf1Z5iwqs68u56zOUJ6O459Xd' +
    '6mzGvd4CoAtKlOJnm0_uL3tJro9N_AqzFG6-ePKJf1R_TfYxzQxbwd5-1T08RpGve6jmTMlKlEKk_LfHCWDaav' +
    '8o3MrY5n1ERP8tfkEMSC2xubw7k8CyE1vy-fMffCthamX5LMF2JBWUzUkZeNT4cgrMj5dXdGX741quFwK-jQ',
};

type Probe = () => Promise<unknown>;

const AES_USAGES: Readonly<Record<'AES-KW' | 'AES-GCM' | 'AES-CBC', KeyUsage[]>> = {
  'AES-KW': ['wrapKey', 'unwrapKey'],
  'AES-GCM': ['encrypt', 'decrypt'],
  'AES-CBC': ['encrypt', 'decrypt'],
};
const HASHES: readonly ShaHash[] = ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'];

/** One probe per capability: the cheapest WebCrypto call that needs it. */
function probes(): ReadonlyMap<Capability, Probe> {
  const subtle = crypto.subtle;
  const table = new Map<Capability, Probe>();
  for (const name of ['AES-KW', 'AES-GCM', 'AES-CBC'] as const) {
    for (const length of [128, 192, 256] as const) {
      table.set(`${name}-${length}`, () =>
        subtle.generateKey({ name, length }, false, AES_USAGES[name]),
      );
    }
  }
  for (const hash of HASHES) {
    table.set(`HMAC-${hash}`, () =>
      subtle.importKey('raw', new Uint8Array(16), { name: 'HMAC', hash }, false, ['sign']),
    );
    table.set(`PBKDF2-${hash}`, async () => {
      const key = await subtle.importKey('raw', new Uint8Array(8), 'PBKDF2', false, ['deriveBits']);
      const params = { name: 'PBKDF2', hash, salt: new Uint8Array(8), iterations: 1 };
      return subtle.deriveBits(params, key, 128);
    });
    table.set(`RSA-OAEP-${hash}`, () =>
      subtle.importKey('jwk', PROBE_RSA_JWK, { name: 'RSA-OAEP', hash }, false, ['encrypt']),
    );
  }
  table.set('RSAES-PKCS1-v1_5', () =>
    subtle.importKey('jwk', PROBE_RSA_JWK, { name: 'RSAES-PKCS1-v1_5' }, false, ['encrypt']),
  );
  for (const curve of ['P-256', 'P-384', 'P-521'] as const) {
    table.set(`ECDH-${curve}`, () =>
      subtle.generateKey({ name: 'ECDH', namedCurve: curve }, false, ['deriveBits']),
    );
  }
  for (const curve of ['X25519', 'X448'] as const) {
    table.set(`ECDH-${curve}`, () => subtle.generateKey({ name: curve }, false, ['deriveBits']));
  }
  return table;
}

/** The one module-level state allowed (COMMON.md): probe results, by capability. */
const memo = new Map<Capability, Promise<boolean>>();

/**
 * Whether WebCrypto here has the capability. A probe's parameters are valid per the Web
 * Cryptography spec, so any refusal (NotSupportedError, or Chromium's OperationError for
 * 192-bit AES) means this runtime cannot do it.
 */
export function isCapabilitySupported(capability: Capability): Promise<boolean> {
  let known = memo.get(capability);
  if (known === undefined) {
    known = probes().get(capability)!().then(
      () => true,
      (error: unknown) => {
        if (
          error instanceof Error ||
          (typeof DOMException !== 'undefined' && error instanceof DOMException)
        ) {
          return false;
        }
        throw error;
      },
    );
    memo.set(capability, known);
  }
  return known;
}

/** What a key-management alg needs, apart from the curve (known only from a key or `epk`). */
export function algCapabilities(alg: KeyManagementAlgorithm): Capability[] {
  const needs: Capability[] = [];
  if (alg.family === 'rsa-oaep') needs.push(`RSA-OAEP-${alg.hash!}`);
  if (alg.family === 'rsa1_5') needs.push('RSAES-PKCS1-v1_5');
  if (alg.family === 'pbes2') needs.push(`PBKDF2-${alg.hash!}`);
  if (alg.family === 'aes-gcm-kw') needs.push(`AES-GCM-${alg.kwBits!}`);
  else if (alg.kwBits !== undefined) needs.push(`AES-KW-${alg.kwBits}`);
  return needs;
}

export function encCapabilities(enc: ContentEncryptionAlgorithm): Capability[] {
  return enc.family === 'aes-gcm'
    ? [`AES-GCM-${enc.aesBits}`]
    : [`AES-CBC-${enc.aesBits}`, `HMAC-${enc.hash!}`];
}

export function curveCapability(crv: EcdhCurve): Capability {
  return `ECDH-${crv}`;
}

/** The first capability of the list this runtime lacks, or undefined when it has them all. */
export async function firstMissing(
  capabilities: readonly Capability[],
): Promise<Capability | undefined> {
  const results = await Promise.all(capabilities.map(isCapabilitySupported));
  const index = results.indexOf(false);
  return index < 0 ? undefined : capabilities[index];
}

export type JweSupport =
  | { readonly supported: true }
  | {
      readonly supported: false;
      readonly code: 'JWE_ALG_UNSUPPORTED' | 'JWE_ENC_UNSUPPORTED' | 'JWE_CURVE_UNSUPPORTED';
      /** The alg, enc or curve named to the user. */
      readonly name: string;
      readonly capability: Capability;
    };

/**
 * Whether this runtime can decrypt and encrypt with alg × enc (and the ECDH curve, when known):
 * the alg is checked first, then the enc, then the curve, so the message names one of them.
 */
export async function jweSupport(
  alg: KeyManagementAlgorithm,
  enc: ContentEncryptionAlgorithm | undefined,
  curve?: EcdhCurve,
): Promise<JweSupport> {
  const algMissing = await firstMissing(algCapabilities(alg));
  if (algMissing)
    return { supported: false, code: 'JWE_ALG_UNSUPPORTED', name: alg.alg, capability: algMissing };
  if (enc) {
    const encMissing = await firstMissing(encCapabilities(enc));
    if (encMissing)
      return {
        supported: false,
        code: 'JWE_ENC_UNSUPPORTED',
        name: enc.enc,
        capability: encMissing,
      };
  }
  if (curve) {
    const capability = curveCapability(curve);
    if (!(await isCapabilitySupported(capability))) {
      return { supported: false, code: 'JWE_CURVE_UNSUPPORTED', name: curve, capability };
    }
  }
  return { supported: true };
}
