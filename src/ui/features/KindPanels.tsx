import type { ComponentType } from 'react';
import type { KeyInputs } from '../../core/debug/key-inputs';
import type { Action } from '../../core/view/inputs';
import type { KindView, ViewModel } from '../../core/view/model';
import { Lazy } from '../../core/lazy';
import { LoadFailed } from '../components/LoadFailed';
import { useI18n } from '../i18n';
import { useLazy } from '../lib/lazy';

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

type PanelsOf<K extends KindView['kind']> = Lazy<{
  default: ComponentType<KindPanelProps<Extract<KindView, { kind: K }>>>;
}>;

/**
 * Each kind's panels, a chunk of their own, kept once loaded (one holder per page, App.tsx): a
 * token of a kind seen before has its panels drawn in the render that reads it, where awaiting
 * the import again drew them a task and a painted frame later. A kind of token adds a line here.
 */
export class KindPanelChunks implements Readonly<{ [K in KindView['kind']]: PanelsOf<K> }> {
  readonly 'sd-jwt' = new Lazy(() => import('./sd-jwt/SdJwtPanels'));
  readonly 'jws-json' = new Lazy(() => import('./jws-json/JwsJsonPanels'));
  readonly jwe = new Lazy(() => import('./jwe/JwePanels'));
}

function Loaded<V extends KindView>({
  props,
  chunks,
}: {
  readonly props: KindPanelProps<V>;
  readonly chunks: KindPanelChunks;
}) {
  const { t } = useI18n();
  const kind = props.view.kind as V['kind'];
  const chunk = useLazy(
    chunks[kind] as unknown as Lazy<{ default: ComponentType<KindPanelProps<V>> }>,
  );
  const Panels = chunk.module?.default;
  if (Panels) return <Panels {...props} />;
  if (chunk.failed) return <LoadFailed what={t(`kind.${kind}`)} onRetry={chunk.retry} />;
  return <p className="quiet">{t('how.loading')}</p>;
}

/** The panels of the shown token's kind, when it has any beyond the panes and the verdict. */
export function KindPanels({
  view,
  chunks,
  keys,
  dispatch,
}: {
  readonly view: ViewModel;
  readonly chunks: KindPanelChunks;
  readonly keys: KeyInputs;
  readonly dispatch: (action: Action) => void;
}) {
  if (!view.kind) return null;
  const onKeys = (patch: Partial<KeyInputs>) => dispatch({ type: 'keys', patch });
  const props = {
    view: view.kind,
    token: view.token.cleaned.text,
    header: view.headerParameters?.value,
    issuerPayload: view.parsed?.payload?.json,
    keys,
    onKeys,
    dispatch,
  };
  // A new kind is a new component: its chunk loads once, and its state starts afresh. An SD-JWT
  // in the JSON serialization (RFC 9901 §8) has the SD-JWT's panels too.
  const sdJwt = view.kind.kind === 'jws-json' ? view.kind.sdJwt : undefined;
  return (
    <>
      <Loaded key={view.kind.kind} props={props} chunks={chunks} />
      {sdJwt && <Loaded key="sd-jwt" props={{ ...props, view: sdJwt }} chunks={chunks} />}
    </>
  );
}
