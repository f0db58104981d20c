import type { KeyInputs } from '../../core/debug/key-inputs';
import type { ViewModel } from '../../core/view/model';
import { KeyPane } from '../components/KeyPane';
import { Verdict } from '../components/Verdict';
import { useI18n } from '../i18n';
import { useSupported } from '../lib/support';

/** The key boxes the shown alg needs and the `Signature status` verdict on the shown token. */
export function SignaturePanel({
  view,
  keys,
  onKeys,
}: {
  readonly view: ViewModel;
  readonly keys: KeyInputs;
  readonly onKeys: (patch: Partial<KeyInputs>) => void;
}) {
  const { t } = useI18n();
  const supported = useSupported(view.keys.entry?.alg);
  return (
    <div className="pane pane-signature">
      <div className="pane-head">
        <h3>{t('key.heading.verify')}</h3>
      </div>
      <KeyPane view={view.keys} keys={keys} supported={supported} onChange={onKeys} />
      <Verdict view={view.verdict} entry={view.keys.entry} reports={view.keys.reports} />
    </div>
  );
}
