import { JWS_ALGORITHMS } from '../../core/algorithms';
import type { Action } from '../../core/view/inputs';
import type { PaneView, ViewModel } from '../../core/view/model';
import { CopyButton } from '../components/CopyButton';
import { JsonEditor } from '../components/JsonEditor';
import { useI18n } from '../i18n';
import { setAlg } from '../lib/header';
import { formatCount } from '../lib/time';

function AlgorithmSelect({
  view,
  onChange,
}: {
  readonly view: ViewModel;
  readonly onChange: (alg: string) => void;
}) {
  const { t } = useI18n();
  const { entry } = view.keys;
  return (
    <div className="field inline">
      <label htmlFor="alg" className="field-label">
        {t('algorithm.label')}
      </label>
      <select
        id="alg"
        value={entry ? entry.alg : ''}
        onChange={(event) => onChange(event.target.value)}
      >
        {!entry && (
          <option value="">
            {view.alg === undefined ? '—' : t('algorithm.other', { alg: view.alg })}
          </option>
        )}
        {JWS_ALGORITHMS.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

function Payload({
  pane,
  onChange,
  onShowAll,
}: {
  readonly pane: PaneView;
  readonly onChange: (text: string) => void;
  readonly onShowAll: () => void;
}) {
  const { t } = useI18n();
  const label = t('payload.label');
  if (!pane.preview) {
    return (
      <JsonEditor
        id="payload"
        label={label}
        value={pane.text}
        invalid={pane.invalid}
        onChange={onChange}
        rows={3}
        maxRows={10}
      />
    );
  }
  // A huge decoded payload is previewed: laying out megabytes in a second textarea freezes the
  // page; the whole text is one click away.
  return (
    <>
      <JsonEditor
        id="payload"
        label={label}
        value={pane.text}
        invalid={pane.invalid}
        readOnly
        onChange={() => undefined}
        rows={3}
        maxRows={10}
      />
      <p className="quiet">
        {t('payload.preview', {
          shown: formatCount(pane.preview.shown),
          total: formatCount(pane.preview.total),
        })}{' '}
        <button type="button" className="button small" onClick={onShowAll}>
          {t('payload.showAll')}
        </button>
      </p>
    </>
  );
}

/** Show the decoded parts as their bytes, or laid out: beside the Decoded heading. */
export function ExactToggle({
  exact,
  dispatch,
}: {
  readonly exact: boolean;
  readonly dispatch: (action: Action) => void;
}) {
  const { t } = useI18n();
  return (
    <label className="exact-toggle">
      <input
        type="checkbox"
        checked={exact}
        onChange={(event) => dispatch({ type: 'exact', exact: event.target.checked })}
      />
      {t('panes.exact')}
    </label>
  );
}

/** The `Header` and `Payload` panes, and the Algorithm choice that edits the header. */
export function DecodedPanes({
  view,
  dispatch,
}: {
  readonly view: ViewModel;
  readonly dispatch: (action: Action) => void;
}) {
  const { t } = useI18n();
  const { header, payload } = view;
  return (
    <>
      <div className="pane pane-header">
        <div className="pane-head">
          <h3>
            {t('header.label')} <span className="caption">{t('header.caption')}</span>
          </h3>
          <CopyButton text={header.text} what={t('header.label')} />
          {/* A JWE's alg is a key-management one: its header says it, and its panel explains. */}
          {!view.encrypted && (
            <AlgorithmSelect
              view={view}
              onChange={(alg) => dispatch({ type: 'header', text: setAlg(header.text, alg) })}
            />
          )}
        </div>
        <JsonEditor
          id="header"
          label={t('header.label')}
          value={header.text}
          invalid={header.invalid}
          onChange={(text) => dispatch({ type: 'header', text })}
          rows={2}
          maxRows={10}
        />
      </div>
      <div className="pane pane-payload">
        <div className="pane-head">
          <h3>
            {t('payload.label')} <span className="caption">{t('payload.caption')}</span>
          </h3>
          <CopyButton text={payload.preview?.whole ?? payload.text} what={t('payload.label')} />
        </div>
        <Payload
          pane={payload}
          onChange={(text) => dispatch({ type: 'payload', text })}
          onShowAll={() => dispatch({ type: 'show-full-payload' })}
        />
      </div>
    </>
  );
}
