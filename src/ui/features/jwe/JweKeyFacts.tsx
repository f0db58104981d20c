import type { JweKeyFacts as Facts } from '../../../core/jwe/key';
import { Icon } from '../../components/Icon';
import { useI18n, useMessages } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { jweUiMessages } from '../../i18n/messages/jwe-ui';

/**
 * The key a decryption read and tried, or an encryption encrypted for, as the signature's key
 * boxes say theirs (KeyFacts):
 * its format, type and size or curve, and which key of a JWK Set. Shown after a failure too:
 * "the key unwrap failed" reads better beside the key that was tried.
 */
export function JweKeyFacts({
  facts,
  id,
  alg,
  byKid,
  note,
}: {
  readonly facts: Facts;
  readonly id: string;
  readonly alg: string;
  /** The header names a `kid`, which chose the key of a JWK Set. */
  readonly byKid: boolean;
  /** A line after the facts (where the key came from). */
  readonly note?: string;
}) {
  const { t } = useI18n();
  const ui = useMessages(jweUiMessages);
  const format =
    facts.format === 'base64url' || facts.format === 'password'
      ? ui(`jwe.format.${facts.format}`)
      : t(`format.${facts.format}` as MessageKey);
  const bits = facts.bits ?? 0;
  const shape =
    facts.kty === 'RSA'
      ? t('facts.rsa', { bits })
      : facts.curve !== undefined
        ? facts.kty === 'OKP'
          ? t('facts.okp', { curve: facts.curve })
          : t('facts.curve', { kty: facts.kty ?? 'EC', curve: facts.curve })
        : facts.kind === 'password'
          ? ui('jwe.facts.password', { bytes: bits / 8 })
          : ui('jwe.facts.oct', { bits });
  const kind =
    facts.kind === 'public' || facts.kind === 'private' ? ` · ${t(`facts.${facts.kind}`)}` : '';
  return (
    <div className="key-facts" id={id}>
      <p>
        <Icon name="check" /> {t('facts.detected', { format })} · {shape}
        {kind}
      </p>
      {facts.jwksIndex !== undefined && (
        <p>
          {t(byKid ? 'jwks.byKid' : 'jwks.byAlg', {
            which: facts.kid !== undefined ? `"${facts.kid}"` : `#${facts.jwksIndex + 1}`,
            count: facts.jwksCount ?? 0,
            alg,
          })}
        </p>
      )}
      {note && <p>{note}</p>}
    </div>
  );
}
