import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, runnerImport } from 'vite';
import type { Plugin, UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type * as SnapshotModule from './renderer/src/app/builtin-snapshot.ts';

const projectFile = (path: string) => fileURLToPath(new URL(`./${path}`, import.meta.url));

const { version } = JSON.parse(readFileSync(projectFile('package.json'), 'utf8')) as { version: string };

const BUILTIN_ID = 'virtual:builtin-roadmap';

/**
 * `import snapshot from 'virtual:builtin-roadmap'`: the built-in roadmap parsed, validated
 * and laid out at build time, so start-up does no parsing or layout for it, and invalid
 * content fails the build instead of reaching users.
 */
function builtinRoadmap(): Plugin {
  return {
    name: 'builtin-roadmap',
    resolveId: (id) => (id === BUILTIN_ID ? `\0${BUILTIN_ID}` : undefined),
    async load(id) {
      if (id !== `\0${BUILTIN_ID}`) return undefined;
      // The domain is TypeScript: Vite's module runner imports it, as Vitest would.
      const { module } = await runnerImport<typeof SnapshotModule>(
        projectFile('renderer/src/app/builtin-snapshot.ts'),
        { configFile: false, logLevel: 'warn' },
      );
      for (const file of Object.values(module.builtinRoadmapFiles)) this.addWatchFile(projectFile(file));
      const snapshot = module.buildBuiltinSnapshot((path) => readFileSync(projectFile(path), 'utf8'));
      // JSON.parse of a string literal is faster for V8 than the same object as JS.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(snapshot))});`;
    },
  };
}

/** Renderer settings shared by the web build and electron-vite's renderer build. */
export const rendererConfig = {
  plugins: [react(), builtinRoadmap()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  resolve: {
    // The roadmap is parsed in a worker, where `document` does not exist: packages with a
    // "worker" export (the Markdown parser's entity decoder) must not get their DOM build.
    conditions: ['worker', ...defaultClientConditions],
  },
  worker: { format: 'es' },
  build: {
    rolldownOptions: {
      output: {
        // The libraries start-up needs, each in its own chunk: no chunk near Vite's 500 kB
        // warning, and an app change leaves their cached copies valid. Lazy code (zod and the
        // backup parser, the export and plan views) keeps its automatic chunks.
        codeSplitting: {
          groups: [
            // Vite's preload helper too: lazy chunks that load others need it, and alone it is a sixth request.
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]|vite[\\/]preload-helper/,
            },
            {
              name: 'react-flow',
              test: /node_modules[\\/](@xyflow[\\/]|d3-|classcat|zustand|use-sync-external-store)/,
            },
            { name: 'dexie', test: /node_modules[\\/](dexie|dexie-react-hooks)[\\/]/ },
          ],
        },
      },
    },
  },
} satisfies UserConfig;
