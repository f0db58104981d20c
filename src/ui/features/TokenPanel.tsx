import type { Action } from '../../core/view/inputs';
import type { Message, ViewModel } from '../../core/view/model';
import { isAsymmetric } from '../../core/algorithms';
import { CopyButton } from '../components/CopyButton';
import { ShareLink } from '../components/ShareLink';
import { TokenEditor } from '../components/TokenEditor';
import { useI18n } from '../i18n';
import type { KindTables } from '../lib/kind-messages';
import { messageText } from '../lib/messages';
import { Icon } from '../components/Icon';

/** Notices: what the page changed or noticed about the token, in words. */
export function Notices({
  messages,
  kinds,
  extra = [],
}: {
  readonly messages: readonly Message[];
  readonly kinds: KindTables;
  readonly extra?: readonly string[];
}) {
  const { t } = useI18n();
  const lines = [
    ...extra,
    ...messages.map((message) => messageText(t, message, kinds)).filter((line) => line !== ''),
  ];
  if (lines.length === 0) return null;
  return (
    <ul className="notices">
      {lines.map((line, index) => (
        <li key={index}>
          <Icon name="info" /> {line}
        </li>
      ))}
    </ul>
  );
}

/** A compact JWS as the flattened JSON serialization (RFC 7515 §7.2.2), one click away. */
function ToJson({
  token,
  dispatch,
}: {
  readonly token: string;
  readonly dispatch: (action: Action) => void;
}) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="button small"
      onClick={() => {
        void import('../../core/jws/json-convert').then(({ compactToJwsJson }) => {
          const converted = compactToJwsJson(token);
          if (converted.ok) dispatch({ type: 'token', text: converted.text });
        });
      }}
    >
      {t('encoded.toJson')}
    </button>
  );
}

/** The `Encoded token` column: the token, copy and share, and what the page noticed. */
export function TokenPanel({
  view,
  kinds,
  fromLink,
  dispatch,
}: {
  readonly view: ViewModel;
  readonly kinds: KindTables;
  readonly fromLink: boolean;
  readonly dispatch: (action: Action) => void;
}) {
  const { t } = useI18n();
  return (
    <section className="column encoded" aria-labelledby="encoded-heading">
      <h2 id="encoded-heading">{t('encoded.heading')}</h2>
      <TokenEditor
        value={view.tokenText}
        parts={view.parts}
        partNames={view.partNames}
        marked={view.marks}
        invalid={view.tokenInvalid}
        onChange={(text) => dispatch({ type: 'token', text })}
      />
      <div className="actions">
        <CopyButton text={view.tokenText} what={t('encoded.label')} />
        <ShareLink
          token={view.tokenText}
          publicKey={view.keys.entry && isAsymmetric(view.keys.entry) ? view.keys.publicKey : ''}
        />
        {view.token.kind === 'jws' && view.token.jws.kind === 'jws' && (
          <ToJson token={view.token.cleaned.text} dispatch={dispatch} />
        )}
      </div>
      <Notices messages={view.notices} kinds={kinds} extra={fromLink ? [t('share.loaded')] : []} />
      <p className="privacy quiet">{t('app.privacy')}</p>
    </section>
  );
}
