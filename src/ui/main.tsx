import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { EMPTY_KEYS } from '../core/debug/key-inputs';
import { exampleInputs, initialInputs, type Inputs } from '../core/view/inputs';
import { readShareFragment, sharedPublicKey } from './lib/share';
import { restoreToken } from './lib/session';
import { registerServiceWorker } from './lib/offline';
import { firstLanguage } from './lib/settings';
import { loadLanguage } from './i18n';
import './styles.css';

/**
 * The seed document's example with its secret: what the page shows before anything is pasted,
 * verified, the secret flagged as weak (ui-contract.md). A token of its own pasted over it
 * clears the example's secret (core/view/inputs.ts).
 */
const EXAMPLE_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzb21lIjoicGF5bG9hZCJ9.4twFt5NiznN84AWoo1d7KO1T_yoc0Z6XOpOVswacPZg';
const EXAMPLE_SECRET = 'secret';

function initialInputsOf(linkToken: string | undefined, linkKey: string | undefined): Inputs {
  if (linkToken !== undefined)
    return initialInputs(linkToken, { ...EMPTY_KEYS, publicKey: linkKey ?? '' });
  const restored = restoreToken();
  if (restored !== undefined && restored !== EXAMPLE_TOKEN) return initialInputs(restored);
  return exampleInputs(EXAMPLE_TOKEN, { ...EMPTY_KEYS, secret: EXAMPLE_SECRET });
}

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
        initial={initialInputsOf(fromLink.token, linkKey)}
        fromLink={fromLink.token !== undefined}
        language={language}
        tables={tables}
      />
    </StrictMode>,
  );
}

start().catch((error: unknown) => console.error('jwt-debugger: the page could not start', error));
