import { useState, type ComponentType } from 'react';
import type { LearnView } from '../../core/view/learn';
import { LoadFailed } from '../components/LoadFailed';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { useLazy } from '../lib/lazy';
import { Lazy } from '../../core/lazy';

type Kind = LearnView['kind'];
type Of<K extends Kind> = Extract<LearnView, { kind: K }>;

type Chunk<K extends Kind> = Lazy<{
  default: ComponentType<{ readonly learn: Of<K> }>;
}>;
type View = 'how' | 'snippets';

/**
 * One chunk per kind and view (a JWS visit never loads the JWE or SD-JWT learning code), kept
 * once loaded (one holder per page, App.tsx): a view left open draws the next kind's content in
 * the render that reads its token, where awaiting the import again drew it a task later.
 */
export class LearnChunks implements Readonly<{ [K in Kind as `${View}.${K}`]: Chunk<K> }> {
  readonly 'how.jws' = new Lazy(() =>
    import('../components/HowItsMade').then(({ default: HowItsMade }) => ({
      default: ({ learn }: { readonly learn: Of<'jws'> }) => <HowItsMade parsed={learn.parsed} />,
    })),
  );
  readonly 'how.jwe' = new Lazy(() => import('./learn/JweHowItsMade'));
  readonly 'how.sd-jwt' = new Lazy(() => import('./learn/SdJwtHowItsMade'));
  readonly 'snippets.jws' = new Lazy(() =>
    import('../components/CodeSnippets').then(({ default: CodeSnippets }) => ({
      default: ({ learn }: { readonly learn: Of<'jws'> }) => <CodeSnippets parsed={learn.parsed} />,
    })),
  );
  readonly 'snippets.jwe' = new Lazy(() => import('./learn/JweSnippets'));
  readonly 'snippets.sd-jwt' = new Lazy(() => import('./learn/SdJwtSnippets'));
}

/** The content of one kind: keyed by the kind, so a new kind draws its own chunk. */
export function Content<K extends Kind>({
  learn,
  chunk: lazy,
  what,
}: {
  readonly learn: Of<K>;
  readonly chunk: Chunk<K>;
  readonly what: string;
}) {
  const { t } = useI18n();
  const chunk = useLazy(lazy);
  const Loaded = chunk.module?.default;
  if (Loaded) return <Loaded learn={learn} />;
  if (chunk.failed) return <LoadFailed what={what} onRetry={chunk.retry} />;
  return <p className="quiet">{t('how.loading')}</p>;
}

/**
 * What a view shows in turn: a nested JWE's own steps, then its inner JWS's; an SD-JWT's
 * disclosures, then its issuer-signed JWT's.
 */
function sections(learn: LearnView, view: View): readonly LearnView[] {
  if (view !== 'how') return [learn];
  if (learn.kind === 'jwe' && learn.inner) return [learn, { kind: 'jws', parsed: learn.inner }];
  if (learn.kind === 'sd-jwt' && learn.issuer)
    return [learn, { kind: 'jws', parsed: learn.issuer }];
  return [learn];
}

/**
 * A `<details>` whose content is a chunk of its own, loaded when first opened; one that fails
 * to load says so and can be tried again.
 */
function LazyDetails({
  title,
  intro,
  view,
  chunks,
  learn,
}: {
  readonly title: MessageKey;
  readonly intro: MessageKey;
  readonly view: View;
  readonly chunks: LearnChunks;
  readonly learn: LearnView | undefined;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="pane how"
      onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
    >
      <summary>
        <h3>{t(title)}</h3> <span className="caption">{t(intro)}</span>
      </summary>
      {open &&
        (!learn ? (
          <p className="quiet">{t('encoded.empty')}</p>
        ) : (
          sections(learn, view).map((section, index) => (
            <Content
              key={`${index}-${section.kind}`}
              learn={section}
              chunk={chunks[`${view}.${section.kind}`] as Chunk<typeof section.kind>}
              what={t(title)}
            />
          ))
        ))}
    </details>
  );
}

/** The learning view: the token rebuilt step by step, and code that verifies or decrypts it. */
export function LearnPanels({
  learn,
  chunks,
}: {
  readonly learn: LearnView | undefined;
  readonly chunks: LearnChunks;
}) {
  const kind = learn?.kind ?? 'jws';
  return (
    <>
      <LazyDetails title="how.title" intro="how.intro" view="how" chunks={chunks} learn={learn} />
      <LazyDetails
        title={kind === 'jwe' ? 'snippets.title.jwe' : 'snippets.title'}
        intro={
          kind === 'jwe'
            ? 'snippets.intro.jwe'
            : kind === 'sd-jwt'
              ? 'snippets.intro.sd-jwt'
              : 'snippets.intro'
        }
        view="snippets"
        chunks={chunks}
        learn={learn}
      />
    </>
  );
}
