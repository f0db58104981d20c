import '../kinds.css';
import { useState } from 'react';
import { JWS_ALGORITHMS } from '../../../core/algorithms';
import { generateJweKey } from '../../../core/jwe/generate';
import type { JweView } from '../../../core/view/kinds/jwe';
import { KeyBox } from './KeyBox';
import { Icon } from '../../components/Icon';
import { useI18n, useMessages, format } from '../../i18n';
import {
  jweEn,
  jweLintEn,
  jweLintZh,
  jweStatusEn,
  jweStatusZh,
  jweZh,
} from '../../i18n/messages/jwe';
import { jweUiMessages } from '../../i18n/messages/jwe-ui';
import type { KindPanelProps } from '../KindPanels';

type Ui = ReturnType<typeof useMessages<keyof typeof jweUiMessages.en>>;

function useJweTables() {
  const { language } = useI18n();
  return language === 'zh'
    ? { codes: jweZh, status: jweStatusZh, lints: jweLintZh }
    : { codes: jweEn, status: jweStatusEn, lints: jweLintEn };
}

/** `Decryption status` (ui-contract.md): `Decrypted` or `Decryption failed`, or what is missing. */
function DecryptionStatus({ view, ui }: { readonly view: JweView; readonly ui: Ui }) {
  const tables = useJweTables();
  const { decryption } = view;
  let tone = 'unusable';
  let headline: string | undefined;
  let reason: string;
  if (decryption.state === 'none') reason = ui('jwe.none');
  else if (decryption.state === 'pending') reason = ui('jwe.pending');
  else {
    const { result } = decryption;
    if (result.status === 'decrypted') {
      tone = 'verified';
      headline = tables.status.decrypted;
      reason = view.nested === 'jws' ? ui('jwe.nested') : ui('jwe.decrypted.detail');
    } else if (result.status === 'failed') {
      tone = 'invalid';
      headline = tables.status.failed;
      reason = format(tables.codes[result.code], result.detail);
    } else {
      reason = format(tables.codes[result.code], 'detail' in result ? result.detail : {});
    }
  }
  return (
    <div
      role="status"
      aria-label={ui('jwe.status')}
      aria-live="polite"
      className={`verdict verdict-${tone}`}
    >
      <span className="verdict-icon" aria-hidden="true">
        <Icon name={tone === 'verified' ? 'check' : tone === 'invalid' ? 'cross' : 'circle'} />
      </span>
      <div>
        {headline && <p className="verdict-headline">{headline}</p>}
        <p className={headline ? 'verdict-reason' : 'verdict-headline'}>{reason}</p>
      </div>
    </div>
  );
}

/** A key pair, secret or password for the header's alg and enc, into both key boxes. */
function Generate({
  alg,
  enc,
  onKeys,
  ui,
}: {
  readonly alg: string | undefined;
  readonly enc: string | undefined;
  readonly onKeys: KindPanelProps<JweView>['onKeys'];
  readonly ui: Ui;
}) {
  const tables = useJweTables();
  const [state, setState] = useState<{ busy: boolean; failure?: string }>({ busy: false });
  if (alg === undefined) return null;
  const generate = () => {
    setState({ busy: true });
    generateJweKey(alg, enc === undefined ? {} : { enc }).then(
      (generated) => {
        if (generated.ok) {
          onKeys({
            encryptionKey: generated.encryptionKey,
            decryptionKey: generated.decryptionKey,
          });
          setState({ busy: false });
        } else {
          const reason = format(tables.codes[generated.code], generated.detail);
          setState({ busy: false, failure: ui('jwe.generateFailed', { reason }) });
        }
      },
      (error: unknown) =>
        setState({ busy: false, failure: ui('jwe.generateFailed', { reason: String(error) }) }),
    );
  };
  return (
    <>
      <button type="button" className="button" onClick={generate} disabled={state.busy}>
        {state.busy ? ui('jwe.generating') : ui('jwe.generate')}
      </button>
      {state.failure && (
        <p className="key-failure" aria-live="polite">
          {state.failure}
        </p>
      )}
    </>
  );
}

/** Sign, then encrypt: what an inner alg is first chosen as (the usual Secret box follows). */
const FIRST_INNER_ALG = 'HS256';
const INNER_ALGS = JWS_ALGORITHMS.filter((alg) => alg !== 'none');

/** While the panes lead with an `enc`: make a nested JWT, signed with the inner alg first. */
function SignThenEncrypt({
  innerAlg,
  dispatch,
  ui,
}: {
  readonly innerAlg: string | undefined;
  readonly dispatch: KindPanelProps<JweView>['dispatch'];
  readonly ui: Ui;
}) {
  return (
    <div className="field">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={innerAlg !== undefined}
          onChange={(event) =>
            dispatch({
              type: 'nested',
              innerAlg: event.target.checked ? FIRST_INNER_ALG : undefined,
            })
          }
        />{' '}
        {ui('jwe.nest')}
      </label>
      {innerAlg !== undefined && (
        <>
          <label htmlFor="inner-alg" className="field-label">
            {ui('jwe.nest.alg')}
          </label>
          <select
            id="inner-alg"
            value={innerAlg}
            onChange={(event) => dispatch({ type: 'nested', innerAlg: event.target.value })}
          >
            {INNER_ALGS.map((alg) => (
              <option key={alg} value={alg}>
                {alg}
              </option>
            ))}
          </select>
          <p className="quiet">{ui('jwe.nest.help')}</p>
        </>
      )}
    </div>
  );
}

/** The JWE's panels: the decryption verdict, its keys, the nested JWS's header, its checks. */
export default function JwePanels({
  view,
  header,
  keys,
  onKeys,
  dispatch,
}: KindPanelProps<JweView>) {
  const ui = useMessages(jweUiMessages);
  const tables = useJweTables();
  const head = (header ?? {}) as Record<string, unknown>;
  const alg = typeof head.alg === 'string' ? head.alg : undefined;
  const enc = typeof head.enc === 'string' ? head.enc : undefined;
  const { decryption } = view;
  const triedKey =
    decryption.state === 'done' && 'key' in decryption.result ? decryption.result.key : undefined;
  const byKid = typeof head.kid === 'string';
  return (
    <section className="pane pane-jwe" aria-labelledby="jwe-heading">
      <h3 id="jwe-heading">
        {ui('jwe.heading')}{' '}
        {alg && enc && <span className="caption">{ui('jwe.caption', { alg, enc })}</span>}
      </h3>
      {/* The verdict first, then the key it needs, as in the signature's panel. */}
      <DecryptionStatus view={view} ui={ui} />
      <KeyBox
        id="decryption-key"
        label={ui('jwe.decryptionKey')}
        placeholder={ui('jwe.decryptionKey.placeholder')}
        value={keys.decryptionKey}
        onChange={(decryptionKey) => onKeys({ decryptionKey })}
        facts={triedKey}
        alg={alg}
        byKid={byKid}
      />
      <KeyBox
        id="encryption-key"
        label={ui('jwe.encryptionKey')}
        placeholder={ui('jwe.encryptionKey.placeholder')}
        value={keys.encryptionKey}
        onChange={(encryptionKey) => onKeys({ encryptionKey })}
        facts={view.encryptedFor?.facts}
        note={view.encryptedFor?.box === 'decryption' ? ui('jwe.facts.fromDecryption') : undefined}
        alg={alg}
        byKid={byKid}
      />
      <Generate alg={alg} enc={enc} onKeys={onKeys} ui={ui} />
      {view.signThenEncrypt && (
        <SignThenEncrypt innerAlg={view.signThenEncrypt.innerAlg} dispatch={dispatch} ui={ui} />
      )}
      {view.innerHeader !== undefined && (
        <div className="field">
          <label htmlFor="inner-header" className="field-label">
            {ui('jwe.innerHeader')}
          </label>
          <textarea
            id="inner-header"
            className="json-readonly"
            readOnly
            rows={Math.min(12, view.innerHeader.split('\n').length)}
            value={view.innerHeader}
          />
        </div>
      )}
      {view.lints.length > 0 && (
        <>
          <h4>{ui('jwe.lints')}</h4>
          <ul className="lints">
            {view.lints.map((lint, index) => (
              <li key={`${lint.rule}-${index}`} className={`lint lint-${lint.severity}`}>
                <span className="lint-text">
                  {format(tables.lints[lint.rule], lint.detail ?? {})}{' '}
                  <span className="quiet">{lint.source}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
