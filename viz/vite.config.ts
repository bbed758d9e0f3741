/**
 * Builds the viewer into one classic script (`assets/viewer.js`) and one stylesheet
 * (`assets/viewer.css`) with fixed names: the server serves them as they are, and
 * `kg viz export` inlines both into a single page that opens from disk (module scripts and
 * chunk loading do not work from file://, a single IIFE bundle does).
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    rollupOptions: {
      output: {
        format: 'iife',
        inlineDynamicImports: true,
        entryFileNames: 'assets/viewer.js',
        assetFileNames: (asset) => (asset.names?.[0]?.endsWith('.css') ? 'assets/viewer.css' : 'assets/[name][extname]'),
      },
    },
  },
  server: {
    // `npx vite viz` during development: the API comes from a running `kg serve`. changeOrigin
    // sends it `Host: 127.0.0.1:5173`, the only names it answers to (against DNS rebinding).
    proxy: { '/api': { target: 'http://127.0.0.1:5173', changeOrigin: true } },
    port: 5174,
  },
});
