/**
 * The page's service worker: it keeps the built files, so the page opens and works with the
 * network off after one visit (issue 12, point 7). Built by service-worker-plugin.ts, which
 * puts the list of files and a version in front of this code. It only ever fetches the page's
 * own files, from its own origin; it never sees a token or a key (they never leave the page).
 */

/** The built files, relative to the worker's scope: Vite's output list and public/. */
declare const PRECACHE: readonly string[];
/** A digest of those files: a new build gets a new cache, and the old one is deleted. */
declare const VERSION: string;

const worker = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'jwt-debugger-';
const CACHE = `${PREFIX}${VERSION}`;

worker.addEventListener('install', (event) => {
  // `cache: 'reload'`: the files as the server has them now, not from the HTTP cache.
  const requests = PRECACHE.map((url) => new Request(url, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      // Take the page that registered the worker now, not at its next load.
      await worker.clients.claim();
    })(),
  );
});

/**
 * `ignoreVary`: the server answers `Vary: Origin`, and the page's module scripts are asked for
 * with an Origin the install's requests had not; the files are the same either way.
 */
const MATCH = { ignoreVary: true } as const;

/** The page itself: the network when there is one (a new build shows at once), else the cache. */
async function navigation(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = (await caches.match(request, MATCH)) ?? (await caches.match('./', MATCH));
    if (cached) return cached;
    throw error;
  }
}

/** A built file: its name holds its hash, so the cached copy is the right one. */
async function file(request: Request): Promise<Response> {
  return (await caches.match(request, MATCH)) ?? fetch(request);
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== worker.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? navigation(request) : file(request));
});
