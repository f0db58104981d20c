import '../kinds.css';
import type { Action } from '../../../core/view/inputs';
import { MAX_DECOYS, pathKey, type IssueView } from '../../../core/view/kinds/sd-jwt-issue';
import { SD_HASH_ALGORITHMS, type SdHashName } from '../../../core/sd-jwt/digest';
import { CopyButton } from '../../components/CopyButton';
import { useMessages } from '../../i18n';
import { sdJwtIssueMessages } from '../../i18n/messages/sd-jwt-issue';

const HASHES = Object.keys(SD_HASH_ALGORITHMS) as SdHashName[];

function ClaimChoice({
  claim,
  index,
  dispatch,
}: {
  readonly claim: IssueView['claims'][number];
  readonly index: number;
  readonly dispatch: (action: Action) => void;
}) {
  const ui = useMessages(sdJwtIssueMessages);
  const id = `issue-claim-${index}`;
  // A claim SD-JWT VC forbids cannot be chosen; one chosen before the typ changed can be unchosen.
  const refused = claim.vcForbidden && !claim.disclosable;
  return (
    <li className={`issue-depth-${claim.path.length}`}>
      <input
        type="checkbox"
        id={id}
        checked={claim.disclosable}
        disabled={refused}
        aria-label={ui('issue.claim', { name: claim.label })}
        aria-describedby={claim.vcForbidden ? `${id}-why` : undefined}
        onChange={(event) =>
          dispatch({
            type: 'issue',
            change: { path: claim.path, disclosable: event.target.checked },
          })
        }
      />
      <label htmlFor={id}>
        <code>{claim.label}</code>
      </label>
      {claim.vcForbidden && (
        <span id={`${id}-why`} className="issue-refused">
          {ui('issue.vcForbidden', { claim: String(claim.path[0]) })}
        </span>
      )}
    </li>
  );
}

/** While the header and payload lead: which claims the SD-JWT made of them discloses selectively. */
export default function IssuePanel({
  view,
  dispatch,
}: {
  readonly view: IssueView;
  readonly dispatch: (action: Action) => void;
}) {
  const ui = useMessages(sdJwtIssueMessages);
  const { signedPayload } = view;
  const signedText = signedPayload?.state === 'made' ? signedPayload.text : '';
  return (
    <section className="pane pane-issue" aria-labelledby="issue-heading">
      <h3 id="issue-heading">
        {ui('issue.heading')} <span className="caption">{ui('issue.caption')}</span>
      </h3>
      <p className="caption">{ui('issue.intro')}</p>
      {view.vc && <p className="quiet">{ui('issue.vc')}</p>}
      {view.claims.length > 0 && (
        <fieldset className="issue-claims">
          <legend>{ui('issue.claims')}</legend>
          <ul>
            {view.claims.map((claim, index) => (
              <ClaimChoice
                key={pathKey(claim.path)}
                claim={claim}
                index={index}
                dispatch={dispatch}
              />
            ))}
          </ul>
        </fieldset>
      )}
      <div className="field inline issue-options">
        <label htmlFor="issue-decoys" className="field-label">
          {ui('issue.decoys')}
        </label>
        <input
          id="issue-decoys"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_DECOYS}
          step={1}
          value={view.decoys}
          aria-describedby="issue-decoys-caption"
          onChange={(event) =>
            dispatch({ type: 'issue', change: { decoys: Number(event.target.value) } })
          }
        />
        <label htmlFor="issue-sd-alg" className="field-label">
          {ui('issue.sdAlg')}
        </label>
        <select
          id="issue-sd-alg"
          value={view.sdAlg}
          onChange={(event) =>
            dispatch({ type: 'issue', change: { sdAlg: event.target.value as SdHashName } })
          }
        >
          {HASHES.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <p id="issue-decoys-caption" className="caption">
        {ui('issue.decoys.caption')}
      </p>
      {signedPayload && (
        <div className="field">
          <div className="field-head">
            <label htmlFor="signed-payload" className="field-label">
              {ui('issue.signedPayload')}
            </label>
            {signedText !== '' && <CopyButton text={signedText} what={ui('issue.signedPayload')} />}
          </div>
          <p className="caption">{ui('issue.signedPayload.caption')}</p>
          <textarea
            id="signed-payload"
            className="json-readonly"
            readOnly
            rows={Math.min(16, Math.max(3, signedText.split('\n').length))}
            value={signedText}
            placeholder={signedPayload.state === 'pending' ? ui('issue.signing') : undefined}
            spellCheck={false}
          />
        </div>
      )}
    </section>
  );
}
