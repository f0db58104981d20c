import { useState, type ComponentType } from 'react';
import type { ParsedToken } from '../../core/jws/parse';
import { LoadFailed } from '../components/LoadFailed';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { useDeferredModule } from '../lib/lazy';

type Panel = ComponentType<{ readonly parsed: ParsedToken }>;

/**
 * A `<details>` whose content is a chunk of its own, loaded when first opened; one that fails
 * to load says so and can be tried again.
 */
function LazyDetails({
  title,
  intro,
  load,
  parsed,
}: {
  readonly title: MessageKey;
  readonly intro: MessageKey;
  readonly load: () => Promise<{ default: Panel }>;
  readonly parsed: ParsedToken | undefined;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const chunk = useDeferredModule(load, open);
  const Content = chunk.module?.default;
  return (
    <details
      className="pane how"
      onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
    >
      <summary>
        <h3>{t(title)}</h3> <span className="caption">{t(intro)}</span>
      </summary>
      {open &&
        (!parsed ? (
          <p className="quiet">{t('encoded.empty')}</p>
        ) : Content ? (
          <Content parsed={parsed} />
        ) : chunk.failed ? (
          <LoadFailed what={t(title)} onRetry={chunk.retry} />
        ) : (
          <p className="quiet">{t('how.loading')}</p>
        ))}
    </details>
  );
}

const loadHowItsMade = () => import('../components/HowItsMade');
const loadSnippets = () => import('../components/CodeSnippets');

/** The learning view: the token rebuilt step by step, and code that verifies it. */
export function LearnPanels({ parsed }: { readonly parsed: ParsedToken | undefined }) {
  return (
    <>
      <LazyDetails title="how.title" intro="how.intro" load={loadHowItsMade} parsed={parsed} />
      <LazyDetails
        title="snippets.title"
        intro="snippets.intro"
        load={loadSnippets}
        parsed={parsed}
      />
    </>
  );
}
