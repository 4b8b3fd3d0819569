import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/content-security-policy.ts';
import { rendererConfig } from './vite.renderer.mts';

// The policy Electron's main process sends as a header, for the plain-browser build. A <meta>
// policy cannot hold frame-ancestors (browsers ignore it there and warn). Only on build: the
// dev server injects inline scripts for hot reload.
const metaPolicy = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: metaPolicy,
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
