import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vitest/config';
import { CONTENT_SECURITY_POLICY, PREVIEW_HEADERS } from './csp';
import { serviceWorker } from './service-worker-plugin';

/**
 * The CSP goes into the built page only: the dev server needs inline scripts and a WebSocket
 * for hot reload, which the policy forbids.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * V8's explicit compile hint, `//# allFunctionsCalledOnLoad` as a chunk's first line: every
 * function of the chunk is compiled while it streams in, on a background thread, rather than
 * on the main thread at its first call, which on a fresh page is during the first paste
 * (docs/performance.md). Added to the finished chunks, since minifying would drop it; the
 * source map gains the empty first line.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own, which writes the chunks' list of preloads at their top.
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          // Every chunk of code: the start chunk and the findings, which every paste runs, and
          // the other kinds' chunks, which the page loads from its offline copy before their
          // first token (App.tsx). Not the words: tables of strings have no functions to compile.
          if (output.type !== 'chunk' || output.facadeModuleId?.includes('/src/ui/i18n/')) continue;
          output.code = COMPILE_HINT + output.code;
          if (output.map) output.map.mappings = `;${output.map.mappings}`;
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), serviceWorker(), compileHints()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: PREVIEW_HEADERS },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser the page supports preloads modules itself (README, "Browser support").
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the page needs at start in one file (docs/performance.md, size budget):
        // gzip packs one file better than a dozen small shared chunks, and it is one request.
        // The same for what the first paint is followed by: the security checks, the claims
        // tables and what they import (15 chunks were 3.8 KB of gzip more than one). What
        // loads later still splits on its own.
        codeSplitting: {
          groups: [
            { name: 'start', tags: ['$initial'], priority: 2 },
            {
              name: 'findings',
              priority: 1,
              test: /src\/(core\/(claims|lints)\/|core\/jwe\/nested\.ts|ui\/components\/(ClaimsTable|ClaimMeaning|LintsPanel|KeyFacts)|ui\/i18n\/(claim-texts|messages\/claims\.ts))/,
            },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
