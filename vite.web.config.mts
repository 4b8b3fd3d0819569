import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport } from 'vite';
import type { Plugin } from 'vite';
import type * as CspModule from './electron/main/content-security-policy.ts';
import { rendererConfig } from './vite.renderer.mts';

// The policy Electron's main process sends as a header, for the plain-browser build. A <meta>
// policy cannot hold frame-ancestors (browsers ignore it there and warn). Only on build: the
// dev server injects inline scripts for hot reload.
async function metaPolicy(): Promise<string> {
  // Through Vite's module runner: the policy module is TypeScript in a CommonJS package.
  const { module } = await runnerImport<typeof CspModule>(
    fileURLToPath(new URL('./electron/main/content-security-policy.ts', import.meta.url)),
    { configFile: false, logLevel: 'warn' },
  );
  return module.CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
}

const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: async () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: await metaPolicy(),
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
    ...rendererConfig.build,
    outDir: '../dist-web',
    emptyOutDir: true,
  },
});
