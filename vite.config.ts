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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), serviceWorker()],
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
        // What loads later still splits on its own.
        codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
