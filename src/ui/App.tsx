import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { JWS_ALGORITHMS, jwsAlgorithm } from '../core/algorithms';
import type { Diagnostic } from '../core/diagnostics';
import type { KeyReport } from '../core/debug/key-inputs';
import { Alert } from './components/Alert';
import { ClaimsTable } from './components/ClaimsTable';
import { CopyButton } from './components/CopyButton';
import { Examples, examplesKeys } from './components/Examples';
import { JsonEditor } from './components/JsonEditor';
import { KeyPane } from './components/KeyPane';
import { LintsPanel } from './components/LintsPanel';
import { TokenEditor } from './components/TokenEditor';
import { Verdict } from './components/Verdict';
import { I18nProvider, LANGUAGES, useI18n, type Language, type Tables } from './i18n';
import { diagnosticMessage, keyErrorMessage, partName } from './lib/messages';
import { useLanguage, useTheme, type Theme } from './lib/settings';
import { shareLink } from './lib/share';
import { formatCount, useNow } from './lib/time';
import { useDeferredModule } from './lib/lazy';
import { rememberToken } from './lib/session';
import { useSupported } from './lib/support';
import { useDebugger } from './state/useDebugger';
import { setAlg, algOfHeader } from './lib/header';

/** The learning view is a chunk of its own, loaded when first opened. */
const HowItsMade = lazy(() => import('./components/HowItsMade'));
const CodeSnippets = lazy(() => import('./components/CodeSnippets'));
const loadLints = () => import('../core/lints');

/** Decoded payloads longer than this are previewed, their first characters read-only. */
const PREVIEW_ABOVE = 200_000;
const PREVIEW_CHARACTERS = 20_000;

/** Above this many characters the page says the token is unusually large. */
const LARGE_TOKEN = 1_000_000;

export function App({
  initialToken,
  fromLink,
  language: firstLanguage,
  tables: firstTables,
}: {
  readonly initialToken: string;
  readonly fromLink: boolean;
  readonly language: Language;
  readonly tables: Tables;
}) {
  const [language, tables, setLanguage] = useLanguage(firstLanguage, firstTables);
  const [theme, setTheme] = useTheme();
  return (
    <I18nProvider language={language} tables={tables}>
      <Page
        initialToken={initialToken}
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
  readonly initialToken: string;
  readonly fromLink: boolean;
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
  readonly theme: Theme;
  readonly onTheme: (theme: Theme) => void;
}

function Page({ initialToken, fromLink, language, onLanguage, theme, onTheme }: PageProps) {
  const { t } = useI18n();
  const { state, outcome, dispatch } = useDebugger(initialToken);
  const [generateError, setGenerateError] = useState<string | undefined>();
  const [shared, setShared] = useState<string | undefined>();
  const [howOpen, setHowOpen] = useState(false);
  const [snippetsOpen, setSnippetsOpen] = useState(false);
  const now = useNow();
  useEffect(() => {
    // Debounced: a multi-megabyte token is not copied into storage on every keystroke.
    const timer = setTimeout(() => rememberToken(state.token), 300);
    return () => clearTimeout(timer);
  }, [state.token]);
  const { parsed } = state;
  // A huge decoded payload is previewed: laying out megabytes in a second textarea freezes the
  // page; the whole text is one click away, for the token it belongs to.
  const [fullPayloadFor, setFullPayloadFor] = useState<string | undefined>();
  const previewPayload =
    state.leading === 'token' &&
    state.payload.length > PREVIEW_ABOVE &&
    fullPayloadFor !== state.token;
  const tokenEmpty = state.token.trim() === '';

  const alg = state.leading === 'token' ? parsed.alg : (algOfHeader(state.header) ?? parsed.alg);
  const entry = jwsAlgorithm(alg);
  const supported = useSupported(entry?.alg);
  const reports = outcome.keys;
  const inspection = outcome.inspection;
  // The verdict shown is for the token shown; while the token leads it must be for this text.
  // When the header and payload lead but made no token, the token shown is stale: say so.
  const stale = state.leading === 'json' && (outcome.problems.length > 0 || !inspection);
  const verdict =
    inspection && inspection.parsed.input === state.token && !stale
      ? inspection.verdict
      : undefined;

  const problems: string[] = [];
  const tokenErrors: Diagnostic[] =
    state.leading === 'token' && !tokenEmpty
      ? parsed.diagnostics.filter((d) => d.severity === 'error')
      : [];
  // The leading side's problems: the token's errors, or why the header and payload made none.
  const leadingProblems = state.leading === 'json' ? outcome.problems : tokenErrors;
  for (const d of leadingProblems) {
    problems.push(`${partName(t, d.part)}: ${diagnosticMessage(t, d)}`);
  }
  for (const report of Object.values(reports) as (KeyReport | undefined)[]) {
    if (report && !report.ok)
      problems.push(`${partName(t, report.slot)}: ${keyErrorMessage(t, report)}`);
  }
  if (generateError) problems.push(`${partName(t, 'key')}: ${generateError}`);

  const notices = parsed.diagnostics.filter((d) => d.severity !== 'error');
  const reencoded = (['header', 'payload'] as const).filter(
    (part) =>
      state.leading === 'json' &&
      state.pasted[part] !== undefined &&
      parsed[part]?.text !== undefined &&
      parsed[part]?.text !== state.pasted[part],
  );
  const partInvalid = (part: 'header' | 'payload') => leadingProblems.some((d) => d.part === part);

  const lintModule = useDeferredModule(loadLints);
  const lints = useMemo(
    () =>
      tokenEmpty || !lintModule
        ? undefined
        : lintModule.lintToken({
            parsed,
            now,
            ...(entry?.family === 'hmac' && state.keys.secret !== ''
              ? { secret: { text: state.keys.secret, encoding: state.keys.secretEncoding } }
              : {}),
          }),
    [lintModule, parsed, now, entry, state.keys.secret, state.keys.secretEncoding, tokenEmpty],
  );

  const headerObject = parsed.protectedHeader;
  const payloadJson = parsed.payload?.json;

  return (
    <div className="app">
      <a className="skip" href="#token">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <div className="controls">
          <Examples
            onLoad={(example) => {
              setGenerateError(undefined);
              dispatch({ type: 'load', token: example.token, keys: examplesKeys(example) });
            }}
          />
          <div className="control">
            <label htmlFor="language">{t('language.label')}</label>
            <select
              id="language"
              value={language}
              onChange={(event) => onLanguage(event.target.value as Language)}
            >
              {LANGUAGES.map(({ code, name }) => (
                <option key={code} value={code} lang={code === 'zh' ? 'zh-CN' : 'en'}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div className="control">
            <label htmlFor="theme">{t('theme.label')}</label>
            <select
              id="theme"
              value={theme}
              onChange={(event) => onTheme(event.target.value as Theme)}
            >
              {(['system', 'light', 'dark'] as const).map((value) => (
                <option key={value} value={value}>
                  {t(`theme.${value}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </header>

      <main className="columns">
        <section className="column encoded" aria-labelledby="encoded-heading">
          <h2 id="encoded-heading">{t('encoded.heading')}</h2>
          <TokenEditor
            value={state.token}
            parsed={parsed}
            invalid={tokenErrors.length > 0}
            onChange={(text) => {
              setGenerateError(undefined);
              dispatch({ type: 'token', text });
            }}
          />
          <div className="actions">
            <CopyButton text={state.token} what={t('encoded.label')} />
            <button
              type="button"
              className="button small"
              disabled={tokenEmpty}
              onClick={() => {
                const link = shareLink(state.token, window.location);
                setShared(link);
                navigator.clipboard.writeText(link).catch((error: unknown) => console.warn(error));
              }}
            >
              {t('share.button')}
            </button>
          </div>
          {shared && (
            <div className="field">
              <label htmlFor="share-link" className="field-label">
                {t('share.label')}
              </label>
              <input
                id="share-link"
                readOnly
                value={shared}
                onFocus={(event) => event.target.select()}
              />
              <p className="quiet">{t('share.note')}</p>
            </div>
          )}
          <ul className="notices">
            {fromLink && state.token === initialToken && <li>{t('share.loaded')}</li>}
            {state.token.length > LARGE_TOKEN && (
              <li>
                <span aria-hidden="true">ℹ </span>
                {t('notice.large', { size: (state.token.length / 1_000_000).toFixed(1) })}
              </li>
            )}
            {notices.map((d, index) => (
              <li key={index}>
                <span aria-hidden="true">ℹ </span>
                {d.part === 'token'
                  ? diagnosticMessage(t, d)
                  : `${partName(t, d.part)}: ${diagnosticMessage(t, d)}`}
              </li>
            ))}
            {reencoded.map((part) => (
              <li key={part}>
                <span aria-hidden="true">ℹ </span>
                {t('notice.reencoded', { part: partName(t, part) })}
              </li>
            ))}
          </ul>
          <p className="privacy quiet">{t('app.privacy')}</p>
        </section>

        <section className="column decoded" aria-labelledby="decoded-heading">
          <h2 id="decoded-heading">{t('decoded.heading')}</h2>
          <Alert heading={t('alert.heading')} lines={problems} />

          <div className="pane pane-header">
            <div className="pane-head">
              <h3>
                {t('header.label')} <span className="caption">{t('header.caption')}</span>
              </h3>
              <CopyButton text={state.header} what={t('header.label')} />
            </div>
            <div className="field inline">
              <label htmlFor="alg" className="field-label">
                {t('algorithm.label')}
              </label>
              <select
                id="alg"
                value={entry ? entry.alg : ''}
                onChange={(event) =>
                  dispatch({ type: 'header', text: setAlg(state.header, event.target.value) })
                }
              >
                {!entry && (
                  <option value="">
                    {alg === undefined ? '—' : t('algorithm.other', { alg })}
                  </option>
                )}
                {JWS_ALGORITHMS.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <JsonEditor
              id="header"
              label={t('header.label')}
              value={state.header}
              invalid={partInvalid('header')}
              onChange={(text) => dispatch({ type: 'header', text })}
              rows={4}
            />
          </div>

          <div className="pane pane-payload">
            <div className="pane-head">
              <h3>
                {t('payload.label')} <span className="caption">{t('payload.caption')}</span>
              </h3>
              <CopyButton text={state.payload} what={t('payload.label')} />
            </div>
            {previewPayload ? (
              <>
                <JsonEditor
                  id="payload"
                  label={t('payload.label')}
                  value={state.payload.slice(0, PREVIEW_CHARACTERS)}
                  invalid={partInvalid('payload')}
                  readOnly
                  onChange={() => undefined}
                  rows={8}
                />
                <p className="quiet">
                  {t('payload.preview', {
                    shown: formatCount(PREVIEW_CHARACTERS),
                    total: formatCount(state.payload.length),
                  })}{' '}
                  <button
                    type="button"
                    className="button small"
                    onClick={() => setFullPayloadFor(state.token)}
                  >
                    {t('payload.showAll')}
                  </button>
                </p>
              </>
            ) : (
              <JsonEditor
                id="payload"
                label={t('payload.label')}
                value={state.payload}
                invalid={partInvalid('payload')}
                onChange={(text) => dispatch({ type: 'payload', text })}
                rows={8}
              />
            )}
          </div>

          <div className="pane pane-signature">
            <div className="pane-head">
              <h3>{t('key.heading.verify')}</h3>
            </div>
            <KeyPane
              entry={entry}
              keys={state.keys}
              reports={reports}
              publicDerived={state.publicDerived}
              supported={supported}
              onChange={(patch) => {
                setGenerateError(undefined);
                dispatch({ type: 'keys', patch });
              }}
              onGenerateError={setGenerateError}
            />
            <Verdict
              verdict={verdict}
              entry={entry}
              reports={reports}
              hint={verdict ? inspection?.secretEncodingHint : undefined}
              empty={tokenEmpty}
              stale={stale}
            />
          </div>

          <section className="pane" aria-labelledby="lints-heading">
            <h3 id="lints-heading">{t('lints.heading')}</h3>
            {lints ? <LintsPanel lints={lints} /> : <p className="quiet">{t('how.loading')}</p>}
          </section>

          <section className="pane" aria-labelledby="claims-heading">
            <h3 id="claims-heading">{t('claims.heading')}</h3>
            <ClaimsTable
              where="payload"
              label={t('claims.label')}
              value={payloadJson}
              numbers={parsed.payload?.numbers ?? []}
              now={now}
            />
          </section>
          {headerObject && (
            <section className="pane" aria-labelledby="header-params-heading">
              <h3 id="header-params-heading">{t('headerParams.label')}</h3>
              <ClaimsTable
                where="header"
                label={t('headerParams.label')}
                value={headerObject}
                numbers={parsed.header?.numbers ?? []}
                now={now}
              />
            </section>
          )}
          <details
            className="pane how"
            onToggle={(event) => setHowOpen((event.target as HTMLDetailsElement).open)}
          >
            <summary>
              <h3>{t('how.title')}</h3> <span className="caption">{t('how.intro')}</span>
            </summary>
            {howOpen && (
              <Suspense fallback={<p className="quiet">{t('how.loading')}</p>}>
                <HowItsMade parsed={parsed} />
              </Suspense>
            )}
          </details>
          <details
            className="pane how"
            onToggle={(event) => setSnippetsOpen((event.target as HTMLDetailsElement).open)}
          >
            <summary>
              <h3>{t('snippets.title')}</h3> <span className="caption">{t('snippets.intro')}</span>
            </summary>
            {snippetsOpen && (
              <Suspense fallback={<p className="quiet">{t('how.loading')}</p>}>
                <CodeSnippets parsed={parsed} />
              </Suspense>
            )}
          </details>
        </section>
      </main>
    </div>
  );
}
