import { useState, type ComponentType } from 'react';
import type { LearnView } from '../../core/view/learn';
import { LoadFailed } from '../components/LoadFailed';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { useDeferredModule } from '../lib/lazy';

type Kind = LearnView['kind'];
type Of<K extends Kind> = Extract<LearnView, { kind: K }>;

/** One chunk per kind and view: a JWS visit never loads the JWE or SD-JWT learning code. */
type Loaders = {
  readonly [K in Kind]: () => Promise<{ default: ComponentType<{ readonly learn: Of<K> }> }>;
};

const HOW: Loaders = {
  jws: () =>
    import('../components/HowItsMade').then(({ default: HowItsMade }) => ({
      default: ({ learn }: { readonly learn: Of<'jws'> }) => <HowItsMade parsed={learn.parsed} />,
    })),
  jwe: () => import('./learn/JweHowItsMade'),
  'sd-jwt': () => import('./learn/SdJwtHowItsMade'),
};

const SNIPPETS: Loaders = {
  jws: () =>
    import('../components/CodeSnippets').then(({ default: CodeSnippets }) => ({
      default: ({ learn }: { readonly learn: Of<'jws'> }) => <CodeSnippets parsed={learn.parsed} />,
    })),
  jwe: () => import('./learn/JweSnippets'),
  'sd-jwt': () => import('./learn/SdJwtSnippets'),
};

/** The content of one kind: keyed by the kind, so a new kind loads its own chunk. */
function Content<K extends Kind>({
  learn,
  loaders,
  what,
}: {
  readonly learn: Of<K>;
  readonly loaders: Loaders;
  readonly what: string;
}) {
  const { t } = useI18n();
  const chunk = useDeferredModule(
    loaders[learn.kind as K] as () => Promise<{
      default: ComponentType<{ readonly learn: Of<K> }>;
    }>,
  );
  const Loaded = chunk.module?.default;
  if (Loaded) return <Loaded learn={learn} />;
  if (chunk.failed) return <LoadFailed what={what} onRetry={chunk.retry} />;
  return <p className="quiet">{t('how.loading')}</p>;
}

/**
 * What a view shows in turn: a nested JWE's own steps, then its inner JWS's; an SD-JWT's
 * disclosures, then its issuer-signed JWT's.
 */
function sections(learn: LearnView, loaders: Loaders): readonly LearnView[] {
  if (loaders !== HOW) return [learn];
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
  loaders,
  learn,
}: {
  readonly title: MessageKey;
  readonly intro: MessageKey;
  readonly loaders: Loaders;
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
          sections(learn, loaders).map((section, index) => (
            <Content
              key={`${index}-${section.kind}`}
              learn={section}
              loaders={loaders}
              what={t(title)}
            />
          ))
        ))}
    </details>
  );
}

/** The learning view: the token rebuilt step by step, and code that verifies or decrypts it. */
export function LearnPanels({ learn }: { readonly learn: LearnView | undefined }) {
  const kind = learn?.kind ?? 'jws';
  return (
    <>
      <LazyDetails title="how.title" intro="how.intro" loaders={HOW} learn={learn} />
      <LazyDetails
        title={kind === 'jwe' ? 'snippets.title.jwe' : 'snippets.title'}
        intro={
          kind === 'jwe'
            ? 'snippets.intro.jwe'
            : kind === 'sd-jwt'
              ? 'snippets.intro.sd-jwt'
              : 'snippets.intro'
        }
        loaders={SNIPPETS}
        learn={learn}
      />
    </>
  );
}
