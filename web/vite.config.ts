// The web application's build: one static bundle in dist/web, served by `ggm serve` on the API's origin.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { asyncEntry } from './async-entry.js';
import { precompress } from './precompress.js';
import { trimDesignSystemCss } from './trim-css.js';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react(), asyncEntry(), trimDesignSystemCss(), precompress()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The largest libraries (charts, graphs) get chunks of their own, loaded by the pages that use them.
    chunkSizeWarningLimit: 1200,
  },
});
