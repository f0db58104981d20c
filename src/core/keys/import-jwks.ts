/** A key for a JWS from a JWK Set: every fitting key imported, the first one used. */
import type { JwsAlgorithm } from '../algorithms';
import { KeyError } from '../errors';
import type { ImportedCandidate, ImportedKey, KeyUsage } from './imported';
import { importMaterial } from './import-material';
import { jwkKind, shapeOfJwk } from './jwk';
import { selectJwks, type JwkCriteria, type JwksSelection } from './jwk-select';
import type { KeyNote } from './notes';

/** What a JWS key must be, as JWK Set criteria (RFC 7517 §4; jose's jwks/local.ts). */
export function jwsCriteria(entry: JwsAlgorithm, usage: KeyUsage, kid?: string): JwkCriteria {
  return {
    ...(kid !== undefined ? { kid } : {}),
    ...(entry.kty !== undefined ? { kty: entry.kty } : {}),
    ...(entry.curve !== undefined ? { crv: [entry.curve] } : {}),
    alg: entry.alg,
    use: 'sig',
    keyOp: usage,
    algRequiredFor: ['AKP'],
  };
}

/** One candidate imported, with the whole import result of it. */
interface Imported {
  readonly candidate: ImportedCandidate;
  readonly key: Omit<ImportedKey, 'selection'>;
}

/**
 * Imports every candidate of a set, in order. One that fails is passed over only while
 * another imports; when none does, the first one's error says why.
 */
async function importCandidates(
  selection: JwksSelection,
  entry: JwsAlgorithm,
  usage: KeyUsage,
): Promise<Imported[]> {
  const imported: Imported[] = [];
  let firstError: KeyError | undefined;
  for (const { index, kid, jwk } of selection.candidates) {
    const material = { format: 'jwk', kind: jwkKind(jwk), jwk, shape: shapeOfJwk(jwk) } as const;
    try {
      const key = await importMaterial(material, entry, usage);
      const candidate: ImportedCandidate = {
        index,
        ...(kid !== undefined ? { kid } : {}),
        cryptoKey: key.cryptoKey,
        ...(key.publicKey ? { publicKey: key.publicKey } : {}),
        facts: key.facts,
        notes: key.notes,
      };
      imported.push({ candidate, key });
    } catch (error) {
      if (!(error instanceof KeyError)) throw error;
      firstError ??= error;
    }
  }
  if (imported.length === 0) throw firstError!;
  return imported;
}

/**
 * The key for a JWS from a JWK Set: chosen by `kid`, `kty`, curve, `alg`, `use` and `key_ops`.
 * When several fit, the first is `cryptoKey` and all are `candidates`, with a note; a set that
 * mixes secrets and public keys gets a note too.
 */
export async function importFromJwks(
  keys: readonly unknown[],
  entry: JwsAlgorithm,
  usage: KeyUsage,
  kid: string | undefined,
): Promise<ImportedKey> {
  const found = selectJwks(keys, jwsCriteria(entry, usage, kid));
  const imported = await importCandidates(found, entry, usage);
  const primary = imported[0]!;
  const { kid: _first, ...rest } = found;
  const selection: JwksSelection = {
    ...rest,
    index: primary.candidate.index,
    ...(primary.candidate.kid !== undefined ? { kid: primary.candidate.kid } : {}),
  };
  const notes: KeyNote[] = [...primary.key.notes];
  if (imported.length > 1) {
    notes.push({
      code: 'JWKS_SEVERAL_CANDIDATES',
      severity: 'warning',
      detail: { count: imported.length, keyCount: found.keyCount },
    });
  }
  if (found.mixesSymmetricAndAsymmetric) {
    notes.push({ code: 'JWKS_MIXES_SYMMETRIC_AND_ASYMMETRIC', severity: 'warning' });
  }
  return {
    ...primary.key,
    format: 'jwks',
    selection,
    ...(imported.length > 1 ? { candidates: imported.map((entry) => entry.candidate) } : {}),
    notes,
  };
}
