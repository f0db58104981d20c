import '../kinds.css';
import type { KeyInputs } from '../../../core/debug/key-inputs';
import type { KeyBindingVerdict } from '../../../core/sd-jwt/key-binding';
import type { Action } from '../../../core/view/inputs';
import { withheldAfter, type DisclosureRow, type SdJwtView } from '../../../core/view/kinds/sd-jwt';
import { CopyButton } from '../../components/CopyButton';
import { Icon } from '../../components/Icon';
import { useI18n, useMessages } from '../../i18n';
import { sdJwtEn, sdJwtZh } from '../../i18n/messages/sd-jwt';
import { sdJwtUiMessages } from '../../i18n/messages/sd-jwt-ui';
import { hasHolderJwk, Holder } from './Holder';

type Ui = ReturnType<typeof useMessages<keyof typeof sdJwtUiMessages.en>>;

/** A row's name for `Include NAME` (ui-contract.md): ` (2)`, ` (3)` … where a name repeats. */
function rowName(ui: Ui, row: DisclosureRow): string {
  const name = row.name ?? ui('sd.arrayElement');
  return row.repeat > 1 ? `${name} (${row.repeat})` : name;
}

function DisclosuresTable({
  rows,
  onInclude,
  fixed,
}: {
  readonly rows: readonly DisclosureRow[];
  readonly onInclude: (row: DisclosureRow, include: boolean) => void;
  /** The token is not the compact form a presentation is cut from. */
  readonly fixed: boolean;
}) {
  const ui = useMessages(sdJwtUiMessages);
  return (
    <div className="table-scroll">
      <table aria-label={ui('sd.table')} className="claims disclosures">
        <thead>
          <tr>
            <th scope="col">{ui('sd.column.include')}</th>
            <th scope="col">{ui('sd.column.claim')}</th>
            <th scope="col">{ui('sd.column.value')}</th>
            <th scope="col">{ui('sd.column.salt')}</th>
            <th scope="col">{ui('sd.column.digest')}</th>
            <th scope="col">{ui('sd.column.referenced')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.index} className={row.included ? undefined : 'withheld'}>
              <td>
                <input
                  type="checkbox"
                  checked={row.included}
                  disabled={fixed}
                  aria-label={ui('sd.include', { name: rowName(ui, row) })}
                  onChange={(event) => onInclude(row, event.target.checked)}
                />
              </td>
              <th scope="row">
                <code>{row.name ?? ui('sd.arrayElement')}</code>
              </th>
              <td data-label={ui('sd.column.value')}>
                <code className="wrap">{row.valueText}</code>
              </td>
              <td data-label={ui('sd.column.salt')}>
                <code className="break">{row.salt}</code>
              </td>
              <td data-label={ui('sd.column.digest')}>
                <code className="break">{row.digest}</code>
              </td>
              <td>
                <span className={`tag ${row.referenced ? 'tone-good' : 'tone-bad'}`}>
                  <Icon name={row.referenced ? 'check' : 'cross'} />{' '}
                  {ui(row.referenced ? 'sd.referenced' : 'sd.notReferenced')}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function factText(ui: Ui, value: unknown): string {
  return value === undefined ? ui('kb.fact.missing') : JSON.stringify(value);
}

/** A KB-JWT claim: its value (iat also as a date) and what a verifier does with it. */
function Fact({ ui, name, value }: { ui: Ui; name: 'iat' | 'aud' | 'nonce'; value: unknown }) {
  const date =
    name === 'iat' && typeof value === 'number' && Number.isFinite(value)
      ? ` (${new Date(value * 1000).toISOString().replace('.000Z', 'Z')})`
      : '';
  return (
    <>
      <dt>{ui(`kb.fact.${name}`)}</dt>
      <dd>
        {factText(ui, value)}
        {date}
        <span className="fact-about">{ui(`kb.fact.${name}.about`)}</span>
      </dd>
    </>
  );
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
function KeyBindingStatus({ view }: { readonly view: SdJwtView['keyBinding'] }) {
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
            <Fact ui={ui} name="iat" value={facts.iat} />
            <Fact ui={ui} name="aud" value={facts.aud} />
            <Fact ui={ui} name="nonce" value={facts.nonce} />
          </dl>
        )}
      </div>
    </div>
  );
}

/** The SD-JWT's panels: its disclosures, the payload they make, the key binding. */
export default function SdJwtPanels({
  view,
  token,
  issuerPayload,
  keys,
  onKeys,
  dispatch,
}: {
  readonly view: SdJwtView;
  readonly token: string;
  readonly issuerPayload: unknown;
  readonly keys: KeyInputs;
  readonly onKeys: (patch: Partial<KeyInputs>) => void;
  readonly dispatch: (action: Action) => void;
}) {
  const ui = useMessages(sdJwtUiMessages);
  const { disclosures } = view;
  return (
    <section className="pane pane-disclosures" aria-labelledby="disclosures-heading">
      <h3 id="disclosures-heading">
        {ui('sd.heading')} <span className="caption">{ui('sd.caption')}</span>
      </h3>
      {disclosures === undefined ? (
        <p className="quiet">{ui('sd.loading')}</p>
      ) : disclosures.length === 0 ? (
        <p className="quiet">{ui('sd.none')}</p>
      ) : (
        <>
          <DisclosuresTable
            rows={disclosures}
            fixed={view.json === true}
            onInclude={(row, include) =>
              dispatch({
                type: 'present',
                withheld: withheldAfter(disclosures, row.index, include),
              })
            }
          />
          <p className="quiet">{ui(view.json ? 'sd.presentation.json' : 'sd.presentation')}</p>
        </>
      )}
      {view.decoys > 0 && <p className="quiet">{ui('sd.decoys', { count: view.decoys })}</p>}
      {view.disclosedPayload !== undefined && (
        <div className="field">
          <div className="field-head">
            <label htmlFor="disclosed-payload" className="field-label">
              {ui('sd.disclosedPayload')}
            </label>
            <CopyButton text={view.disclosedPayload} what={ui('sd.disclosedPayload')} />
          </div>
          <p className="caption">{ui('sd.disclosedPayload.caption')}</p>
          <textarea
            id="disclosed-payload"
            className="json-readonly"
            readOnly
            rows={Math.min(16, view.disclosedPayload.split('\n').length)}
            value={view.disclosedPayload}
          />
        </div>
      )}
      <KeyBindingStatus view={view.keyBinding} />
      {!view.json && hasHolderJwk(issuerPayload) && (
        <Holder
          token={token}
          issuerPayload={issuerPayload}
          holderKey={keys.holderKey}
          onKeys={onKeys}
          dispatch={dispatch}
        />
      )}
    </section>
  );
}
