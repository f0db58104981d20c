import type { KeyReport } from '../../core/debug/key-inputs';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n';
import { passedOverText } from '../lib/messages';
import { Icon } from './Icon';

/** The facts of a key that imported: format, type, size or curve, thumbprint, JWK Set choice. */
export function KeyFacts({
  report,
  id,
  alg,
}: {
  readonly report: Extract<KeyReport, { ok: true }>;
  readonly id: string;
  readonly alg: string;
}) {
  const { t } = useI18n();
  const { key } = report;
  const { facts, selection } = key;
  const shape =
    facts.kind === 'secret'
      ? t('facts.secret', { bytes: facts.secretLength })
      : facts.kty === 'RSA'
        ? t('facts.rsa', { bits: facts.modulusBits })
        : facts.parameterSet
          ? t('facts.akp', { parameterSet: facts.parameterSet })
          : facts.kty === 'OKP'
            ? t('facts.okp', { curve: facts.curve })
            : t('facts.curve', { kty: facts.kty, curve: facts.curve });
  const kind =
    facts.kind === 'secret'
      ? ''
      : ` · ${t(facts.kind === 'public' ? 'facts.public' : 'facts.private')}`;
  return (
    <div className="key-facts" id={id}>
      <p>
        <Icon name="check" />{' '}
        {t('facts.detected', { format: t(`format.${key.format}` as MessageKey) })} · {shape}
        {kind}
      </p>
      {facts.thumbprint && (
        <p>
          {t('facts.thumbprint')} <code className="break">{facts.thumbprint}</code>
        </p>
      )}
      {selection && (
        <p>
          {t(selection.chosenBy === 'kid' ? 'jwks.byKid' : 'jwks.byAlg', {
            which: selection.kid !== undefined ? `"${selection.kid}"` : `#${selection.index + 1}`,
            count: selection.keyCount,
            alg,
          })}
        </p>
      )}
      {/* The keys not chosen, on a line of their own, in the muted colour: not a success. */}
      {selection && selection.passedOver.length > 0 && (
        <p className="key-passed-over">
          {t('jwks.passedOver', {
            list: passedOverText(
              t,
              selection.passedOver.map((entry) => ({
                who: entry.kid ?? `#${entry.index + 1}`,
                reasons: entry.reasons,
              })),
            ),
          })}
        </p>
      )}
    </div>
  );
}
