import '../kinds.css';
import type { JwsJsonView, SignatureRow } from '../../../core/view/kinds/jws-json';
import { useMessages } from '../../i18n';
import { jwsJsonUiMessages } from '../../i18n/messages/jws-json-ui';
import type { KindPanelProps } from '../KindPanels';

type Ui = ReturnType<typeof useMessages<keyof typeof jwsJsonUiMessages.en>>;

function verdictWords(ui: Ui, row: SignatureRow): string {
  if (!row.verdict) return ui('jj.verdict.pending');
  if (row.verdict.status === 'verified') return ui('jj.verdict.verified');
  if (row.verdict.status === 'invalid') return ui('jj.verdict.invalid');
  return ui('jj.verdict.other');
}

/** The `Signatures` table of a JWS JSON serialization (ui-contract.md), and its conversion. */
export default function JwsJsonPanels({ view, dispatch }: KindPanelProps<JwsJsonView>) {
  const ui = useMessages(jwsJsonUiMessages);
  const { signatures } = view;
  return (
    <section className="pane pane-signatures" aria-labelledby="signatures-heading">
      <h3 id="signatures-heading">
        {ui('jj.heading')}{' '}
        {view.form && (
          <span className="caption">
            {ui(view.form === 'general' ? 'jj.caption.general' : 'jj.caption.flattened')}
          </span>
        )}
      </h3>
      {!signatures ? (
        <p className="quiet">{ui('jj.loading')}</p>
      ) : (
        <div className="table-scroll">
          <table aria-label={ui('jj.table')} className="claims signatures">
            <thead>
              <tr>
                <th scope="col">{ui('jj.column.number')}</th>
                <th scope="col">{ui('jj.column.protected')}</th>
                <th scope="col">{ui('jj.column.unprotected')}</th>
                <th scope="col">{ui('jj.column.verdict')}</th>
              </tr>
            </thead>
            <tbody>
              {signatures.map((row) => (
                <tr key={row.index}>
                  <th scope="row">{row.index + 1}</th>
                  <td data-label={ui('jj.column.protected')}>
                    <code className="wrap">{row.protectedHeader || ui('jj.none')}</code>
                  </td>
                  <td data-label={ui('jj.column.unprotected')}>
                    <code className="wrap">{row.unprotectedHeader ?? ui('jj.none')}</code>
                  </td>
                  <td data-label={ui('jj.column.verdict')}>{verdictWords(ui, row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {view.compact !== undefined && (
        <button
          type="button"
          className="button small"
          onClick={() => dispatch({ type: 'token', text: view.compact! })}
        >
          {ui('jj.toCompact')}
        </button>
      )}
    </section>
  );
}
