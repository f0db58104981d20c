import type { ReactNode } from 'react';
import { CopyButton } from './CopyButton';
import { ScrollablePre } from './ScrollablePre';
import { useMessages } from '../i18n';
import { learnMessages } from '../i18n/messages/learn';

/**
 * Tabs of ready-to-copy code, one per library, moved between with the arrow keys (WAI-ARIA
 * tabs pattern), as the JWS snippets are.
 */
export function SnippetTabs<Target extends string>({
  targets,
  names,
  target,
  onTarget,
  children,
}: {
  readonly targets: readonly Target[];
  readonly names: Readonly<Record<Target, string>>;
  readonly target: Target;
  readonly onTarget: (target: Target) => void;
  readonly children: ReactNode;
}) {
  const t = useMessages(learnMessages);
  return (
    <div className="snippets">
      <div className="tabs" role="tablist" aria-label={t('snippets.library')}>
        {targets.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`snippet-tab-${name}`}
            aria-selected={name === target}
            aria-controls="snippet-panel"
            tabIndex={name === target ? 0 : -1}
            className={`tab ${name === target ? 'active' : ''}`}
            onClick={() => onTarget(name)}
            onKeyDown={(event) => {
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
              if (step === 0) return;
              const next =
                targets[(targets.indexOf(target) + step + targets.length) % targets.length]!;
              onTarget(next);
              document.getElementById(`snippet-tab-${next}`)?.focus();
            }}
          >
            {names[name]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="snippet-panel"
        aria-labelledby={`snippet-tab-${target}`}
        className="snippet-panel"
      >
        {children}
      </div>
    </div>
  );
}

/** A snippet's install command and code, each with its copy button. */
export function SnippetCode({
  install,
  code,
  library,
  placeholders,
}: {
  readonly install: string;
  readonly code: string;
  readonly library: string;
  readonly placeholders: string;
}) {
  const t = useMessages(learnMessages);
  return (
    <>
      <p className="quiet">{placeholders}</p>
      <div className="field-head">
        <code className="install">{install}</code>
        <CopyButton text={install} what={t('snippets.install')} />
      </div>
      <div className="field-head">
        <span />
        <CopyButton text={code} what={t('snippets.code', { library })} />
      </div>
      <ScrollablePre className="step-value code">{code}</ScrollablePre>
    </>
  );
}
