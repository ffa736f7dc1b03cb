import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { counterChunk } from './scripts/counter-chunk';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // The web host is a second entry of the main build: the same services, run by plain Node.
        input: { main: 'electron/main.ts', host: 'electron/host/cli.ts' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: 'electron/preload.ts' },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      // The sale screen's chunk is the entry with everything it imports, one script (about
      // 750 kB); every other screen is a dynamic import of its own (renderer/shell/screens.ts),
      // fetched once the counter has painted.
      chunkSizeWarningLimit: 800,
      rollupOptions: {
        input: 'renderer/index.html',
        output: { manualChunks: counterChunk(resolve(import.meta.dirname, 'renderer/main.tsx')) },
      },
    },
  },
});
