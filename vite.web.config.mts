import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { rendererConfig } from './vite.renderer.mts';

// The same policy Electron's main process sends as a header, for the plain-browser build.
// Only on build: the dev server injects inline scripts for hot reload.
const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content:
          "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
      },
      injectTo: 'head-prepend',
    },
  ],
};

// The renderer as a plain web app (no Electron): `npm run web`, the e2e tests and the bench use it.
export default defineConfig({
  ...rendererConfig,
  root: 'renderer',
  base: './',
  plugins: [...rendererConfig.plugins, contentSecurityPolicy],
  build: {
    outDir: '../dist-web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
