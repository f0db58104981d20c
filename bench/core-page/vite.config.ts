import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The core benchmark page: its own root and output folder, so nothing of it (jose above all)
 * reaches the app's dist/. Minified as the app is, so the core runs as users get it.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../dist-bench/core', import.meta.url)),
    emptyOutDir: true,
  },
});
