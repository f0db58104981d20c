import type { JwsAlgorithm } from '../../core/algorithms';
import type { KeyReports } from '../../core/debug/key-inputs';
import type { Verdict as CoreVerdict } from '../../core/jws/verify';
import type { VerdictView } from '../../core/view/model';
import { Icon } from './Icon';
import { useI18n, type Translate } from '../i18n';

interface Props {
  readonly view: VerdictView;
  readonly entry: JwsAlgorithm | undefined;
  readonly reports: KeyReports | undefined;
  /** A JWS JSON serialization: which of its signatures the verdict is about (ui-contract.md). */
  readonly signature?: { readonly number: number; readonly count: number } | undefined;
}

/** The reason in words; never says "Signature verified" or "Invalid signature" (ui-contract.md). */
function reasonText(
  t: Translate,
  verdict: CoreVerdict,
  entry: JwsAlgorithm | undefined,
  reports: KeyReports | undefined,
): string {
  const { detail } = verdict;
  switch (verdict.reason) {
    case 'SIGNATURE_DER_ENCODED':
      return t(
        detail.wouldVerify ? 'verdict.SIGNATURE_DER_ENCODED' : 'verdict.SIGNATURE_DER_ENCODED.no',
      );
    case 'UNSIGNED':
      return t(detail.signaturePresent ? 'verdict.UNSIGNED.withSignature' : 'verdict.UNSIGNED');
    case 'NO_KEY': {
      const failed = Object.values(reports ?? {}).some((report) => report && !report.ok);
      if (failed) return t('verdict.KEY_UNUSABLE');
      return t(entry?.family === 'hmac' ? 'verdict.NO_KEY' : 'verdict.NO_KEY.public');
    }
    case 'TOKEN_MALFORMED':
      return t(detail.textVerifies ? 'verdict.malformed.textVerifies' : 'verdict.malformed');
    default:
      return t(`verdict.${verdict.reason}`, detail);
  }
}

const ICON = {
  verified: 'check',
  invalid: 'cross',
  unsigned: 'warning',
  unusable: 'circle',
} as const;

function status(view: VerdictView): keyof typeof ICON {
  if (view.state === 'checked') return view.verdict.status;
  return view.state === 'malformed' || view.state === 'failed' ? 'invalid' : 'unusable';
}

function reason(t: Translate, { view, entry, reports }: Props): string {
  switch (view.state) {
    case 'empty':
      return t('verdict.empty');
    case 'pending':
      return t('verdict.pending');
    case 'not-made':
      return t('verdict.notRemade');
    case 'malformed':
      return t(view.textVerifies ? 'verdict.malformed.textVerifies' : 'verdict.malformed');
    case 'encrypted':
      return t(view.content === 'unsigned' ? 'verdict.encrypted.unsigned' : 'verdict.encrypted');
    case 'failed':
      return t('verdict.failed', { error: view.error });
    case 'checked':
      return reasonText(t, view.verdict, entry, reports);
  }
}

/**
 * `Signature status`: the verdict, its reason and how to fix it. Only a verdict computed for
 * exactly the inputs on screen reaches it (core/view/derive.ts); anything else is "Checking…".
 */
export function Verdict(props: Props) {
  const { t } = useI18n();
  const { view } = props;
  const state = status(view);
  const checked = view.state === 'checked' ? view.verdict.status : undefined;
  const headline =
    checked === 'verified'
      ? t('verdict.verified')
      : checked === 'invalid'
        ? t('verdict.invalid')
        : undefined;
  const text = reason(t, props);
  return (
    <div
      role="status"
      aria-label={t('verdict.label')}
      aria-live="polite"
      className={`verdict verdict-${state}`}
    >
      <span className="verdict-icon" aria-hidden="true">
        <Icon name={ICON[state]} />
      </span>
      <div>
        {headline && <p className="verdict-headline">{headline}</p>}
        <p className={headline ? 'verdict-reason' : 'verdict-headline'}>{text}</p>
        {view.state === 'checked' && props.signature && (
          <p className="verdict-hint">{t('verdict.signature', props.signature)}</p>
        )}
        {view.state === 'checked' && view.hint && (
          <p className="verdict-hint">
            {t('hint.secretEncoding', { encoding: t(`key.encoding.${view.hint}`) })}
          </p>
        )}
      </div>
    </div>
  );
}
