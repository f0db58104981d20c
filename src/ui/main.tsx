import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { tokenFromHash } from './lib/share';
import { restoreToken } from './lib/session';
import { firstLanguage } from './lib/settings';
import { loadLanguage } from './i18n';
import './styles.css';

/** The seed document's example: what the page shows before anything is pasted. */
const EXAMPLE_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzb21lIjoicGF5bG9hZCJ9.4twFt5NiznN84AWoo1d7KO1T_yoc0Z6XOpOVswacPZg';

const fromLink = tokenFromHash(window.location.hash);
if (fromLink !== undefined) {
  // The token now lives in the page; drop it from the address bar and history entry.
  history.replaceState(null, '', window.location.pathname + window.location.search);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const language = firstLanguage();
// Chinese readers wait for their words rather than see English flash first.
const tables = await loadLanguage(language);
createRoot(root).render(
  <StrictMode>
    <App
      initialToken={fromLink ?? restoreToken() ?? EXAMPLE_TOKEN}
      fromLink={fromLink !== undefined}
      language={language}
      tables={tables}
    />
  </StrictMode>,
);
