import { useCallback, useEffect, useMemo, useState } from 'react';
import type { KeyInputs } from '../core/debug/key-inputs';
import type { Inputs } from '../core/view/inputs';
import type { Environment } from '../core/view/derive';
import { loadEvery } from '../core/lazy';
import { Alert } from './components/Alert';
import { LoadFailed } from './components/LoadFailed';
import { examplesKeys, type Example } from './components/Examples';
import { DecodedPanes, ExactToggle } from './features/DecodedPanes';
import { FindingsPanels } from './features/FindingsPanels';
import { KindPanelChunks, KindPanels } from './features/KindPanels';
import { LearnChunks, LearnPanels } from './features/LearnPanels';
import { SignaturePanel } from './features/SignaturePanel';
import { TokenPanel } from './features/TokenPanel';
import { TopBar } from './app/TopBar';
import { I18nProvider, useI18n, type Language, type Tables } from './i18n';
import { KindWords, useKindTables } from './lib/kind-messages';
import { useDeferredModule } from './lib/lazy';
import { whenFilesKept } from './lib/offline';
import { messageText } from './lib/messages';
import { useRememberedToken } from './lib/session';
import { useLanguage, useTheme, type Theme } from './lib/settings';
import { intlLocale, useNow } from './lib/time';
import { warmUp, whenIdle } from './lib/warm';
import { useDebugger } from './state/useDebugger';

/** SD-JWT issuing from the panes: loaded when the header and payload first lead. */
const loadIssuePanel = () => import('./features/sd-jwt/IssuePanel');

/**
 * The security checks, the claims tables' rows and whether the token is valid now: computed in
 * the view, loaded after paint.
 */
const loadFindings = () =>
  Promise.all([
    import('../core/lints'),
    import('../core/claims/table'),
    import('../core/claims/validity'),
  ]).then(([lints, table, validity]) => ({
    lintToken: lints.lintToken,
    claimsTable: table.claimsTable,
    validityNotes: validity.validityNotes,
  }));

export function App({
  initial,
  fromLink,
  language: firstLanguage,
  tables: firstTables,
}: {
  /** What the page starts with: a share link's token and key, the tab's last token, or the seed. */
  readonly initial: Inputs;
  readonly fromLink: boolean;
  readonly language: Language;
  readonly tables: Tables;
}) {
  const [language, tables, setLanguage] = useLanguage(firstLanguage, firstTables);
  const [theme, setTheme] = useTheme();
  return (
    <I18nProvider language={language} tables={tables}>
      <Page
        initial={initial}
        fromLink={fromLink}
        language={language}
        onLanguage={setLanguage}
        theme={theme}
        onTheme={setTheme}
      />
    </I18nProvider>
  );
}

interface PageProps {
  readonly initial: Inputs;
  readonly fromLink: boolean;
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
  readonly theme: Theme;
  readonly onTheme: (theme: Theme) => void;
}

/**
 * The page: the inputs store, the view derived from it (core/view/derive.ts), and the
 * features that render it. Nothing here decides what is true about the token.
 */
function Page({ initial, fromLink, language, onLanguage, theme, onTheme }: PageProps) {
  const { t } = useI18n();
  const now = useNow();
  const findings = useDeferredModule(loadFindings);
  const env = useMemo<Environment>(() => ({ now, ...findings.module }), [now, findings.module]);
  const { inputs, view, later, dispatch, chunks } = useDebugger(initial, env);
  // Once the checks have loaded, the page does a paste's work once while idle (lib/warm.ts).
  const warmed = findings.module !== undefined;
  useEffect(() => {
    if (!warmed) return undefined;
    return whenIdle(() => warmUp(env, intlLocale(language)));
    // Once per page: a later language or minute needs no second warm-up.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [warmed]);
  // A kind's panels and words, kept once loaded: its next token draws them at once.
  const [panelChunks] = useState(() => new KindPanelChunks());
  const [kindWords] = useState(() => new KindWords());
  const [learnChunks] = useState(() => new LearnChunks());
  // Once the service worker keeps the page's files, every kind's code (its jobs, panels, words
  // and learning views) is loaded from them while idle: a first SD-JWT or JWE then waits for no
  // request (docs/performance.md).
  useEffect(() => {
    let cancelIdle: (() => void) | undefined;
    const cancelKept = whenFilesKept(() => {
      cancelIdle = whenIdle(() => void loadEvery(chunks, panelChunks, kindWords, learnChunks));
    });
    return () => {
      cancelKept();
      cancelIdle?.();
    };
  }, [chunks, panelChunks, kindWords, learnChunks]);
  // Issuing, an SD-JWT's words are needed before one is made (to say why it cannot be).
  const kinds = useKindTables(
    view.issue?.issuing ? 'sd-jwt' : view.token.kind,
    language,
    kindWords,
    view.encrypted,
  );
  useRememberedToken(inputs.token);
  const onKeys = (patch: Partial<KeyInputs>) => dispatch({ type: 'keys', patch });
  // The same function from render to render: the top bar (memo) is not drawn again per keystroke.
  const onExample = useCallback(
    (example: Example, over: string) =>
      dispatch({ type: 'load', token: example.token, keys: examplesKeys(example), over }),
    [dispatch],
  );
  // A JWE's panel comes before the signature: it decrypts what is then verified.
  // In the start chunk: a kind's first token then waits for its own panels' chunk only.
  const kindPanels = view.kind !== undefined && (
    <KindPanels view={view} chunks={panelChunks} keys={inputs.keys} dispatch={dispatch} />
  );

  const issueChunk = useDeferredModule(loadIssuePanel, view.issue !== undefined);
  const IssuePanel = issueChunk.module?.default;
  const issuePanel =
    view.issue &&
    (IssuePanel ? (
      <IssuePanel view={view.issue} dispatch={dispatch} />
    ) : (
      issueChunk.failed && <LoadFailed what={t('kind.sd-jwt')} onRetry={issueChunk.retry} />
    ));

  return (
    <div className="app">
      <a className="skip" href="#token">
        {t('app.skip')}
      </a>
      <TopBar
        language={language}
        onLanguage={onLanguage}
        theme={theme}
        onTheme={onTheme}
        token={inputs.token}
        onExample={onExample}
      />
      <main className="columns">
        <TokenPanel
          view={view}
          kinds={kinds}
          fromLink={fromLink && inputs.token === initial.token}
          dispatch={dispatch}
        />
        <section className="column decoded" aria-labelledby="decoded-heading">
          <div className="column-head">
            <h2 id="decoded-heading">{t('decoded.heading')}</h2>
            {view.leading === 'token' && <ExactToggle exact={inputs.exact} dispatch={dispatch} />}
          </div>
          <Alert
            heading={t('alert.heading')}
            lines={view.problems
              .map((message) => messageText(t, message, kinds))
              .filter((line) => line !== '')}
          />
          <DecodedPanes view={view} dispatch={dispatch} />
          {issuePanel}
          {view.encrypted && kindPanels}
          <SignaturePanel view={view} keys={inputs.keys} onKeys={onKeys} />
          {!view.encrypted && kindPanels}
          {/*
           * Findings of the inputs before the last change, for a frame or two, are marked busy
           * and take no input, so that none passes for one about what the panes show.
           */}
          <div
            className={later.stale ? 'findings stale' : 'findings'}
            aria-busy={later.stale || undefined}
            inert={later.stale}
          >
            <FindingsPanels view={later.view} failed={findings.failed} onRetry={findings.retry} />
          </div>
          <LearnPanels learn={view.learn} chunks={learnChunks} />
        </section>
      </main>
    </div>
  );
}
