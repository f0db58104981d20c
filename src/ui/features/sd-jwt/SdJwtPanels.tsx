import '../kinds.css';
import type { KeyInputs } from '../../../core/debug/key-inputs';
import type { Action } from '../../../core/view/inputs';
import { withheldAfter, type DisclosureRow, type SdJwtView } from '../../../core/view/kinds/sd-jwt';
import { CopyButton } from '../../components/CopyButton';
import { Icon } from '../../components/Icon';
import { useMessages } from '../../i18n';
import { sdJwtUiMessages } from '../../i18n/messages/sd-jwt-ui';
import { Holder, hasHolderJwk } from './Holder';
import { KeyBindingStatus } from './KeyBindingStatus';

type Ui = ReturnType<typeof useMessages<keyof typeof sdJwtUiMessages.en>>;

/** A row's name for `Include NAME` (ui-contract.md): ` (2)`, ` (3)` … where a name repeats. */
function rowName(ui: Ui, row: DisclosureRow): string {
  const name = row.name ?? ui('sd.arrayElement');
  return row.repeat > 1 ? `${name} (${row.repeat})` : name;
}

function DisclosuresTable({
  rows,
  onInclude,
}: {
  readonly rows: readonly DisclosureRow[];
  readonly onInclude: (row: DisclosureRow, include: boolean) => void;
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
                  aria-label={ui('sd.include', { name: rowName(ui, row) })}
                  onChange={(event) => onInclude(row, event.target.checked)}
                />
              </td>
              <th scope="row">
                <code>{row.name ?? ui('sd.arrayElement')}</code>
              </th>
              <td>
                <code className="wrap">{row.valueText}</code>
              </td>
              <td>
                <code className="break">{row.salt}</code>
              </td>
              <td>
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
            onInclude={(row, include) =>
              dispatch({
                type: 'present',
                withheld: withheldAfter(disclosures, row.index, include),
              })
            }
          />
          <p className="quiet">{ui('sd.presentation')}</p>
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
      {hasHolderJwk(issuerPayload) && (
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
