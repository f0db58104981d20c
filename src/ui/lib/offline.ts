/**
 * Registers the service worker (src/sw/service-worker.ts) a few seconds after the page has
 * loaded, when it is idle, so its download of every built file competes neither with the first
 * paint nor with the first paste, which on a fresh page comes soon (docs/performance.md). Only
 * in the built page: the dev server has no sw.js. A browser without workers, or a failed
 * registration, leaves the page working online as before.
 */
const AFTER_LOAD_MS = 4000;

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .catch((error: unknown) => console.warn('jwt-debugger: no offline copy', error));
  };
  const later = () =>
    setTimeout(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
      else register();
    }, AFTER_LOAD_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

/**
 * Calls `work` once the page is served by its service worker, which keeps every built file (now,
 * or when the worker first takes the page); cancellable. Without workers, never: the page then
 * loads what it needs when it needs it, from the network.
 */
export function whenFilesKept(work: () => void): () => void {
  if (!('serviceWorker' in navigator)) return () => undefined;
  const workers = navigator.serviceWorker;
  if (workers.controller) {
    work();
    return () => undefined;
  }
  const onChange = () => {
    if (!workers.controller) return;
    workers.removeEventListener('controllerchange', onChange);
    work();
  };
  workers.addEventListener('controllerchange', onChange);
  return () => workers.removeEventListener('controllerchange', onChange);
}
