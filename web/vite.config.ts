import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The dashboard: Preact through Vite's own JSX transform (no plugin), built into dist/web for `accord serve`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The server's CSP forbids inline script and style: no asset may be inlined as a data: URL either.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
  },
});
