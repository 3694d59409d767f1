import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import packageJson from '../package.json' with { type: 'json' };

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  // Relative asset URLs: the same build is served from app://planner/ in Electron and from 127.0.0.1.
  base: './',
  plugins: [react()],
  // ES module workers: the export worker loads the workbook and PDF builders as separate chunks on demand.
  worker: { format: 'es' },
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(packageJson.version) },
  build: {
    // PLANNER_OUT_DIR lets parallel work build and serve its own copy; everything else uses dist/renderer.
    outDir: process.env.PLANNER_OUT_DIR || fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
