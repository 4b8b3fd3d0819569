import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.mts';

// Our folders are not electron-vite's defaults (src/main, src/preload, src/renderer), so every
// entry is named here. Output stays in electron-vite's default `out/{main,preload,renderer}`,
// which is what package.json `main` and the main process's paths expect.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(__dirname, 'electron/main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules or anything but `electron`, so it must be
      // one self-contained CommonJS file.
      lib: { entry: resolve(__dirname, 'electron/preload/index.ts'), formats: ['cjs'] },
      externalizeDeps: false,
    },
  },
  renderer: {
    ...rendererConfig,
    root: resolve(__dirname, 'renderer'),
    build: {
      ...rendererConfig.build,
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      rolldownOptions: {
        ...rendererConfig.build.rolldownOptions,
        input: resolve(__dirname, 'renderer/index.html'),
      },
    },
  },
});
