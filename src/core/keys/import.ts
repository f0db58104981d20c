import { jwsAlgorithm } from '../algorithms';
import { KeyError } from '../errors';
import { keyError } from './errors';
import { importFromJwks } from './import-jwks';
import { importMaterial } from './import-material';
import type { ImportedKey, ImportOptions } from './imported';
import { readKeyText } from './read';

export type { ImportedCandidate, ImportedKey, ImportOptions, KeyFacts, KeyUsage } from './imported';
export { assertShapeFits } from './fit';
export { keyTypeName, neededKeyName } from './key-names';
export { jwsCriteria } from './import-jwks';

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

  return importFromJwks(material.keys, entry, options.usage, options.kid);
}

export { KeyError };
