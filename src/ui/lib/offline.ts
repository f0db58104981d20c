/**
 * Registers the service worker (src/sw/service-worker.ts) once the page has loaded, so its
 * download of every built file does not compete with the first paint. Only in the built page:
 * the dev server has no sw.js. A browser without workers, or a failed registration, leaves the
 * page working online as before.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .catch((error: unknown) => console.warn('jwt-debugger: no offline copy', error));
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
