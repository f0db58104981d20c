/**
 * Builds the service worker (src/sw/service-worker.ts) into `sw.js` at the root of the build,
 * with the list of files to keep taken from Vite's own output and public/, so the list never
 * goes stale (no workbox: this is all it takes). `vite preview` serves it with its own
 * Content-Security-Policy: a worker's fetches obey the worker's policy, not the page's.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformWithOxc, type Plugin, type ResolvedConfig } from 'vite';
import { PREVIEW_HEADERS, SERVICE_WORKER_POLICY } from './csp';

const SOURCE = 'src/sw/service-worker.ts';
const FILE_NAME = 'sw.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** What the worker keeps: the page ('./'), every built file but source maps, public/ too. */
export function precacheList(outputFiles: readonly string[], publicFiles: readonly string[]) {
  const files = [...outputFiles, ...publicFiles].filter(
    (name) => !name.endsWith('.map') && name !== FILE_NAME && name !== 'index.html',
  );
  return ['./', ...[...new Set(files)].sort()];
}

export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'service-worker',
    configResolved(resolved) {
      config = resolved;
    },
    // writeBundle, not generateBundle: the list is what was written (Vite drops CSS-only
    // chunks late in generateBundle), and sw.js is written beside it.
    async writeBundle(options, bundle) {
      if (config.command !== 'build') return;
      const publicDir = config.publicDir;
      const publicFiles = publicDir
        ? filesUnder(publicDir).map((path) => relative(publicDir, path).split('\\').join('/'))
        : [];
      const precache = precacheList(Object.keys(bundle), publicFiles);
      // The version changes with any file's content: the worker's bytes change, the browser
      // installs the new worker, and it keeps the new files under a new cache name.
      const digest = createHash('sha256');
      for (const name of precache.slice(1)) {
        const item = bundle[name];
        const content = item
          ? item.type === 'chunk'
            ? item.code
            : item.source
          : readFileSync(join(publicDir, name));
        digest.update(name).update(content);
      }
      const { code } = await transformWithOxc(readFileSync(SOURCE, 'utf8'), SOURCE, {
        lang: 'ts',
      });
      const header =
        `const PRECACHE = ${JSON.stringify(precache)};\n` +
        `const VERSION = ${JSON.stringify(digest.digest('hex').slice(0, 16))};\n`;
      writeFileSync(join(options.dir ?? config.build.outDir, FILE_NAME), header + code);
    },
    configurePreviewServer(server) {
      // Before Vite's static files (and the page's headers): the worker gets its own policy.
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `${config.base}${FILE_NAME}`) return next();
        const body = readFileSync(join(config.build.outDir, FILE_NAME));
        for (const [name, value] of Object.entries(PREVIEW_HEADERS))
          response.setHeader(name, value);
        response.setHeader('Content-Security-Policy', SERVICE_WORKER_POLICY);
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(body);
      });
    },
  };
}
