/** Importing one key that was read (not a JWK Set) with WebCrypto, with its facts and notes. */
import type { JwsAlgorithm } from '../algorithms';
import { isAlgorithmSupported } from '../support';
import { keyError } from './errors';
import { exportJwk } from './export';
import { assertJwkAllows, assertShapeFits } from './fit';
import type { ImportedKey, KeyFacts, KeyUsage } from './imported';
import { publicJwkOf, type Jwk } from './jwk';
import { padEcCoordinates } from './jwk-coordinates';
import type { KeyNote } from './notes';
import type { KeyMaterial } from './read';
import { jwkHasRocaFingerprint } from './roca';
import type { KeyShape } from './shape';
import { jwkThumbprint } from './thumbprint';

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

/** CVE-2017-15361: a danger note for an RSA modulus with the ROCA fingerprint. */
function rocaNotes(publicJwk: Jwk): KeyNote[] {
  if (!jwkHasRocaFingerprint(publicJwk)) return [];
  return [{ code: 'RSA_ROCA_FINGERPRINT', severity: 'danger', detail: { cve: 'CVE-2017-15361' } }];
}

export async function importMaterial(
  read: Exclude<KeyMaterial, { format: 'jwks' }>,
  entry: JwsAlgorithm,
  usage: KeyUsage,
): Promise<Omit<ImportedKey, 'selection'>> {
  assertShapeFits(read.shape, entry);
  if (read.format === 'jwk') assertJwkAllows(read.jwk, entry, usage);
  const notes: KeyNote[] = [...(read.notes ?? [])];
  let material = read;
  if (read.format === 'jwk') {
    const padded = padEcCoordinates(read.jwk);
    notes.push(...padded.notes);
    material = { ...read, jwk: padded.jwk };
  }
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
      notes,
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
    notes: [...notes, ...rocaNotes(publicJwk)],
  };
}
