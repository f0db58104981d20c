import { jwsAlgorithm } from '../algorithms';
import { KeyError } from '../errors';
import type { KeyErrorCode } from '../keys/errors';
import type { ImportedKey } from '../keys/import';
import { Lazy } from '../lazy';
import { importSecret, type SecretEncoding } from '../keys/secret';

/** The key boxes of the page, as typed. */
export interface KeyInputs {
  readonly secret: string;
  readonly secretEncoding: SecretEncoding;
  readonly publicKey: string;
  readonly privateKey: string;
  /** JWE (ui-contract.md): the recipient's private key, secret or password, to decrypt. */
  readonly decryptionKey: string;
  /** JWE: the recipient's public key, secret or password, to encrypt to. */
  readonly encryptionKey: string;
  /** SD-JWT: the holder's private key, to sign a key-binding JWT for a presentation. */
  readonly holderKey: string;
  /** A detached payload (RFC 7515 Appendix F) the token was signed over, as text. */
  readonly detachedPayload: string;
}

export const EMPTY_KEYS: KeyInputs = {
  secret: '',
  secretEncoding: 'utf8',
  publicKey: '',
  privateKey: '',
  decryptionKey: '',
  encryptionKey: '',
  holderKey: '',
  detachedPayload: '',
};

/** Whether two sets of key boxes hold the same texts. */
export function sameKeyInputs(a: KeyInputs, b: KeyInputs): boolean {
  return (
    a === b ||
    (a.secret === b.secret &&
      a.secretEncoding === b.secretEncoding &&
      a.publicKey === b.publicKey &&
      a.privateKey === b.privateKey &&
      a.decryptionKey === b.decryptionKey &&
      a.encryptionKey === b.encryptionKey &&
      a.holderKey === b.holderKey &&
      a.detachedPayload === b.detachedPayload)
  );
}

export type KeySlot = 'secret' | 'publicKey' | 'privateKey';

/** What one key box holds: a usable key with its facts, or why it cannot be used. */
export type KeyReport =
  | {
      readonly ok: true;
      readonly slot: KeySlot;
      readonly key: ImportedKey;
      readonly publicPem?: string;
    }
  | {
      readonly ok: false;
      readonly slot: KeySlot;
      readonly code: KeyErrorCode;
      readonly message: string;
      readonly detail: Readonly<Record<string, string | number | boolean>>;
    };

export interface KeyReports {
  readonly secret?: KeyReport;
  readonly publicKey?: KeyReport;
  readonly privateKey?: KeyReport;
}

function failure(slot: KeySlot, error: unknown): KeyReport {
  if (error instanceof KeyError) {
    return { ok: false, slot, code: error.code, message: error.message, detail: error.detail };
  }
  throw error;
}

async function report(
  slot: KeySlot,
  load: () => Promise<ImportedKey>,
  chunks: KeyChunks,
): Promise<KeyReport> {
  try {
    const key = await load();
    // A private key's public half as PEM fills an empty public key box.
    const publicPem =
      slot === 'privateKey' && key.publicKey
        ? await (await chunks.keyExport.get()).exportPem(key.publicKey)
        : undefined;
    return { ok: true, slot, key, ...(publicPem ? { publicPem } : {}) };
  } catch (error) {
    return failure(slot, error);
  }
}

/**
 * The chunks reading and verifying with the key boxes loads when first needed: PEM, DER and
 * JWK handling when a key is first pasted (most visits paste only a token and a secret, and
 * the page's start stays small), a private key's PEM export, the JWK Set's candidates when a
 * set first fits. A caller that keeps none gets its own (tests, one-off inspections).
 */
export class KeyChunks {
  readonly keyImport = new Lazy(() => import('../keys/import'));
  readonly keyExport = new Lazy(() => import('../keys/export'));
  readonly candidates = new Lazy(() => import('../jws/verify-candidates'));
}

/**
 * Reads every key box that is in play for the alg: the secret for HS*, the public and private
 * key for the others. Empty boxes are left out; each box reports on its own.
 */
export async function readKeyInputs(
  alg: string | undefined,
  kid: string | undefined,
  inputs: KeyInputs,
  chunks = new KeyChunks(),
): Promise<KeyReports> {
  const entry = jwsAlgorithm(alg);
  if (!entry || entry.family === 'none') return {};
  if (entry.family === 'hmac') {
    if (inputs.secret === '') return {};
    return {
      secret: await report(
        'secret',
        () =>
          importSecret(inputs.secret, inputs.secretEncoding, entry.alg, {
            ...(kid !== undefined ? { kid } : {}),
            usage: 'verify',
          }),
        chunks,
      ),
    };
  }
  const options = { alg: entry.alg, ...(kid !== undefined ? { kid } : {}) };
  const [publicKey, privateKey] = await Promise.all([
    inputs.publicKey.trim() === ''
      ? undefined
      : report(
          'publicKey',
          async () =>
            (await chunks.keyImport.get()).importKeyText(inputs.publicKey, {
              ...options,
              usage: 'verify',
            }),
          chunks,
        ),
    inputs.privateKey.trim() === ''
      ? undefined
      : report(
          'privateKey',
          async () =>
            (await chunks.keyImport.get()).importKeyText(inputs.privateKey, {
              ...options,
              usage: 'sign',
            }),
          chunks,
        ),
  ]);
  return { ...(publicKey ? { publicKey } : {}), ...(privateKey ? { privateKey } : {}) };
}

/** The report whose key verifies: the secret, else the public key box, else the private key. */
export function verifyingReport(reports: KeyReports): KeyReport | undefined {
  return reports.secret ?? reports.publicKey ?? reports.privateKey;
}

/** The key to verify with: the secret, else the public key box, else the private key's public half. */
export function verifyingKey(reports: KeyReports): CryptoKey | undefined {
  if (reports.secret?.ok) return reports.secret.key.cryptoKey;
  if (reports.publicKey) return reports.publicKey.ok ? reports.publicKey.key.cryptoKey : undefined;
  return reports.privateKey?.ok ? reports.privateKey.key.publicKey : undefined;
}

/** The key to sign with: the secret or the private key. */
export function signingKey(reports: KeyReports): CryptoKey | undefined {
  if (reports.secret?.ok) return reports.secret.key.cryptoKey;
  return reports.privateKey?.ok ? reports.privateKey.key.cryptoKey : undefined;
}
