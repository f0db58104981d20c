import { lazy, Suspense } from 'react';
import { isAsymmetric } from '../../core/algorithms';
import type { KeyInputs } from '../../core/debug/key-inputs';
import { isJsonObject } from '../../core/json/is-object';
import type { ViewModel } from '../../core/view/model';
import { KeyPane } from '../components/KeyPane';
import { Verdict } from '../components/Verdict';
import { useI18n } from '../i18n';
import { useDeferredModule } from '../lib/lazy';
import { useSupported } from '../lib/support';

/** A header's own key (jwk, x5c), shown and usable on request: a chunk of its own. */
const EmbeddedKeys = lazy(() =>
  import('../components/EmbeddedKeys').then((module) => ({ default: module.EmbeddedKeys })),
);

const loadNotes = () => import('./VerdictNotes');

/** Anything to say beside the verdict: then the notes' chunk loads. */
function hasNotes(view: ViewModel): boolean {
  return (
    view.validity.length > 0 ||
    view.keys.notes.length > 0 ||
    view.detached ||
    (view.verdict.state === 'checked' && view.verdict.candidates !== undefined)
  );
}

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
  const header = view.parsed?.protectedHeader;
  const embedded =
    view.keys.entry !== undefined &&
    isAsymmetric(view.keys.entry) &&
    isJsonObject(header) &&
    (header.jwk !== undefined || header.x5c !== undefined);
  const notes = useDeferredModule(loadNotes, hasNotes(view));
  const Notes = notes.module?.default;
  return (
    <div className="pane pane-signature">
      <div className="pane-head">
        <h3>{t('key.heading.verify')}</h3>
      </div>
      {/* The verdict first: in view after a paste, the key box it needs right under it. */}
      <Verdict
        view={view.verdict}
        entry={view.keys.entry}
        reports={view.keys.reports}
        signature={
          view.kind?.kind === 'jws-json' && view.kind.chosen !== undefined && view.kind.signatures
            ? { number: view.kind.chosen + 1, count: view.kind.signatures.length }
            : undefined
        }
      />
      {/* What qualifies the verdict (valid now? which key of a set?) right under it. */}
      {hasNotes(view) && Notes && <Notes view={view} keys={keys} onKeys={onKeys} />}
      {/* A JWE has a signature to check only once it decrypts to a nested JWS. */}
      {(!view.encrypted || view.keys.entry) && (
        <KeyPane
          view={view.keys}
          keys={keys}
          supported={supported}
          header={header}
          onChange={onKeys}
        />
      )}
      {embedded && (
        <Suspense fallback={null}>
          <EmbeddedKeys
            header={header}
            publicKey={view.keys.publicKey}
            onUse={(publicKey) => onKeys({ publicKey })}
          />
        </Suspense>
      )}
    </div>
  );
}
