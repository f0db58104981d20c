import { jwsAlgorithm, type JwsAlgorithm, type KeyType } from '../algorithms';
import { KeyError } from '../errors';
import { isAlgorithmSupported } from '../support';
import { keyError } from './errors';
import { exportJwk } from './export';
import {
  publicJwkOf,
  selectFromJwks,
  shapeOfJwk,
  jwkKind,
  type Jwk,
  type JwksSelection,
} from './jwk';
import { readKeyText, type KeyFormat, type KeyMaterial } from './read';
import type { KeyShape } from './shape';
import { jwkThumbprint } from './thumbprint';

export type KeyUsage = 'sign' | 'verify';

export interface KeyFacts {
  readonly kind: 'public' | 'private' | 'secret';
  readonly kty: KeyType;
  readonly curve?: string;
  readonly modulusBits?: number;
  readonly parameterSet?: string;
  /** RFC 7638 SHA-256 thumbprint of the public key; not given for secrets. */
  readonly thumbprint?: string;
  /** Length of an HMAC secret in bytes. */
  readonly secretLength?: number;
}

export interface ImportedKey {
  readonly format: KeyFormat;
  /** A key for the requested usage: the private key to sign, the public key (or secret) to verify. */
  readonly cryptoKey: CryptoKey;
  /** The public key, for a public or private key (derived from the private one): verifies. */
  readonly publicKey?: CryptoKey;
  /** The public key as a JWK, for a public or private key: what fills the public key pane. */
  readonly publicJwk?: Readonly<Record<string, unknown>>;
  readonly facts: KeyFacts;
  /** How the key was chosen from a JWK Set. */
  readonly selection?: JwksSelection;
}

export interface ImportOptions {
  readonly alg: string;
  readonly usage: KeyUsage;
  /** The token header's `kid`, for choosing from a JWK Set. */
  readonly kid?: string;
}

/** Does the key's shape fit the alg? Throws the precise mismatch (style.md: fail in a fixed order). */
export function assertShapeFits(shape: KeyShape, entry: JwsAlgorithm): void {
  const found = shape.kty ?? shape.curve ?? shape.oid ?? 'unknown';
  if (shape.kty !== entry.kty) {
    throw keyError('KEY_WRONG_TYPE', `${entry.alg} needs a ${entry.kty} key, this is ${found}`, {
      alg: entry.alg,
      expected: entry.kty ?? 'none',
      found,
      ...(shape.curve ? { curve: shape.curve } : {}),
    });
  }
  if (entry.curve && shape.curve !== entry.curve) {
    throw keyError(
      'KEY_WRONG_CURVE',
      `${entry.alg} needs curve ${entry.curve}, this key is on ${shape.curve}`,
      {
        alg: entry.alg,
        expected: entry.curve,
        found: shape.curve ?? 'unknown',
      },
    );
  }
  if (entry.kty === 'AKP' && shape.parameterSet !== undefined && shape.parameterSet !== entry.alg) {
    throw keyError(
      'KEY_WRONG_TYPE',
      `${entry.alg} needs an ${entry.alg} key, this is ${shape.parameterSet}`,
      {
        alg: entry.alg,
        expected: entry.alg,
        found: shape.parameterSet,
      },
    );
  }
  if (entry.minRsaBits && shape.modulusBits !== undefined && shape.modulusBits < entry.minRsaBits) {
    throw keyError(
      'KEY_RSA_TOO_SMALL',
      `RSA keys must be at least ${entry.minRsaBits} bits; this one has ${shape.modulusBits}`,
      {
        alg: entry.alg,
        bits: shape.modulusBits,
        min: entry.minRsaBits,
      },
    );
  }
}

/** RFC 7517 §4.2-§4.4: a JWK's own `use`, `key_ops` and `alg` must allow this use. */
function assertJwkAllows(jwk: Jwk, entry: JwsAlgorithm, usage: KeyUsage): void {
  if (jwk.alg !== undefined && jwk.alg !== entry.alg) {
    throw keyError(
      'KEY_JWK_ALG_MISMATCH',
      `the JWK is for alg ${String(jwk.alg)}, the token uses ${entry.alg}`,
      {
        alg: entry.alg,
        jwkAlg: String(jwk.alg),
      },
    );
  }
  if (jwk.use !== undefined && jwk.use !== 'sig') {
    throw keyError('KEY_JWK_USE_MISMATCH', `the JWK's "use" is "${String(jwk.use)}", not "sig"`, {
      member: 'use',
      value: String(jwk.use),
    });
  }
  if (Array.isArray(jwk.key_ops) && !jwk.key_ops.includes(usage)) {
    throw keyError('KEY_JWK_USE_MISMATCH', `the JWK's "key_ops" do not include "${usage}"`, {
      member: 'key_ops',
      value: jwk.key_ops.join(','),
      usage,
    });
  }
}

async function subtleImport(
  format: 'spki' | 'pkcs8' | 'jwk',
  data: Uint8Array | Jwk,
  entry: JwsAlgorithm,
  usages: KeyUsage[],
): Promise<CryptoKey> {
  try {
    return format === 'jwk'
      ? await crypto.subtle.importKey('jwk', data as JsonWebKey, entry.importParams, true, usages)
      : await crypto.subtle.importKey(
          format,
          data as BufferSource,
          entry.importParams,
          true,
          usages,
        );
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw keyError(
      'KEY_IMPORT_FAILED',
      `WebCrypto could not import the key (${reason})`,
      { alg: entry.alg, reason },
      error,
    );
  }
}

/** A JWK as WebCrypto wants it: our own checks already covered alg, use and key_ops. */
function jwkForImport(jwk: Jwk): Jwk {
  const { use: _use, key_ops: _keyOps, ext: _ext, alg, ...rest } = jwk;
  // AKP keys carry their parameter set in `alg`, which WebCrypto requires.
  return jwk.kty === 'AKP' ? { ...rest, alg } : rest;
}

function factsOf(
  kind: KeyFacts['kind'],
  shape: KeyShape,
  key: CryptoKey,
  thumbprint: string | undefined,
): KeyFacts {
  const rsaBits = (key.algorithm as { modulusLength?: number }).modulusLength;
  return {
    kind,
    kty: shape.kty!,
    ...(shape.curve ? { curve: shape.curve } : {}),
    ...((rsaBits ?? shape.modulusBits) ? { modulusBits: rsaBits ?? shape.modulusBits } : {}),
    ...(shape.parameterSet ? { parameterSet: shape.parameterSet } : {}),
    ...(thumbprint ? { thumbprint } : {}),
  };
}

async function importMaterial(
  material: Exclude<KeyMaterial, { format: 'jwks' }>,
  entry: JwsAlgorithm,
  usage: KeyUsage,
): Promise<Omit<ImportedKey, 'selection'>> {
  assertShapeFits(material.shape, entry);
  if (material.format === 'jwk') assertJwkAllows(material.jwk, entry, usage);
  if (usage === 'sign' && material.kind === 'public') {
    throw keyError('KEY_PUBLIC_CANNOT_SIGN', 'a public key cannot sign: give the private key', {
      alg: entry.alg,
    });
  }
  if (!(await isAlgorithmSupported(entry.alg))) {
    throw keyError(
      'KEY_ALG_NOT_SUPPORTED',
      `this browser's WebCrypto does not support ${entry.alg}`,
      { alg: entry.alg },
    );
  }

  if (material.kind === 'secret') {
    const key = await subtleImport('jwk', jwkForImport(material.jwk), entry, ['sign', 'verify']);
    const length = (key.algorithm as KeyAlgorithm & { length: number }).length / 8;
    return {
      format: material.format,
      cryptoKey: key,
      facts: { kind: 'secret', kty: 'oct', secretLength: length },
    };
  }

  const importable =
    material.format === 'jwk'
      ? ({ format: 'jwk', data: jwkForImport(material.jwk) } as const)
      : material.kind === 'public'
        ? ({ format: 'spki', data: material.spki } as const)
        : ({ format: 'pkcs8', data: material.pkcs8 } as const);
  const ownUsage: KeyUsage = material.kind === 'private' ? 'sign' : 'verify';
  const key = await subtleImport(importable.format, importable.data, entry, [ownUsage]);
  const publicJwk = publicJwkOf(await exportJwk(key));
  // A private key's public half is derived once, so one import serves signing and verifying.
  const publicKey =
    material.kind === 'private'
      ? await subtleImport('jwk', jwkForImport(publicJwk), entry, ['verify'])
      : key;
  return {
    format: material.format,
    cryptoKey: usage === 'verify' ? publicKey : key,
    publicKey,
    publicJwk,
    facts: factsOf(material.kind, material.shape, key, await jwkThumbprint(publicJwk)),
  };
}

/**
 * Imports key text for an alg and a use. Reads the format, picks from a JWK Set, checks the key
 * against the alg, then imports with WebCrypto. Every failure is a `KeyError` with a code.
 */
export async function importKeyText(text: string, options: ImportOptions): Promise<ImportedKey> {
  const entry = jwsAlgorithm(options.alg);
  if (!entry || entry.family === 'none') {
    throw keyError('KEY_ALG_UNUSABLE', `alg ${options.alg} takes no key`, { alg: options.alg });
  }
  const material = readKeyText(text);
  if (material.format !== 'jwks') return importMaterial(material, entry, options.usage);

  const { jwk, selection } = selectFromJwks(material.keys, entry.alg, options.kid);
  const chosen = { format: 'jwk', kind: jwkKind(jwk), jwk, shape: shapeOfJwk(jwk) } as const;
  const imported = await importMaterial(chosen, entry, options.usage);
  return { ...imported, format: 'jwks', selection };
}

export { KeyError };
