import type { JwsAlgorithm } from '../../core/algorithms';
import type { KeyReports } from '../../core/debug/key-inputs';
import type { Verdict as CoreVerdict } from '../../core/jws/verify';
import type { SecretEncoding } from '../../core/keys/secret';
import type { MessageKey } from '../i18n/en';
import { useI18n, type Translate } from '../i18n';

interface Props {
  readonly verdict: CoreVerdict | undefined;
  readonly entry: JwsAlgorithm | undefined;
  readonly reports: KeyReports;
  readonly hint: SecretEncoding | undefined;
  readonly empty: boolean;
  /** The header and payload lead and could not make a token: the token shown is the last good one. */
  readonly stale: boolean;
}

/** The reason in words; never says "Signature verified" or "Invalid signature" (ui-contract.md). */
function reasonText(
  t: Translate,
  verdict: CoreVerdict,
  entry: JwsAlgorithm | undefined,
  reports: KeyReports,
): string {
  const { detail } = verdict;
  switch (verdict.reason) {
    case 'VERIFIED':
      return t('verdict.verified.detail', detail);
    case 'SIGNATURE_DER_ENCODED':
      return t(
        detail.wouldVerify
          ? 'verdict.SIGNATURE_DER_ENCODED.yes'
          : 'verdict.SIGNATURE_DER_ENCODED.no',
      );
    case 'UNSIGNED':
      return t(detail.signaturePresent ? 'verdict.UNSIGNED.withSignature' : 'verdict.UNSIGNED');
    case 'NO_KEY': {
      const failed = Object.values(reports).some((report) => report && !report.ok);
      if (failed) return t('verdict.KEY_UNUSABLE');
      return t(entry?.family === 'hmac' ? 'verdict.NO_KEY.secret' : 'verdict.NO_KEY.public');
    }
    default:
      return t(`verdict.${verdict.reason}` as MessageKey, detail);
  }
}

const ICON = { verified: '✓', invalid: '✗', unsigned: '!', unusable: '○' } as const;

/** `Signature status`: the verdict, its reason and how to fix it. */
export function Verdict({ verdict, entry, reports, hint, empty, stale }: Props) {
  const { t } = useI18n();
  const status = empty || !verdict ? 'unusable' : verdict.status;
  const headline =
    status === 'verified'
      ? t('verdict.verified')
      : status === 'invalid'
        ? t('verdict.invalid')
        : undefined;
  const reason = empty
    ? t('verdict.empty')
    : stale
      ? t('verdict.notRemade')
      : verdict
        ? reasonText(t, verdict, entry, reports)
        : t('verdict.pending');
  return (
    <div
      role="status"
      aria-label={t('verdict.label')}
      aria-live="polite"
      className={`verdict verdict-${status}`}
    >
      <span className="verdict-icon" aria-hidden="true">
        {ICON[status]}
      </span>
      <div>
        {headline && <p className="verdict-headline">{headline}</p>}
        <p className={headline ? 'verdict-reason' : 'verdict-headline'}>{reason}</p>
        {hint && (
          <p className="verdict-hint">
            {t('hint.secretEncoding', { encoding: t(`key.encoding.${hint}`) })}
          </p>
        )}
      </div>
    </div>
  );
}
