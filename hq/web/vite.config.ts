import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const repository = resolve(import.meta.dirname, '..', '..');

/**
 * The shop office's web page: a static bundle the office service serves (out/hq-web). It
 * imports the till dashboard's charts and the shared texts and formatting from the repository.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(repository, 'out', 'hq-web'),
    emptyOutDir: true,
    minify: true,
    // One script (about 1.1 MB, 320 kB gzipped): React, recharts and the texts of every language,
    // fetched once by a manager's desk browser and cached; no screen here is worth splitting off.
    chunkSizeWarningLimit: 1200,
  },
});
