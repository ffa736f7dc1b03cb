import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

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
      // One bundle read from the local disk at start; splitting it would only add requests.
      chunkSizeWarningLimit: 1024,
      rollupOptions: { input: 'renderer/index.html' },
    },
  },
});
