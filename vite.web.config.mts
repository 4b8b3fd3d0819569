import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer as a plain web app (no Electron): `npm run web`, the e2e tests and the bench use it.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist-web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
});
