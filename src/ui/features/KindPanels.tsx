import type { ComponentType } from 'react';
import type { KeyInputs } from '../../core/debug/key-inputs';
import type { Action } from '../../core/view/inputs';
import type { KindView, ViewModel } from '../../core/view/model';
import { LoadFailed } from '../components/LoadFailed';
import { useI18n } from '../i18n';
import { useDeferredModule } from '../lib/lazy';

export interface KindPanelProps<V extends KindView> {
  readonly view: V;
  readonly token: string;
  /** The header shown (the JWE's protected header), as an object. */
  readonly header: unknown;
  readonly issuerPayload: unknown;
  readonly keys: KeyInputs;
  readonly onKeys: (patch: Partial<KeyInputs>) => void;
  readonly dispatch: (action: Action) => void;
}

/** Each kind's panels, a chunk of their own: a kind of token adds a line here. */
const PANELS: {
  readonly [K in KindView['kind']]: () => Promise<{
    default: ComponentType<KindPanelProps<Extract<KindView, { kind: K }>>>;
  }>;
} = {
  'sd-jwt': () => import('./sd-jwt/SdJwtPanels'),
  'jws-json': () => import('./jws-json/JwsJsonPanels'),
  jwe: () => import('./jwe/JwePanels'),
};

function Loaded<V extends KindView>({ props }: { readonly props: KindPanelProps<V> }) {
  const { t } = useI18n();
  const kind = props.view.kind as V['kind'];
  const chunk = useDeferredModule(
    PANELS[kind] as () => Promise<{ default: ComponentType<KindPanelProps<V>> }>,
  );
  const Panels = chunk.module?.default;
  if (Panels) return <Panels {...props} />;
  if (chunk.failed) return <LoadFailed what={t(`kind.${kind}`)} onRetry={chunk.retry} />;
  return <p className="quiet">{t('how.loading')}</p>;
}

/** The panels of the shown token's kind, when it has any beyond the panes and the verdict. */
export function KindPanels({
  view,
  keys,
  onKeys,
  dispatch,
}: {
  readonly view: ViewModel;
  readonly keys: KeyInputs;
  readonly onKeys: (patch: Partial<KeyInputs>) => void;
  readonly dispatch: (action: Action) => void;
}) {
  if (!view.kind) return null;
  const props = {
    view: view.kind,
    token: view.token.cleaned.text,
    header: view.headerParameters?.value,
    issuerPayload: view.parsed?.payload?.json,
    keys,
    onKeys,
    dispatch,
  };
  // A new kind is a new component: its chunk loads once, and its state starts afresh.
  return <Loaded key={view.kind.kind} props={props} />;
}
