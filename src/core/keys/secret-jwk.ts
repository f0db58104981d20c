/**
 * An `oct` JWK or a JWK Set of them typed in the Secret box (RFC 7517 §4, §5), as people paste
 * them from a key store. Loaded only when the box holds text that starts with `{`.
 */
import { importKeyText } from './import';
import type { ImportedKey } from './imported';
import type { SecretOptions } from './secret';
import { secretJwkKind } from './secret-jwk-kind';

/**
 * The HMAC key of an `oct` JWK or JWK Set (its `k`), picked by `kid` and checked like any JWK
 * (`alg`, `use`, `key_ops`), with the note `SECRET_FROM_JWK`; undefined when the text is no JWK
 * (a secret that merely starts with `{`).
 */
export async function importSecretJwk(
  text: string,
  alg: string,
  options: SecretOptions,
): Promise<ImportedKey | undefined> {
  const kind = secretJwkKind(text);
  if (kind === undefined) return undefined;
  const key = await importKeyText(text, {
    alg,
    usage: options.usage ?? 'verify',
    ...(options.kid !== undefined ? { kid: options.kid } : {}),
  });
  const note = { code: 'SECRET_FROM_JWK', severity: 'info', detail: { format: kind } } as const;
  return { ...key, notes: [note, ...key.notes] };
}
