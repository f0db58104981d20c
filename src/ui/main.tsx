import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { EMPTY_KEYS } from '../core/debug/key-inputs';
import { readShareFragment, sharedPublicKey } from './lib/share';
import { restoreToken } from './lib/session';
import { registerServiceWorker } from './lib/offline';
import { firstLanguage } from './lib/settings';
import { loadLanguage } from './i18n';
import './styles.css';

/** The seed document's example: what the page shows before anything is pasted. */
const EXAMPLE_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzb21lIjoicGF5bG9hZCJ9.4twFt5NiznN84AWoo1d7KO1T_yoc0Z6XOpOVswacPZg';

registerServiceWorker();

/**
 * Not top-level await: a chunk loaded here (the Chinese words, the share link's key check)
 * may import from this entry's chunk, and would wait forever for a module still evaluating.
 */
async function start(): Promise<void> {
  const fromLink = readShareFragment(window.location.hash);
  if (fromLink.token !== undefined) {
    // The token now lives in the page; drop it from the address bar and history entry.
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  // A link's key is used only if a link may carry it: a public key, never a private one.
  const linkKey =
    fromLink.publicKey !== undefined ? await sharedPublicKey(fromLink.publicKey) : undefined;

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const language = firstLanguage();
  // Chinese readers wait for their words rather than see English flash first.
  const tables = await loadLanguage(language);
  createRoot(root).render(
    <StrictMode>
      <App
        initialToken={fromLink.token ?? restoreToken() ?? EXAMPLE_TOKEN}
        {...(linkKey !== undefined ? { initialKeys: { ...EMPTY_KEYS, publicKey: linkKey } } : {})}
        fromLink={fromLink.token !== undefined}
        language={language}
        tables={tables}
      />
    </StrictMode>,
  );
}

start().catch((error: unknown) => console.error('jwt-debugger: the page could not start', error));
