/** `Key binding status` of an SD-JWT that ends in a KB-JWT, and the facts it binds (RFC 9901 §7.3). */
import type { KeyBindingVerdict } from '../../../core/sd-jwt/key-binding';
import type { SdJwtView } from '../../../core/view/kinds/sd-jwt';
import { Icon } from '../../components/Icon';
import { useI18n, useMessages } from '../../i18n';
import { sdJwtEn, sdJwtZh } from '../../i18n/messages/sd-jwt';
import { sdJwtUiMessages } from '../../i18n/messages/sd-jwt-ui';

type Ui = ReturnType<typeof useMessages<keyof typeof sdJwtUiMessages.en>>;

function factText(ui: Ui, value: unknown): string {
  return value === undefined ? ui('kb.fact.missing') : JSON.stringify(value);
}

function keyBindingReason(
  ui: Ui,
  language: 'en' | 'zh',
  verdict: KeyBindingVerdict,
): { headline?: string; reason: string } {
  const codes = language === 'zh' ? sdJwtZh : sdJwtEn;
  switch (verdict.status) {
    case 'verified':
      return { headline: ui('kb.verified'), reason: ui('kb.verified.detail') };
    case 'invalid':
      return { headline: ui('kb.invalid'), reason: codes[verdict.reason] };
    case 'no-holder-key':
      return { reason: ui('kb.noHolderKey') };
    case 'malformed':
      return { reason: ui('kb.malformed') };
    case 'absent':
      return { reason: '' };
  }
}

/** `Key binding status`: present while the SD-JWT ends in a KB-JWT (ui-contract.md). */
export function KeyBindingStatus({ view }: { readonly view: SdJwtView['keyBinding'] }) {
  const ui = useMessages(sdJwtUiMessages);
  const { language } = useI18n();
  if (view.state === 'absent') return null;
  const words =
    view.state === 'pending'
      ? { reason: ui('kb.pending') }
      : keyBindingReason(ui, language, view.verdict);
  const status = view.state === 'checked' ? view.verdict.status : 'pending';
  const facts =
    view.state === 'checked' && 'facts' in view.verdict ? view.verdict.facts : undefined;
  return (
    <div
      role="status"
      aria-label={ui('kb.label')}
      aria-live="polite"
      className={`verdict verdict-${status === 'verified' ? 'verified' : status === 'invalid' ? 'invalid' : 'unusable'}`}
    >
      <span className="verdict-icon" aria-hidden="true">
        <Icon name={status === 'verified' ? 'check' : status === 'invalid' ? 'cross' : 'circle'} />
      </span>
      <div>
        {words.headline && <p className="verdict-headline">{words.headline}</p>}
        <p className={words.headline ? 'verdict-reason' : 'verdict-headline'}>{words.reason}</p>
        {facts && (
          <dl className="facts">
            <dt>{ui('kb.fact.iat')}</dt>
            <dd>{factText(ui, facts.iat)}</dd>
            <dt>{ui('kb.fact.aud')}</dt>
            <dd>{factText(ui, facts.aud)}</dd>
            <dt>{ui('kb.fact.nonce')}</dt>
            <dd>{factText(ui, facts.nonce)}</dd>
          </dl>
        )}
      </div>
    </div>
  );
}
